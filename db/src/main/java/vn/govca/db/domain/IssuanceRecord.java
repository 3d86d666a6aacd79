package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The to-be-signed certificate of one issuance, committed before the CA key signs (DESIGN
 * invariant 1), with who asked and how it ended. After a crash, RESERVED records older than the
 * signing timeout are the issuances to finish or fail; {@code tbs_der} lets a checker prove
 * that the signed certificate is the linted one.
 */
@Entity
@Table(name = "issuance_record")
public class IssuanceRecord {

    static final int MAX_REASON_LENGTH = 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private long certificateId;

    @Lob
    @Column(name = "tbs_der", nullable = false, updatable = false)
    private byte[] tbsDer;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 128)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private IssuanceState state;

    @Column(name = "failure_reason", length = MAX_REASON_LENGTH)
    private String failureReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected IssuanceRecord() {
    }

    /**
     * @param certificateId id of the RESERVED {@link CertificateRecord}
     * @param tbsDer        DER of the TBSCertificate that passed the lint
     * @param requestedBy   the administrator or protocol client that asked
     */
    public static IssuanceRecord reserved(long certificateId, byte[] tbsDer, String requestedBy, Instant at) {
        IssuanceRecord r = new IssuanceRecord();
        r.certificateId = certificateId;
        r.tbsDer = ColumnValues.bytes("TBS DER", tbsDer, CertificateRecord.MAX_DER_BYTES);
        r.requestedBy = ColumnValues.text("requested_by", requestedBy, 128);
        r.state = IssuanceState.RESERVED;
        r.createdAt = ColumnValues.time("created_at", at);
        return r;
    }

    public void markSigned(Instant at) {
        require("mark signed");
        this.state = IssuanceState.SIGNED;
        this.completedAt = completedAt(at);
    }

    /** {@code completed_at} as stored: the database's precision, checked range. */
    public static Instant completedAt(Instant at) {
        return ColumnValues.time("completed_at", at);
    }

    /** @param reason why signing failed, for operators; cut to 1024 characters */
    public void markFailed(String reason, Instant at) {
        require("mark failed");
        Objects.requireNonNull(reason, "reason");
        this.state = IssuanceState.FAILED;
        this.failureReason = ColumnValues.truncated(reason, MAX_REASON_LENGTH);
        this.completedAt = ColumnValues.time("completed_at", at);
    }

    private void require(String step) {
        if (state != IssuanceState.RESERVED) {
            throw new RecordStateException("cannot " + step + " issuance " + id + " in state " + state
                    + "; it must be RESERVED");
        }
    }

    public Long id() {
        return id;
    }

    public long certificateId() {
        return certificateId;
    }

    public byte[] tbsDer() {
        return tbsDer.clone();
    }

    public String requestedBy() {
        return requestedBy;
    }

    public IssuanceState state() {
        return state;
    }

    public String failureReason() {
        return failureReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
