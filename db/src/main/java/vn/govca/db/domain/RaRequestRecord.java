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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * An RA request (forms 01 to 07) and its workflow state (see {@link RaRequestState}). The
 * subscriber's agency and province are copied onto the row for scope filters. Every state change
 * goes through {@link #moveTo}, which returns the history row to store with it; approvals go
 * through {@link #approve}, which refuses the filer and returns the approval row whose unique key
 * refuses a second approval by the same person. The first submission makes the dossier complete
 * (hồ sơ hợp lệ) and starts the deadline clock. A server-generated key leaves the CA once, as an
 * encrypted PKCS#12 that {@link #takeKeyPackage} hands out and erases.
 */
@Entity
@Table(name = "ra_request")
public class RaRequestRecord extends RaRequestContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false, length = 32)
    private RaRequestType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private RaRequestState state;

    @Column(name = "subscriber_id", nullable = false, updatable = false)
    private long subscriberId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private long agencyId;

    @Column(name = "province_id", updatable = false)
    private Long provinceId;

    @Column(name = "issued_certificate_id")
    private Long issuedCertificateId;

    @Column(name = "required_approvals", nullable = false)
    private int requiredApprovals;

    @Column(name = "approval_count", nullable = false)
    private int approvalCount;

    @Column(name = "filed_by", nullable = false, updatable = false)
    private long filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "complete_at")
    private Instant completeAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Lob
    @Column(name = "key_package")
    private byte[] keyPackage;

    @Column(name = "key_package_fetched_at")
    private Instant keyPackageFetchedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected RaRequestRecord() {
    }

    /**
     * A new DRAFT request for {@code subscriber} (saved). Store it, then store {@link #filing} as
     * its first history row.
     *
     * @param filedBy           the administrator filing it (never allowed to approve it)
     * @param requiredApprovals distinct approvals needed, from the profile and request type (1 or more)
     */
    public static RaRequestRecord draft(RaRequestType type, SubscriberRecord subscriber, long filedBy,
                                        int requiredApprovals, Instant at) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (subscriber.id() == null) {
            throw new IllegalArgumentException("subscriber " + subscriber.displayName() + " has not been saved");
        }
        RaRequestRecord r = new RaRequestRecord();
        r.type = Objects.requireNonNull(type, "type");
        r.state = RaRequestState.DRAFT;
        r.subscriberId = subscriber.id();
        r.agencyId = subscriber.agencyId();
        r.provinceId = subscriber.provinceId();
        r.filedBy = filedBy;
        r.setRequiredApprovals(requiredApprovals);
        r.filedAt = ColumnValues.time("filed_at", at);
        r.updatedAt = r.filedAt;
        return r;
    }

    /** The first history row (nothing → DRAFT); the request must have been saved. */
    public RaRequestTransitionRecord filing(String actorName, String comment) {
        return RaRequestTransitionRecord.of(requireId(), null, RaRequestState.DRAFT, filedBy, actorName, comment,
                filedAt);
    }

    /**
     * Moves the request to {@code next} and returns the history row to store.
     *
     * @param actorId null for the system
     * @throws RecordStateException the workflow does not lead from the current state to {@code next},
     *         or APPROVED is asked before enough approvals were recorded
     */
    public RaRequestTransitionRecord moveTo(RaRequestState next, Long actorId, String actorName, String comment,
                                            Instant at) {
        Objects.requireNonNull(next, "next");
        if (!state.canMoveTo(next)) {
            throw new RecordStateException("request " + id + " cannot move from " + state + " to " + next
                    + "; allowed: " + state.successors());
        }
        if (next == RaRequestState.APPROVED && !hasEnoughApprovals()) {
            throw new RecordStateException("request " + id + " has " + approvalCount + " approvals, needs "
                    + requiredApprovals);
        }
        RaRequestTransitionRecord t = RaRequestTransitionRecord.of(requireId(), state, next, actorId, actorName,
                comment, at);
        state = next;
        touch(at);
        if (next == RaRequestState.SUBMITTED && completeAt == null) {
            completeAt = updatedAt;
        }
        if (next.isClosed()) {
            closedAt = updatedAt;
        }
        return t;
    }

    /** The working day the request is due (computed by the service from the holiday calendar). */
    public void assignDueDate(LocalDate due) {
        this.dueOn = Objects.requireNonNull(due, "due");
    }

    /** True when the request is still open and its due date is before {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return !state.isClosed() && dueOn != null && dueOn.isBefore(today);
    }

    /**
     * Records {@code approverId}'s approval of a SUBMITTED request and returns the row to store
     * (its unique key refuses a second approval by the same person).
     *
     * @throws RecordStateException the request is not SUBMITTED, or the approver filed it
     */
    public RaRequestApprovalRecord approve(long approverId, String comment, Instant at) {
        require(Set.of(RaRequestState.SUBMITTED), "approve");
        if (approverId == filedBy) {
            throw new RecordStateException("administrator " + approverId + " filed request " + id
                    + " and may not approve it");
        }
        approvalCount++;
        touch(at);
        return RaRequestApprovalRecord.of(requireId(), approverId, comment, at);
    }

    public boolean hasEnoughApprovals() {
        return approvalCount >= requiredApprovals;
    }

    /** Changes how many approvals are needed, while the request can still be edited. */
    public void requireApprovals(int count, Instant at) {
        requireEditable("change the approvals needed by");
        setRequiredApprovals(count);
        touch(at);
    }

    /** The certificate the CA issued when executing an APPROVED request. */
    public void attachIssuedCertificate(long certificateId, Instant at) {
        require(Set.of(RaRequestState.APPROVED), "attach an issued certificate to");
        if (!type.issuesCertificate()) {
            throw new RecordStateException("a " + type + " request issues no certificate");
        }
        this.issuedCertificateId = certificateId;
        touch(at);
    }

    /** Stores the encrypted PKCS#12 of a server-generated key for one download. */
    public void storeKeyPackage(byte[] encryptedPkcs12, Instant at) {
        require(Set.of(RaRequestState.APPROVED, RaRequestState.COMPLETED), "store a key package for");
        if (!serverKeyGeneration()) {
            throw new RecordStateException("request " + id + " did not ask for server-side key generation");
        }
        if (keyPackageFetchedAt != null || keyPackage != null) {
            throw new RecordStateException("request " + id + " already has a key package");
        }
        this.keyPackage = ColumnValues.bytes("key package", encryptedPkcs12, MAX_BINARY_BYTES);
        touch(at);
    }

    /**
     * Hands out the key package once and erases it.
     *
     * @throws RecordStateException there is none, or it was fetched already
     */
    public byte[] takeKeyPackage(Instant at) {
        if (keyPackage == null) {
            throw new RecordStateException("request " + id + " has no key package"
                    + (keyPackageFetchedAt == null ? "" : "; it was fetched at " + keyPackageFetchedAt));
        }
        byte[] out = keyPackage;
        keyPackage = null;
        keyPackageFetchedAt = ColumnValues.time("key_package_fetched_at", at);
        touch(at);
        return out;
    }

    @Override
    void beforeEdit(String step, Instant at) {
        requireEditable(step);
        touch(at);
    }

    private void requireEditable(String step) {
        if (!state.isEditable()) {
            throw new RecordStateException("cannot " + step + " request " + id + " in state " + state
                    + "; it must be DRAFT or INFO_REQUESTED");
        }
    }

    private void require(Set<RaRequestState> allowed, String step) {
        if (!allowed.contains(state)) {
            throw new RecordStateException("cannot " + step + " request " + id + " in state " + state
                    + "; it must be " + allowed);
        }
    }

    private void setRequiredApprovals(int count) {
        if (count < 1 || count > 10) {
            throw new IllegalArgumentException("required approvals " + count + " must be 1 to 10");
        }
        this.requiredApprovals = count;
    }

    private long requireId() {
        if (id == null) {
            throw new RecordStateException("request has not been saved yet");
        }
        return id;
    }

    private void touch(Instant at) {
        updatedAt = ColumnValues.time("updated_at", at);
    }

    public Long id() {
        return id;
    }

    public RaRequestType type() {
        return type;
    }

    public RaRequestState state() {
        return state;
    }

    public long subscriberId() {
        return subscriberId;
    }

    public long agencyId() {
        return agencyId;
    }

    public Long provinceId() {
        return provinceId;
    }

    public Long issuedCertificateId() {
        return issuedCertificateId;
    }

    public int requiredApprovals() {
        return requiredApprovals;
    }

    public int approvalCount() {
        return approvalCount;
    }

    public long filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    /** When the dossier became complete (first submission); null before. */
    public Instant completeAt() {
        return completeAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public boolean hasKeyPackage() {
        return keyPackage != null;
    }

    public Instant keyPackageFetchedAt() {
        return keyPackageFetchedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
