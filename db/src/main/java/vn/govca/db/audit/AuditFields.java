package vn.govca.db.audit;

import java.time.LocalDateTime;

/** The columns of one audit_event row that its row hash covers, as stored (time in UTC). */
record AuditFields(long seq, LocalDateTime utcTime, String actor, String action, String target,
                   String outcome, String details, String prevHash) {
}
