package vn.govca.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

class AuditChainTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef-audit-test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Instant T0 = Instant.parse("2026-03-29T01:30:00.123456789Z");
    private static final int EVENTS = 10;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void verify_untouchedChain_passesWithEveryRow(DatabaseKind kind) throws SQLException {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            appendEvents(db, EVENTS);

            AuditVerification result = verify(db, KEY);

            assertThat(result.ok()).as(result.detail()).isTrue();
            assertThat(result.verifiedRows()).isEqualTo(EVENTS);
            assertThat(result.badSeq()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void verify_emptyChain_passes(DatabaseKind kind) throws SQLException {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            AuditVerification result = verify(db, KEY);

            assertThat(result.ok()).isTrue();
            assertThat(result.verifiedRows()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void verify_detailsEdited_reportsRowEditedAtThatSeq(DatabaseKind kind) throws SQLException {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            appendEvents(db, EVENTS);
            sql(db, "UPDATE audit_event SET details = '{\"serial\":\"ff\"}' WHERE seq = 4");

            assertFailure(verify(db, KEY), 4, AuditProblem.ROW_EDITED);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void verify_middleRowDeleted_reportsMissingSeq(DatabaseKind kind) throws SQLException {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            appendEvents(db, EVENTS);
            sql(db, "DELETE FROM audit_event WHERE seq = 5");

            assertFailure(verify(db, KEY), 5, AuditProblem.ROWS_MISSING);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void verify_twoRowsSwapped_reportsBrokenChainAtFirst(DatabaseKind kind) throws SQLException {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            appendEvents(db, EVENTS);
            sql(db, "UPDATE audit_event SET seq = -1 WHERE seq = 6",
                    "UPDATE audit_event SET seq = 6 WHERE seq = 7",
                    "UPDATE audit_event SET seq = 7 WHERE seq = -1");

            assertFailure(verify(db, KEY), 6, AuditProblem.CHAIN_BROKEN);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void verify_rowRewrittenWithRecomputedHash_reportsMacInvalid(DatabaseKind kind) throws SQLException {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            appendEvents(db, EVENTS);
            rewriteWithoutKey(db, 3, "{\"note\":\"nothing happened\"}");

            assertFailure(verify(db, KEY), 3, AuditProblem.MAC_INVALID);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void verify_lastRowDeleted_reportsHeadMismatch(DatabaseKind kind) throws SQLException {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            appendEvents(db, EVENTS);
            sql(db, "DELETE FROM audit_event WHERE seq = " + EVENTS);

            assertFailure(verify(db, KEY), EVENTS, AuditProblem.HEAD_MISMATCH);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void verify_rowInsertedBeforeFirst_reportsBrokenChain(DatabaseKind kind) throws SQLException {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            appendEvents(db, 2);
            sql(db, "INSERT INTO audit_event (seq, event_time, actor, action, target, outcome, details, prev_hash,"
                    + " row_hash, mac) SELECT 0, event_time, actor, action, target, outcome, details, prev_hash,"
                    + " row_hash, mac FROM audit_event WHERE seq = 1");

            assertFailure(verify(db, KEY), 0, AuditProblem.CHAIN_BROKEN);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void verify_wrongKey_reportsMacInvalidAtFirstRow(DatabaseKind kind) throws SQLException {
        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 1;
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            appendEvents(db, 2);

            assertFailure(verify(db, otherKey), 1, AuditProblem.MAC_INVALID);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void append_rolledBackWithItsAction_leavesNoRowAndNoGap(DatabaseKind kind) throws SQLException {
        AuditLog log = new AuditLog(KEY);
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            appendEvents(db, 2);
            EntityManager em = db.emf().createEntityManager();
            try {
                em.getTransaction().begin();
                assertThat(log.append(em, entry("CERTIFICATE_REVOKE", 3))).isEqualTo(3);
                em.getTransaction().rollback();
            } finally {
                em.close();
            }

            long next = db.inTransaction(e -> log.append(e, entry("CERTIFICATE_REVOKE", 3)));

            assertThat(next).isEqualTo(3);
            assertThat(verify(db, KEY).ok()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void append_twiceInOneTransaction_numbersConsecutively(DatabaseKind kind) throws SQLException {
        AuditLog log = new AuditLog(KEY);
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long[] seqs = db.inTransaction(em -> new long[] {
                    log.append(em, entry("REQUEST_APPROVE", 1)), log.append(em, entry("CERTIFICATE_ISSUE", 2))});

            assertThat(seqs).containsExactly(1, 2);
            assertThat(verify(db, KEY).verifiedRows()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void appendAll_severalEntriesAfterOthers_chainsThemInOrderUnderOneHead(DatabaseKind kind) throws SQLException {
        AuditLog log = new AuditLog(KEY);
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            appendEvents(db, 2);
            long last = db.inTransaction(em -> log.appendAll(em, List.of(entry("CERTIFICATE_ISSUE", 3),
                    entry("CERTIFICATE_ISSUE", 4), entry("CERTIFICATE_ISSUE", 5))));
            long next = db.inTransaction(em -> log.append(em, entry("LOGIN", 6)));

            assertThat(last).isEqualTo(5);
            assertThat(next).isEqualTo(6);
            String fourth = db.inTransaction(em -> em.find(AuditEventRecord.class, 4L).target());
            assertThat(fourth).isEqualTo("serial-4");
            AuditVerification v = verify(db, KEY);
            assertThat(v.ok()).as(v.detail()).isTrue();
            assertThat(v.verifiedRows()).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void appendAll_noEntries_isRefusedAndWritesNothing(DatabaseKind kind) throws SQLException {
        AuditLog log = new AuditLog(KEY);
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            assertThatThrownBy(() -> db.runInTransaction(em -> log.appendAll(em, List.of())))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(verify(db, KEY).verifiedRows()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void append_storedRow_keepsTimeToTheMicrosecondAndText(DatabaseKind kind) {
        AuditLog log = new AuditLog(KEY);
        String details = "{\"subject\":\"CN=Phạm Văn A,O=Ban Cơ yếu Chính phủ\",\"note\":\"😀\"}";
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            db.runInTransaction(em -> log.append(em, new AuditEntry("pham.a", "LOGIN", null, AuditOutcome.FAILURE,
                    details, T0)));

            AuditEventRecord row = db.inTransaction(em -> em.find(AuditEventRecord.class, 1L));

            assertThat(row.eventTime()).isEqualTo(Instant.parse("2026-03-29T01:30:00.123456Z"));
            assertThat(row.detailsJson()).isEqualTo(details);
            assertThat(row.target()).isNull();
            assertThat(row.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(row.prevHash()).isEqualTo(AuditSeal.GENESIS_HASH);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void append_withoutTransaction_isRefused(DatabaseKind kind) {
        AuditLog log = new AuditLog(KEY);
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            EntityManager em = db.emf().createEntityManager();
            try {
                assertThatThrownBy(() -> log.append(em, entry("LOGIN", 1)))
                        .isInstanceOf(jakarta.persistence.TransactionRequiredException.class);
            } finally {
                em.close();
            }
        }
    }

    static AuditEntry entry(String action, int n) {
        return new AuditEntry("admin", action, "serial-" + n, AuditOutcome.SUCCESS,
                "{\"n\":" + n + ",\"by\":\"Ban Cơ yếu\"}", T0.plusSeconds(n));
    }

    static void appendEvents(DatabaseFixture db, int count) {
        AuditLog log = new AuditLog(KEY);
        for (int i = 1; i <= count; i++) {
            AuditEntry e = entry("CERTIFICATE_ISSUE", i);
            db.runInTransaction(em -> log.append(em, e));
        }
    }

    static AuditVerification verify(DatabaseFixture db, byte[] key) throws SQLException {
        try (Connection c = db.database().connect()) {
            return AuditVerifier.verify(c, key);
        }
    }

    private static void assertFailure(AuditVerification result, long seq, AuditProblem problem) {
        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).as(result.detail()).isEqualTo(problem);
        assertThat(result.badSeq()).hasValue(seq);
    }

    private static void sql(DatabaseFixture db, String... statements) throws SQLException {
        try (Connection c = db.database().connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    /** What someone with SQL access but without the key can do: edit, then recompute the hash. */
    private static void rewriteWithoutKey(DatabaseFixture db, long seq, String newDetails) throws SQLException {
        try (Connection c = db.database().connect()) {
            AuditFields f;
            try (PreparedStatement ps = c.prepareStatement("SELECT event_time, actor, action, target, outcome,"
                    + " prev_hash FROM audit_event WHERE seq = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    f = new AuditFields(seq, rs.getObject(1, LocalDateTime.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), newDetails, rs.getString(6));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE audit_event SET details = ?, row_hash = ? WHERE seq = ?")) {
                ps.setString(1, newDetails);
                ps.setString(2, AuditSeal.rowHash(f));
                ps.setLong(3, seq);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
    }
}
