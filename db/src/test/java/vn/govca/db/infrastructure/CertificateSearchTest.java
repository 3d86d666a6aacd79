package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

class CertificateSearchTest {

    private static final int ROWS = 300;
    private static final int CHUNK = 50;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void search_keysetPagesNewestFirst_visitsEveryRowOnceInOrder(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = insertRows(db);

            List<Long> seen = walk(db, CertificateSearch.all().inCa(caId), 64);

            assertThat(seen).hasSize(ROWS).doesNotHaveDuplicates();
            assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void search_keysetPagesOldestFirstWithStatus_visitsMatchingRowsInOrder(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = insertRows(db);

            List<Long> seen = walk(db, CertificateSearch.all().inCa(caId).withStatus(CertificateStatus.RESERVED)
                    .ordered(CertificateSearch.Order.OLDEST_FIRST), 25);

            assertThat(seen).hasSize(ROWS / 3).doesNotHaveDuplicates().isSorted();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void search_lastPageExactlyFull_hasNoCursor(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = insertRows(db);

            CertificatePage page = db.inTransaction(em -> new CertificateRepository(em)
                    .search(CertificateSearch.all().inCa(caId), OptionalLong.empty(), ROWS));

            assertThat(page.items()).hasSize(ROWS);
            assertThat(page.hasMore()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void search_subjectPrefixWithoutDiacritics_findsVietnameseSubject(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            db.runInTransaction(em -> {
                CertificateRepository repo = new CertificateRepository(em);
                repo.reserve(Samples.reservation(caId, "1", "Phạm Văn Đức, Ban Cơ yếu Chính phủ"));
                repo.reserve(Samples.reservation(caId, "2", "Nguyễn Thị Bình"));
                repo.reserve(Samples.reservation(caId, "3", "Văn phòng Phạm"));
            });

            List<String> prefix = subjects(db, CertificateSearch.all().subjectStartingWith("PHAM van duc"));
            List<String> contains = subjects(db, CertificateSearch.all().subjectContaining("Phạm"));

            assertThat(prefix).containsExactly("CN=Phạm Văn Đức, Ban Cơ yếu Chính phủ,C=VN");
            assertThat(contains).containsExactlyInAnyOrder("CN=Phạm Văn Đức, Ban Cơ yếu Chính phủ,C=VN",
                    "CN=Văn phòng Phạm,C=VN");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void search_likeWildcardsInTerm_matchLiterally(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            db.runInTransaction(em -> {
                CertificateRepository repo = new CertificateRepository(em);
                repo.reserve(Samples.reservation(caId, "1", "abc_1"));
                repo.reserve(Samples.reservation(caId, "2", "abcx1"));
                repo.reserve(Samples.reservation(caId, "3", "50% off!"));
            });

            assertThat(subjects(db, CertificateSearch.all().subjectStartingWith("abc_"))).containsExactly("CN=abc_1,C=VN");
            assertThat(subjects(db, CertificateSearch.all().subjectContaining("%"))).containsExactly("CN=50% off!,C=VN");
            assertThat(subjects(db, CertificateSearch.all().subjectContaining("f!"))).containsExactly("CN=50% off!,C=VN");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void search_profileFilter_returnsOnlyThatProfile(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            db.runInTransaction(em -> {
                CertificateRepository repo = new CertificateRepository(em);
                repo.reserve(Samples.reservation(caId, "1", "a"));
                repo.reserve(CertificateRecord.reserve(caId, vn.govca.db.domain.SerialHex.of("2"), "CN=b", "b",
                        "signing", Samples.T0, Samples.T0.plusSeconds(60), Samples.T0));
            });

            assertThat(subjects(db, CertificateSearch.all().withProfile("signing"))).containsExactly("CN=b");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void search_pageSizeAboveMaximum_isRejected(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            assertThatThrownBy(() -> db.runInTransaction(em -> new CertificateRepository(em)
                    .search(CertificateSearch.all(), OptionalLong.empty(), CertificateRepository.MAX_PAGE_SIZE + 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** ROWS certificates: every third RESERVED, the others signed (ACTIVE). */
    private static long insertRows(DatabaseFixture db) {
        long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
        for (int chunk = 0; chunk < ROWS; chunk += CHUNK) {
            int first = chunk + 1;
            // Small transactions: each flush compares every object the persistence context holds.
            db.runInTransaction(em -> {
                CertificateRepository repo = new CertificateRepository(em);
                for (int i = first; i < first + CHUNK; i++) {
                    CertificateRecord c = repo.reserve(Samples.reservation(caId, Integer.toHexString(i), "subject " + i));
                    if (i % 3 != 0) {
                        byte[] der = {(byte) i, (byte) (i >> 8)};
                        c.markSigned(der, vn.govca.db.domain.Sha256Hex.digestOf(der), Samples.T0);
                    }
                }
            });
        }
        return caId;
    }

    private static List<Long> walk(DatabaseFixture db, CertificateSearch filter, int pageSize) {
        List<Long> seen = new ArrayList<>();
        OptionalLong cursor = OptionalLong.empty();
        int pages = 0;
        do {
            OptionalLong after = cursor;
            CertificatePage page = db.inTransaction(em -> new CertificateRepository(em).search(filter, after, pageSize));
            page.items().forEach(c -> seen.add(c.id()));
            assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
            cursor = page.nextCursor();
            pages++;
        } while (cursor.isPresent() && pages < 1_000);
        return seen;
    }

    private static List<String> subjects(DatabaseFixture db, CertificateSearch filter) {
        return db.inTransaction(em -> new CertificateRepository(em).search(filter, OptionalLong.empty(), 100))
                .items().stream().map(CertificateRecord::subjectDn).toList();
    }
}
