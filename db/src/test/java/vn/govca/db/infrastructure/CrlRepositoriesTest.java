package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.CrlKind;
import vn.govca.db.domain.CrlRecord;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;
import vn.govca.db.testkit.TestPersistence;

/** CRL number counters and the CRL publication log (DESIGN invariant 4) on both engines. */
class CrlRepositoriesTest {

    private static final int THREADS = 4;
    private static final int PER_THREAD = 25;
    private static final Sha256Hex SHA = Sha256Hex.digestOf(new byte[] {0x30, 0x00});

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void allocate_noCounterThenCreated_emptyThenCountsFromOne(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));

            OptionalLong before = db.inTransaction(em -> new CrlNumberRepository(em).allocate(caId, 0, Samples.T0));
            boolean created = db.inTransaction(em -> new CrlNumberRepository(em).createIfMissing(caId, Samples.T0));
            boolean again = db.inTransaction(em -> new CrlNumberRepository(em).createIfMissing(caId, Samples.T0));

            assertThat(before).isEmpty();
            assertThat(created).isTrue();
            assertThat(again).isFalse();
            assertThat(allocate(db.emf(), caId, 0)).isEqualTo(1);
            assertThat(allocate(db.emf(), caId, 0)).isEqualTo(2);
            OptionalLong last = db.inTransaction(em -> new CrlNumberRepository(em).last(caId));
            assertThat(last).hasValue(2);
        }
    }

    /** A new persistence unit on the same database stands for a server restart. */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void allocate_afterReopenAndWithFloor_keepsGrowing(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            db.runInTransaction(em -> new CrlNumberRepository(em).createIfMissing(caId, Samples.T0));
            long first = allocate(db.emf(), caId, 0);

            EntityManagerFactory restarted = TestPersistence.createEntityManagerFactory(db.database());
            try {
                long afterRestart = allocate(restarted, caId, 0);
                long aboveFloor = allocate(restarted, caId, 100);
                long floorBelow = allocate(restarted, caId, 5);

                assertThat(afterRestart).isGreaterThan(first);
                assertThat(aboveFloor).isEqualTo(101);
                assertThat(floorBelow).isEqualTo(102);
            } finally {
                restarted.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void allocate_twoCas_independentSequences(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long ca1 = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            long ca2 = db.inTransaction(em -> Samples.addActiveCa(em, "ca-2"));
            db.runInTransaction(em -> new CrlNumberRepository(em).createIfMissing(ca1, Samples.T0));
            db.runInTransaction(em -> new CrlNumberRepository(em).createIfMissing(ca2, Samples.T0));

            allocate(db.emf(), ca1, 0);
            allocate(db.emf(), ca1, 0);

            assertThat(allocate(db.emf(), ca2, 0)).isEqualTo(1);
            assertThat(allocate(db.emf(), ca1, 0)).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void allocate_fourThreadsInOwnTransactions_distinctAndIncreasingPerThread(DatabaseKind kind) throws Exception {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            db.runInTransaction(em -> new CrlNumberRepository(em).createIfMissing(caId, Samples.T0));
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> results = new ArrayList<>();
            try {
                for (int t = 0; t < THREADS; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        List<Long> numbers = new ArrayList<>();
                        for (int i = 0; i < PER_THREAD; i++) {
                            numbers.add(allocate(db.emf(), caId, 0));
                        }
                        return numbers;
                    }));
                }
                start.countDown();
                List<Long> all = new ArrayList<>();
                for (Future<List<Long>> f : results) {
                    List<Long> mine = f.get(120, TimeUnit.SECONDS);
                    assertThat(mine).isSorted().doesNotHaveDuplicates();
                    all.addAll(mine);
                }

                assertThat(all).hasSize(THREADS * PER_THREAD).doesNotHaveDuplicates()
                        .allMatch(n -> n >= 1 && n <= THREADS * PER_THREAD);
                OptionalLong last = db.inTransaction(em -> new CrlNumberRepository(em).last(caId));
                assertThat(last).hasValue(THREADS * PER_THREAD);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void add_numberTakenForCa_duplicateKey(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            db.runInTransaction(em -> new CrlRecordRepository(em).add(full(caId, 5)));

            assertThatThrownBy(() -> db.runInTransaction(em -> new CrlRecordRepository(em).add(CrlRecord.reserved(
                    caId, 5, CrlKind.DELTA, 4L, Samples.T0, Samples.T0.plusSeconds(60), "ca-1-delta.crl", Samples.T0))))
                    .isInstanceOf(DuplicateKeyException.class)
                    .satisfies(e -> assertThat(((DuplicateKeyException) e).key()).isEqualTo("uq_crl_record_ca_number"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void latestPublished_mixedStatesAndKinds_highestPublishedOfTheKind(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            publish(db, full(caId, 1));
            publish(db, CrlRecord.reserved(caId, 2, CrlKind.DELTA, 1L, Samples.T0, Samples.T0.plusSeconds(60),
                    "ca-1-delta.crl", Samples.T0));
            publish(db, full(caId, 3));
            long failed = db.inTransaction(em -> new CrlRecordRepository(em).add(full(caId, 4)).id());
            db.runInTransaction(em -> new CrlRecordRepository(em).findById(failed).orElseThrow()
                    .markFailed("token offline", Samples.T0));
            db.runInTransaction(em -> new CrlRecordRepository(em).add(full(caId, 5)));

            CrlRecord latestFull = db.inTransaction(em ->
                    new CrlRecordRepository(em).latestPublished(caId, CrlKind.FULL).orElseThrow());
            CrlRecord latestDelta = db.inTransaction(em ->
                    new CrlRecordRepository(em).latestPublished(caId, CrlKind.DELTA).orElseThrow());

            assertThat(latestFull.crlNumber()).isEqualTo(3);
            assertThat(latestFull.sha256()).isEqualTo(SHA);
            assertThat(latestFull.thisUpdate()).isEqualTo(Samples.T0);
            assertThat(latestDelta.crlNumber()).isEqualTo(2);
            assertThat(latestDelta.baseCrlNumber()).isEqualTo(1L);
            Optional<CrlRecord> none = db.inTransaction(em ->
                    new CrlRecordRepository(em).latestPublished(caId + 1, CrlKind.FULL));
            assertThat(none).isEmpty();
        }
    }

    private static CrlRecord full(long caId, long number) {
        return CrlRecord.reserved(caId, number, CrlKind.FULL, null, Samples.T0, Samples.T0.plusSeconds(5400),
                "ca-1.crl", Samples.T0);
    }

    private static void publish(DatabaseFixture db, CrlRecord reserved) {
        long id = db.inTransaction(em -> new CrlRecordRepository(em).add(reserved).id());
        db.runInTransaction(em -> new CrlRecordRepository(em).findById(id).orElseThrow()
                .markPublished(1, 700, SHA, Samples.T0.plusSeconds(1)));
    }

    private static long allocate(EntityManagerFactory emf, long caId, long floor) {
        return TestPersistence.inTransaction(emf, em -> new CrlNumberRepository(em)
                .allocate(caId, floor, Instant.now()).orElseThrow());
    }
}
