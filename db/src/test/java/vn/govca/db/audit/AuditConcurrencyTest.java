package vn.govca.db.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

class AuditConcurrencyTest {

    private static final int THREADS = 4;
    private static final int APPENDS_PER_THREAD = 25;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void append_fromFourThreadsInOwnTransactions_keepsChainValidWithoutDuplicateSeq(DatabaseKind kind)
            throws Exception {
        AuditLog log = new AuditLog(AuditChainTest.KEY);
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> results = new ArrayList<>();
            try {
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        start.await();
                        List<Long> seqs = new ArrayList<>();
                        for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                            AuditEntry e = AuditChainTest.entry("THREAD_" + thread, i);
                            seqs.add(db.inTransaction(em -> log.append(em, e)));
                        }
                        return seqs;
                    }));
                }
                start.countDown();
                List<Long> all = new ArrayList<>();
                for (Future<List<Long>> f : results) {
                    all.addAll(f.get(120, TimeUnit.SECONDS));
                }

                assertThat(all).hasSize(THREADS * APPENDS_PER_THREAD).doesNotHaveDuplicates();
                assertThat(all).allMatch(seq -> seq >= 1 && seq <= THREADS * APPENDS_PER_THREAD);
                AuditVerification verification = verify(db);
                assertThat(verification.ok()).as(verification.detail()).isTrue();
                assertThat(verification.verifiedRows()).isEqualTo(THREADS * APPENDS_PER_THREAD);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static AuditVerification verify(DatabaseFixture db) throws SQLException {
        return AuditChainTest.verify(db, AuditChainTest.KEY);
    }
}
