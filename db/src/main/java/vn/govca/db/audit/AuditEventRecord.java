package vn.govca.db.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the audit chain. Only {@link AuditLog} creates rows (the constructor is
 * package-private) and no method changes one: the log is append-only by type. Read it to
 * show the audit trail; check it with {@link AuditVerifier}.
 */
@Entity
@Table(name = "audit_event")
public class AuditEventRecord {

    @Id
    @Column(name = "seq", updatable = false)
    private long seq;

    @Column(name = "event_time", nullable = false, updatable = false)
    private Instant eventTime;

    @Column(name = "actor", nullable = false, updatable = false, length = 128)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "target", updatable = false, length = 255)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 16)
    private AuditOutcome outcome;

    @Column(name = "details", updatable = false)
    private String details;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(name = "row_hash", nullable = false, updatable = false, length = 64)
    private String rowHash;

    @Column(name = "mac", nullable = false, updatable = false, length = 64)
    private String mac;

    protected AuditEventRecord() {
    }

    AuditEventRecord(long seq, AuditEntry entry, String prevHash, String rowHash, String mac) {
        this.seq = seq;
        this.eventTime = entry.time();
        this.actor = entry.actor();
        this.action = entry.action();
        this.target = entry.target();
        this.outcome = entry.outcome();
        this.details = entry.detailsJson();
        this.prevHash = prevHash;
        this.rowHash = rowHash;
        this.mac = mac;
    }

    public long seq() {
        return seq;
    }

    public Instant eventTime() {
        return eventTime;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String detailsJson() {
        return details;
    }

    public String prevHash() {
        return prevHash;
    }

    public String rowHash() {
        return rowHash;
    }

    public String mac() {
        return mac;
    }
}
