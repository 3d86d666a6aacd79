package vn.govca.db.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Checks the whole audit chain with plain JDBC, outside the container if need be
 * ({@code ./govca audit verify}), and reports the first row that is missing, out of place,
 * edited or rewritten, or a chain end that the head row contradicts (DESIGN invariant 6:
 * "a verifier detects any edited, removed or reordered row").
 *
 * <p>Rows are streamed in seq order with a fetch size, so memory stays bounded for millions of
 * rows: MariaDB Connector/J streams a result set whenever the fetch size is positive (no
 * {@code useCursorFetch}, which is MySQL Connector/J's option); H2 spools large results to disk.
 * The head is read first, so rows appended while the verifier runs are checked too and do not
 * count as a mismatch.
 *
 * <p>Limit: someone who can write the database and deletes rows from the end <em>and</em>
 * rewinds the head row to an earlier state is not detected; that needs the head's hash recorded
 * outside the database (e.g. in a signed CRL-like checkpoint or the system log).
 */
public final class AuditVerifier {

    /** Rows fetched per round trip. */
    static final int FETCH_SIZE = 1_000;

    private static final String SELECT_HEAD =
            "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = " + AuditChainHead.ID;
    private static final String SELECT_EVENTS =
            "SELECT seq, event_time, actor, action, target, outcome, details, prev_hash, row_hash, mac"
                    + " FROM audit_event ORDER BY seq";

    private AuditVerifier() {
    }

    /**
     * @param connection an open connection to the GovCA database; left open
     * @param macKey     the key of {@code var/audit.key}
     */
    public static AuditVerification verify(Connection connection, byte[] macKey) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        ChainWalk walk = new ChainWalk(new AuditSeal(macKey), readHead(connection));
        try (PreparedStatement events = connection.prepareStatement(SELECT_EVENTS,
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            events.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = events.executeQuery()) {
                while (rs.next()) {
                    AuditVerification bad = walk.check(rs);
                    if (bad != null) {
                        return bad;
                    }
                }
            }
        }
        return walk.finish();
    }

    private static Head readHead(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT_HEAD);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
        }
    }

    private record Head(long lastSeq, String lastHash) {
    }

    /** Walks the rows in seq order, remembering the previous row's hash. */
    private static final class ChainWalk {
        private final AuditSeal seal;
        private final Head head;
        private long expectedSeq = 1;
        private String previousHash = AuditSeal.GENESIS_HASH;

        ChainWalk(AuditSeal seal, Head head) {
            this.seal = seal;
            this.head = head;
        }

        /** Checks the current row; null when it is sound. */
        AuditVerification check(ResultSet rs) throws SQLException {
            long verified = expectedSeq - 1;
            long seq = rs.getLong(1);
            if (seq < expectedSeq) {
                return AuditVerification.failed(verified, seq, AuditProblem.CHAIN_BROKEN,
                        "a row with seq " + seq + " stands before audit event " + expectedSeq
                                + "; the chain starts at 1 (row inserted)");
            }
            if (seq > expectedSeq) {
                return AuditVerification.failed(verified, expectedSeq, AuditProblem.ROWS_MISSING,
                        "audit event " + expectedSeq + " is missing; the next row has seq " + seq);
            }
            String prevHash = rs.getString(8);
            if (!previousHash.equals(prevHash)) {
                return AuditVerification.failed(verified, seq, AuditProblem.CHAIN_BROKEN,
                        "audit event " + seq + " does not follow event " + (seq - 1)
                                + ": its prev_hash names another row (rows reordered or removed)");
            }
            AuditFields fields = new AuditFields(seq, rs.getObject(2, LocalDateTime.class), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), prevHash);
            String rowHash = rs.getString(9);
            if (!AuditSeal.rowHash(fields).equals(rowHash)) {
                return AuditVerification.failed(verified, seq, AuditProblem.ROW_EDITED,
                        "audit event " + seq + " was edited: its content does not match its row_hash");
            }
            if (!seal.macMatches(rowHash, rs.getString(10))) {
                return AuditVerification.failed(verified, seq, AuditProblem.MAC_INVALID,
                        "audit event " + seq + " has a MAC that the audit key did not make (rewritten without"
                                + " the key, or the wrong key was given)");
            }
            if (head != null && seq == head.lastSeq() && !rowHash.equals(head.lastHash())) {
                return AuditVerification.failed(verified, seq, AuditProblem.HEAD_MISMATCH,
                        "audit chain head names another hash for event " + seq);
            }
            previousHash = rowHash;
            expectedSeq++;
            return null;
        }

        AuditVerification finish() {
            long rows = expectedSeq - 1;
            if (head == null) {
                return AuditVerification.failed(rows, expectedSeq, AuditProblem.HEAD_MISMATCH,
                        "audit_chain_head row is missing");
            }
            if (head.lastSeq() > rows) {
                return AuditVerification.failed(rows, expectedSeq, AuditProblem.HEAD_MISMATCH,
                        "audit chain head records " + head.lastSeq() + " events but the chain ends at "
                                + rows + ": events from " + expectedSeq + " on were removed");
            }
            if (head.lastSeq() == 0 && !AuditSeal.GENESIS_HASH.equals(head.lastHash())) {
                return AuditVerification.failed(rows, expectedSeq, AuditProblem.HEAD_MISMATCH,
                        "audit chain head is at seq 0 but its hash is not the genesis hash");
            }
            return AuditVerification.passed(rows);
        }
    }
}
