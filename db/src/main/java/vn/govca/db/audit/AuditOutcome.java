package vn.govca.db.audit;

/** Whether the audited action succeeded; failed attempts (e.g. a refused login) are audited too. */
public enum AuditOutcome {
    SUCCESS, FAILURE
}
