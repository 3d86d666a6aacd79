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
import java.util.Objects;

/**
 * A certificate as the CA's database of record holds it (DESIGN invariant 1: store before
 * sign). It is {@link #reserve reserved} with its serial before the CA key signs anything, then
 * {@link #markSigned signed} or {@link #markFailed failed}; after that only revocation and hold
 * change it. Status must never be served stale (invariant 5), so the unit has no shared cache and
 * concurrent changes are caught by optimistic locking.
 */
@Entity
@Table(name = "certificate")
public class CertificateRecord {

    static final int MAX_DER_BYTES = 1 << 20;
    /** RFC 5280 section 5.3.1: certificateHold, handled by {@link #hold}. */
    private static final int CERTIFICATE_HOLD = 6;
    private static final int KEY_COMPROMISE = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "ca_id", nullable = false, updatable = false)
    private long caId;

    @Column(name = "serial_hex", nullable = false, updatable = false, length = 40)
    private String serialHex;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CertificateStatus status;

    @Column(name = "subject_dn", nullable = false, updatable = false, length = 2048)
    private String subjectDn;

    @Column(name = "subject_search", nullable = false, updatable = false, length = 512)
    private String subjectSearch;

    @Column(name = "profile_name", nullable = false, updatable = false, length = 64)
    private String profileName;

    @Column(name = "not_before", nullable = false, updatable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Column(name = "fingerprint_sha256", length = 64)
    private String fingerprintSha256;

    @Lob
    @Column(name = "der")
    private byte[] der;

    @Column(name = "revocation_reason")
    private Short revocationReason;

    @Column(name = "revocation_time")
    private Instant revocationTime;

    @Column(name = "invalidity_date")
    private Instant invalidityDate;

    @Column(name = "hold_released_at")
    private Instant holdReleasedAt;

    @Column(name = "subscriber_id")
    private Long subscriberId;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "province_id")
    private Long provinceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cert_type", length = 16)
    private SubscriberKind certType;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CertificateRecord() {
    }

    /**
     * Step "reserve serial" of the issuance cycle: a RESERVED row holding the serial and what
     * the certificate will say.
     *
     * @param subjectDn         RFC 4514 string of the subject
     * @param subjectSearchText text to find the certificate by (e.g. CN and organisation); it
     *                          is folded with {@link SearchText#fold}
     */
    public static CertificateRecord reserve(long caId, SerialHex serial, String subjectDn, String subjectSearchText,
                                            String profileName, Instant notBefore, Instant notAfter, Instant at) {
        CertificateRecord c = new CertificateRecord();
        c.caId = caId;
        c.serialHex = Objects.requireNonNull(serial, "serial").value();
        c.status = CertificateStatus.RESERVED;
        c.subjectDn = ColumnValues.text("subject_dn", subjectDn, 2048);
        c.subjectSearch = SearchText.fold(subjectSearchText);
        c.profileName = ColumnValues.safeName("profile name", profileName);
        c.notBefore = ColumnValues.time("not_before", notBefore);
        c.notAfter = ColumnValues.time("not_after", notAfter);
        if (!c.notAfter.isAfter(c.notBefore)) {
            throw new IllegalArgumentException("not_after " + c.notAfter + " is not after not_before " + c.notBefore);
        }
        c.createdAt = ColumnValues.time("created_at", at);
        c.updatedAt = c.createdAt;
        return c;
    }

    /**
     * Step "store": the signed certificate. {@code fingerprint} must be the SHA-256 of
     * {@code der}; a mismatch means the caller mixed up two certificates.
     */
    public void markSigned(byte[] der, Sha256Hex fingerprint, Instant at) {
        require(CertificateStatus.RESERVED, "mark signed");
        SignedColumns signed = signedColumns(der, fingerprint, at);
        this.der = signed.der();
        this.fingerprintSha256 = signed.fingerprintSha256();
        moveTo(CertificateStatus.ACTIVE, signed.updatedAt());
    }

    /** The columns step "store" writes; see {@link #signedColumns}. */
    public record SignedColumns(byte[] der, String fingerprintSha256, Instant updatedAt) {
    }

    /**
     * The columns {@link #markSigned} writes, checked as it checks them, for a store that updates
     * the row without loading it ({@code CertificateRepository.storeSigned}).
     */
    public static SignedColumns signedColumns(byte[] der, Sha256Hex fingerprint, Instant at) {
        byte[] copy = ColumnValues.bytes("certificate DER", der, MAX_DER_BYTES);
        Sha256Hex actual = Sha256Hex.digestOf(copy);
        if (!actual.equals(Objects.requireNonNull(fingerprint, "fingerprint"))) {
            throw new IllegalArgumentException("fingerprint " + fingerprint + " is not the SHA-256 "
                    + actual + " of the certificate DER");
        }
        return new SignedColumns(copy, actual.value(), ColumnValues.time("updated_at", at));
    }

    /** Signing did not complete; the serial stays taken and is never reused. */
    public void markFailed(Instant at) {
        require(CertificateStatus.RESERVED, "mark failed");
        moveTo(CertificateStatus.FAILED, at);
    }

    /**
     * Revokes an ACTIVE or ON_HOLD certificate.
     *
     * @param reasonCode     CRLReason of RFC 5280 section 5.3.1 (0 to 10, not 7; 6
     *                       certificateHold goes through {@link #hold})
     * @param invalidityDate when the key is known or suspected compromised; may be null
     */
    public void revoke(int reasonCode, Instant at, Instant invalidityDate) {
        if (status != CertificateStatus.ACTIVE && status != CertificateStatus.ON_HOLD) {
            throw new RecordStateException("cannot revoke certificate " + serialHex + " in state " + status
                    + "; it must be ACTIVE or ON_HOLD");
        }
        if (reasonCode < 0 || reasonCode > 10 || reasonCode == 7 || reasonCode == CERTIFICATE_HOLD) {
            throw new IllegalArgumentException("revocation reason " + reasonCode
                    + " must be an RFC 5280 CRLReason 0 to 10 other than 6 (hold) and 7 (unused)");
        }
        setRevocation((short) reasonCode, at, invalidityDate);
        moveTo(CertificateStatus.REVOKED, at);
    }

    /** Suspends an ACTIVE certificate (CRLReason certificateHold). */
    public void hold(Instant at) {
        require(CertificateStatus.ACTIVE, "hold");
        setRevocation((short) CERTIFICATE_HOLD, at, null);
        moveTo(CertificateStatus.ON_HOLD, at);
    }

    /**
     * Lifts a hold: the certificate is ACTIVE again and leaves the CRL. The time of release is
     * kept, so that delta CRLs issued after it list the certificate with removeFromCRL (RFC 5280
     * §5.3.1, §5.2.4).
     */
    public void releaseHold(Instant at) {
        require(CertificateStatus.ON_HOLD, "release hold on");
        this.revocationReason = null;
        this.revocationTime = null;
        this.invalidityDate = null;
        this.holdReleasedAt = ColumnValues.time("hold_released_at", at);
        moveTo(CertificateStatus.ACTIVE, at);
    }

    /**
     * RFC 5280 §5.3.1 allows a revoked certificate's reason to become keyCompromise once the key is
     * found exposed; the revocation time stays, the invalidity date may be set or moved earlier.
     */
    public void changeReasonToKeyCompromise(Instant at, Instant invalidityDate) {
        require(CertificateStatus.REVOKED, "change the revocation reason of");
        if (revocationReason != null && revocationReason == KEY_COMPROMISE) {
            throw new RecordStateException("certificate " + serialHex + " is already revoked for keyCompromise");
        }
        setRevocation((short) KEY_COMPROMISE, revocationTime, invalidityDate != null ? invalidityDate : this.invalidityDate);
        moveTo(CertificateStatus.REVOKED, at);
    }

    /**
     * Attributes the certificate to the RA subscriber it is issued for, copying the subscriber's
     * agency and province for scope filters and the dashboard. Done once, in the issuance
     * transaction; certificates issued outside the RA (CA, OCSP) have none.
     */
    public void attributeTo(SubscriberRecord subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (subscriber.id() == null) {
            throw new IllegalArgumentException("subscriber " + subscriber.displayName() + " has not been saved");
        }
        if (subscriberId != null) {
            throw new RecordStateException("certificate " + serialHex + " is already attributed to subscriber "
                    + subscriberId);
        }
        this.subscriberId = subscriber.id();
        this.agencyId = subscriber.agencyId();
        this.provinceId = subscriber.provinceId();
        this.certType = subscriber.kind();
    }

    private void setRevocation(short reason, Instant at, Instant invalidity) {
        this.revocationReason = reason;
        this.revocationTime = ColumnValues.time("revocation_time", at);
        this.invalidityDate = ColumnValues.optionalTime("invalidity_date", invalidity);
    }

    private void require(CertificateStatus expected, String step) {
        if (status != expected) {
            throw new RecordStateException("cannot " + step + " certificate " + serialHex + " in state " + status
                    + "; it must be " + expected);
        }
    }

    private void moveTo(CertificateStatus next, Instant at) {
        this.status = next;
        this.updatedAt = ColumnValues.time("updated_at", at);
    }

    public Long id() {
        return id;
    }

    public long caId() {
        return caId;
    }

    public SerialHex serial() {
        return new SerialHex(serialHex);
    }

    public CertificateStatus status() {
        return status;
    }

    public String subjectDn() {
        return subjectDn;
    }

    public String subjectSearch() {
        return subjectSearch;
    }

    public String profileName() {
        return profileName;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    /** Null until signed. */
    public Sha256Hex fingerprint() {
        return fingerprintSha256 == null ? null : new Sha256Hex(fingerprintSha256);
    }

    /** Null until signed. */
    public byte[] der() {
        return der == null ? null : der.clone();
    }

    /** CRLReason code, null unless REVOKED or ON_HOLD. */
    public Integer revocationReason() {
        return revocationReason == null ? null : revocationReason.intValue();
    }

    public Instant revocationTime() {
        return revocationTime;
    }

    public Instant invalidityDate() {
        return invalidityDate;
    }

    /** When the certificate was last released from hold; null if it never was. */
    public Instant holdReleasedAt() {
        return holdReleasedAt;
    }

    /** The RA subscriber; null for certificates issued outside the RA. */
    public Long subscriberId() {
        return subscriberId;
    }

    public Long agencyId() {
        return agencyId;
    }

    public Long provinceId() {
        return provinceId;
    }

    /** INDIVIDUAL, ORGANIZATION or DEVICE; null outside the RA. */
    public SubscriberKind certType() {
        return certType;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
