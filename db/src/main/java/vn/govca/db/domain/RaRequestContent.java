package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What an RA request asks for, as the subscriber manager fills it in: CA and profile, the CSR or
 * server-side key generation, the target certificate, the revocation reason, the key device and
 * who receives it, the validity, a note. Changeable only while the request is editable (DRAFT or
 * INFO_REQUESTED), which {@link RaRequestRecord} checks in {@link #beforeEdit}.
 */
@MappedSuperclass
public abstract class RaRequestContent {

    /** Largest CSR or key package stored. */
    public static final int MAX_BINARY_BYTES = 64 * 1024;
    /** RFC 5280 §5.3.1 reason names a request may carry (not removeFromCRL). */
    public static final Set<String> REVOCATION_REASONS = Set.of("unspecified", "keyCompromise", "cACompromise",
            "affiliationChanged", "superseded", "cessationOfOperation", "certificateHold", "privilegeWithdrawn",
            "aACompromise");
    private static final int MAX_NOTE_LENGTH = 4000;

    @Column(name = "ca_name", length = 64)
    private String caName;

    @Column(name = "profile_name", length = 64)
    private String profileName;

    @Lob
    @Column(name = "csr")
    private byte[] csr;

    @Column(name = "server_key_generation", nullable = false)
    private boolean serverKeyGeneration;

    @Column(name = "target_certificate_id")
    private Long targetCertificateId;

    @Column(name = "revocation_reason", length = 32)
    private String revocationReason;

    @Column(name = "decree_reason", length = 48)
    private String decreeReason;

    @Column(name = "key_device_id")
    private Long keyDeviceId;

    @Column(name = "recipient", length = 255)
    private String recipient;

    @Column(name = "validity_days")
    private Integer validityDays;

    @Column(name = "note")
    private String note;

    /** Checks the request may be edited now and stamps the change. */
    abstract void beforeEdit(String step, Instant at);

    /**
     * Which CA and profile issue the certificate, and for how long.
     *
     * @param validityDays null: the profile's default
     */
    public void describeIssuance(String caName, String profileName, Integer validityDays, Instant at) {
        beforeEdit("describe the issuance of", at);
        this.caName = ColumnValues.safeName("CA name", caName);
        this.profileName = ColumnValues.safeName("profile name", profileName);
        if (validityDays != null && validityDays <= 0) {
            throw new IllegalArgumentException("validity " + validityDays + " days must be positive");
        }
        this.validityDays = validityDays;
    }

    /** The subscriber's PKCS#10 request (DER); replaces server-side key generation. */
    public void attachCsr(byte[] der, Instant at) {
        beforeEdit("attach a CSR to", at);
        this.csr = ColumnValues.bytes("CSR", der, MAX_BINARY_BYTES);
        this.serverKeyGeneration = false;
    }

    /** The CA generates the key and hands it out once as an encrypted PKCS#12; drops any CSR. */
    public void chooseServerKeyGeneration(Instant at) {
        beforeEdit("choose server-side key generation for", at);
        this.csr = null;
        this.serverKeyGeneration = true;
    }

    /** The certificate renewed, changed, revoked, suspended or reinstated. */
    public void targetCertificate(long certificateId, Instant at) {
        beforeEdit("set the target certificate of", at);
        this.targetCertificateId = certificateId;
    }

    /**
     * @param rfc5280Reason one of {@link #REVOCATION_REASONS}
     * @param decreeReason  the Decree 68 case, e.g. {@code TOKEN_LOST}; may be null
     */
    public void describeRevocation(String rfc5280Reason, String decreeReason, Instant at) {
        beforeEdit("set the revocation reason of", at);
        Objects.requireNonNull(rfc5280Reason, "rfc5280Reason");
        if (!REVOCATION_REASONS.contains(rfc5280Reason)) {
            throw new IllegalArgumentException("revocation reason '" + rfc5280Reason + "' must be one of "
                    + REVOCATION_REASONS);
        }
        this.revocationReason = rfc5280Reason;
        this.decreeReason = ColumnValues.optionalText("decree reason", decreeReason, 48);
    }

    /**
     * @param keyDeviceId the token the key goes on; null for none
     * @param recipient   who receives the token or key (each form names one)
     */
    public void deliverTo(Long keyDeviceId, String recipient, Instant at) {
        beforeEdit("set the delivery of", at);
        this.keyDeviceId = keyDeviceId;
        this.recipient = ColumnValues.optionalText("recipient", recipient, 255);
    }

    public void writeNote(String text, Instant at) {
        beforeEdit("write a note on", at);
        this.note = ColumnValues.optionalText("note", text, MAX_NOTE_LENGTH);
    }

    public String caName() {
        return caName;
    }

    public String profileName() {
        return profileName;
    }

    /** DER of the CSR; null when none is attached. */
    public byte[] csr() {
        return csr == null ? null : csr.clone();
    }

    public boolean serverKeyGeneration() {
        return serverKeyGeneration;
    }

    public Long targetCertificateId() {
        return targetCertificateId;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public String decreeReason() {
        return decreeReason;
    }

    public Long keyDeviceId() {
        return keyDeviceId;
    }

    public String recipient() {
        return recipient;
    }

    public Integer validityDays() {
        return validityDays;
    }

    public String note() {
        return note;
    }
}
