package vn.govca.db.audit;

/** What {@link AuditVerifier} found wrong at the first bad row. */
public enum AuditProblem {
    /** A seq is missing: the row was deleted. */
    ROWS_MISSING,
    /** prev_hash does not name the previous row: rows were reordered, or removed and renumbered. */
    CHAIN_BROKEN,
    /** The row's content does not hash to its row_hash: the row was edited. */
    ROW_EDITED,
    /** row_hash is consistent but its MAC is wrong: the row was rewritten without the key. */
    MAC_INVALID,
    /** The chain's end disagrees with audit_chain_head: rows were removed from the end. */
    HEAD_MISMATCH
}
