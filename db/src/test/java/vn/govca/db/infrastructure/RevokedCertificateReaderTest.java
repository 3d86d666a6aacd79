package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.infrastructure.RevokedCertificateReader.Row;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

/** The streaming reads behind full and delta CRLs, on both engines. */
class RevokedCertificateReaderTest {

    private static final Instant REVOKED_AT = Instant.parse("2026-05-01T10:00:00.000001Z");
    private static final Instant COMPROMISED = Instant.parse("2026-04-30T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-06-01T00:00:00Z");
    /** Before every certificate's notAfter (T0 + 365 days), after that of "short" (T0 + 10 days). */
    private static final Instant NOW = Samples.T0.plus(Duration.ofDays(100));

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void forEachOnCrl_mixedStatuses_listsRevokedAndOnHoldNotExpired(DatabaseKind kind) throws Exception {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            long otherCa = db.inTransaction(em -> Samples.addActiveCa(em, "ca-2"));
            populate(db, caId);
            db.runInTransaction(em -> signed(em, otherCa, "a1", Samples.T0.plus(Duration.ofDays(365)))
                    .revoke(1, REVOKED_AT, null));

            Map<String, Row> rows = read(db, sink -> reader(db).forEachOnCrl(caId, NOW, sink));

            assertThat(rows.keySet()).containsExactlyInAnyOrder("a1", "b2", "c3");
            assertThat(rows.get("a1")).isEqualTo(new Row("a1", REVOKED_AT, 1, COMPROMISED, false));
            assertThat(rows.get("b2")).isEqualTo(new Row("b2", REVOKED_AT, 6, null, false));
            assertThat(rows.get("c3").reasonCode()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void forEachOnCrl_keepExpired_alsoListsExpiredRevoked(DatabaseKind kind) throws Exception {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            populate(db, caId);

            Map<String, Row> rows = read(db, sink -> reader(db).forEachOnCrl(caId, null, sink));

            assertThat(rows.keySet()).containsExactlyInAnyOrder("a1", "b2", "c3", "e5");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void forEachChangedSince_changesAfterBase_listsNewRevocationsAndReleasesFromHold(DatabaseKind kind)
            throws Exception {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            populate(db, caId);
            Instant since = REVOKED_AT.plusSeconds(60);
            long newly = db.inTransaction(em -> {
                CertificateRecord c = signed(em, caId, "f6", Samples.T0.plus(Duration.ofDays(365)));
                c.revoke(1, LATER, null);
                return c.id();
            });
            db.runInTransaction(em -> {
                CertificateRecord held = signed(em, caId, "a7", Samples.T0.plus(Duration.ofDays(365)));
                held.hold(REVOKED_AT);
                held.releaseHold(LATER);
            });

            Map<String, Row> rows = read(db, sink -> reader(db).forEachChangedSince(caId, since, NOW, sink));

            assertThat(newly).isPositive();
            assertThat(rows.keySet()).containsExactlyInAnyOrder("f6", "a7");
            assertThat(rows.get("f6")).isEqualTo(new Row("f6", LATER, 1, null, false));
            assertThat(rows.get("a7")).isEqualTo(new Row("a7", LATER, 8, null, true));
        }
    }

    /** More rows than one fetch: every row arrives once. */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void forEachOnCrl_moreRowsThanOneFetch_handsEachRowOnce(DatabaseKind kind) throws Exception {
        int count = RevokedCertificateReader.FETCH_SIZE * 3 + 7;
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            insertRevoked(db, caId, count);

            List<String> serials = new ArrayList<>();
            long handed = reader(db).forEachOnCrl(caId, NOW, row -> serials.add(row.serialHex()));

            assertThat(handed).isEqualTo(count);
            assertThat(serials).hasSize(count).doesNotHaveDuplicates();
        }
    }

    /**
     * a1 revoked (keyCompromise, invalidity date), b2 on hold, c3 on hold then superseded, d4
     * active, e5 revoked but expired at {@link #NOW}, a reservation and a failed one.
     */
    private static void populate(DatabaseFixture db, long caId) {
        Instant notAfter = Samples.T0.plus(Duration.ofDays(365));
        db.runInTransaction(em -> {
            signed(em, caId, "a1", notAfter).revoke(1, REVOKED_AT, COMPROMISED);
            signed(em, caId, "b2", notAfter).hold(REVOKED_AT);
            CertificateRecord c3 = signed(em, caId, "c3", notAfter);
            c3.hold(REVOKED_AT.minusSeconds(60));
            c3.revoke(4, REVOKED_AT, null);
            signed(em, caId, "d4", notAfter);
            signed(em, caId, "e5", Samples.T0.plus(Duration.ofDays(10))).revoke(5, Samples.T0.plusSeconds(60), null);
            new CertificateRepository(em).reserve(Samples.reservation(caId, "99", "reserved"));
            new CertificateRepository(em).reserve(Samples.reservation(caId, "98", "failed")).markFailed(Samples.T0);
        });
    }

    private static CertificateRecord signed(EntityManager em, long caId, String serial, Instant notAfter) {
        CertificateRecord c = new CertificateRepository(em).reserve(CertificateRecord.reserve(caId,
                SerialHex.of(serial), "CN=" + serial + ",C=VN", serial, "personal", Samples.T0, notAfter, Samples.T0));
        byte[] der = {0x30, 0x01, (byte) serial.hashCode()};
        c.markSigned(der, Sha256Hex.digestOf(der), Samples.T0);
        return c;
    }

    private static void insertRevoked(DatabaseFixture db, long caId, int count) throws Exception {
        LocalDateTime t0 = LocalDateTime.ofInstant(Samples.T0, ZoneOffset.UTC);
        try (Connection c = db.database().connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO certificate (ca_id, serial_hex, status, subject_dn,"
                     + " subject_search, profile_name, not_before, not_after, revocation_reason, revocation_time,"
                     + " created_at, updated_at, version) VALUES (?, ?, 'REVOKED', 'CN=x', 'x', 'personal', ?, ?, 1, ?,"
                     + " ?, ?, 1)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                ps.setLong(1, caId);
                ps.setString(2, Integer.toHexString(0x100000 + i));
                ps.setObject(3, t0);
                ps.setObject(4, t0.plusDays(365));
                ps.setObject(5, t0.plusDays(1));
                ps.setObject(6, t0);
                ps.setObject(7, t0.plusDays(1));
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private static RevokedCertificateReader reader(DatabaseFixture db) {
        return new RevokedCertificateReader(db.database().dataSource());
    }

    private interface Read {
        void into(java.util.function.Consumer<Row> sink) throws Exception;
    }

    private static Map<String, Row> read(DatabaseFixture db, Read read) throws Exception {
        List<Row> rows = new ArrayList<>();
        read.into(rows::add);
        return rows.stream().collect(Collectors.toMap(Row::serialHex, Function.identity()));
    }
}
