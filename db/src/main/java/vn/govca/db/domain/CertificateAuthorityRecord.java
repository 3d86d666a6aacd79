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
 * A certificate authority: where its key lives (token and alias, DESIGN invariant 3: the key
 * never leaves the token) and its own certificate once it has one. A CA starts
 * AWAITING_CERTIFICATE (key generated, CSR out or self-signature pending) and becomes ACTIVE
 * with {@link #activate}; only the methods below change its state. Optimistic locking
 * ({@code version}) stops two operators' concurrent changes from overwriting each other.
 */
@Entity
@Table(name = "certificate_authority")
public class CertificateAuthorityRecord {

    /** MEDIUMBLOB holds 16 MiB; a CA certificate is a few KiB. */
    static final int MAX_CERTIFICATE_BYTES = 1 << 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, updatable = false, length = 64)
    private String name;

    @Column(name = "subject_dn", nullable = false, length = 1024)
    private String subjectDn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private CertificateAuthorityStatus status;

    @Column(name = "token_name", nullable = false, length = 64)
    private String tokenName;

    @Column(name = "key_alias", nullable = false, length = 128)
    private String keyAlias;

    @Column(name = "key_spec", nullable = false, length = 16)
    private String keySpec;

    @Column(name = "signature_algorithm", nullable = false, length = 32)
    private String signatureAlgorithm;

    @Column(name = "parent_ca_id", updatable = false)
    private Long parentCaId;

    @Lob
    @Column(name = "certificate_der")
    private byte[] certificateDer;

    @Column(name = "serial_hex", length = 40)
    private String serialHex;

    @Column(name = "not_before")
    private Instant notBefore;

    @Column(name = "not_after")
    private Instant notAfter;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CertificateAuthorityRecord() {
    }

    /**
     * A new CA whose key exists in its token and whose certificate is still to come.
     *
     * @param parentCaId the issuing CA when it is one of ours; null for a root or a CA
     *                   certified by an external CA
     */
    public static CertificateAuthorityRecord awaitingCertificate(String name, String subjectDn, CaKey key,
                                                                 Long parentCaId, Instant at) {
        Objects.requireNonNull(key, "key");
        CertificateAuthorityRecord ca = new CertificateAuthorityRecord();
        ca.name = ColumnValues.safeName("CA name", name);
        ca.subjectDn = ColumnValues.text("subject_dn", subjectDn, 1024);
        ca.status = CertificateAuthorityStatus.AWAITING_CERTIFICATE;
        ca.tokenName = key.tokenName();
        ca.keyAlias = key.keyAlias();
        ca.keySpec = key.keySpec();
        ca.signatureAlgorithm = key.signatureAlgorithm();
        ca.parentCaId = parentCaId;
        ca.createdAt = ColumnValues.time("created_at", at);
        ca.updatedAt = ca.createdAt;
        return ca;
    }

    /**
     * Installs the CA's own certificate (self-signed or returned for the exported CSR) and
     * starts issuing. The caller has checked that the certificate matches the CA's key.
     */
    public void activate(byte[] certificateDer, SerialHex serial, Instant notBefore, Instant notAfter, Instant at) {
        require(CertificateAuthorityStatus.AWAITING_CERTIFICATE, "activate");
        Instant from = ColumnValues.time("not_before", notBefore);
        Instant until = ColumnValues.time("not_after", notAfter);
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("CA certificate not_after " + until + " is not after not_before " + from);
        }
        this.certificateDer = ColumnValues.bytes("CA certificate", certificateDer, MAX_CERTIFICATE_BYTES);
        this.serialHex = Objects.requireNonNull(serial, "serial").value();
        this.notBefore = from;
        this.notAfter = until;
        moveTo(CertificateAuthorityStatus.ACTIVE, at);
    }

    /** Stops issuing, e.g. during an incident; {@link #enable} resumes. */
    public void disable(Instant at) {
        require(CertificateAuthorityStatus.ACTIVE, "disable");
        moveTo(CertificateAuthorityStatus.DISABLED, at);
    }

    public void enable(Instant at) {
        require(CertificateAuthorityStatus.DISABLED, "enable");
        moveTo(CertificateAuthorityStatus.ACTIVE, at);
    }

    /** Records that the CA's own certificate was revoked; the CA never issues again. */
    public void markRevoked(Instant at) {
        if (status == CertificateAuthorityStatus.REVOKED) {
            throw new RecordStateException("CA " + name + " is already REVOKED");
        }
        moveTo(CertificateAuthorityStatus.REVOKED, at);
    }

    public boolean isActive() {
        return status == CertificateAuthorityStatus.ACTIVE;
    }

    private void require(CertificateAuthorityStatus expected, String step) {
        if (status != expected) {
            throw new RecordStateException("cannot " + step + " CA " + name + " in state " + status
                    + "; it must be " + expected);
        }
    }

    private void moveTo(CertificateAuthorityStatus next, Instant at) {
        this.status = next;
        this.updatedAt = ColumnValues.time("updated_at", at);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String subjectDn() {
        return subjectDn;
    }

    public CertificateAuthorityStatus status() {
        return status;
    }

    public CaKey key() {
        return new CaKey(tokenName, keyAlias, keySpec, signatureAlgorithm);
    }

    public Long parentCaId() {
        return parentCaId;
    }

    /** The CA certificate's DER, or null while AWAITING_CERTIFICATE. */
    public byte[] certificateDer() {
        return certificateDer == null ? null : certificateDer.clone();
    }

    public SerialHex serial() {
        return serialHex == null ? null : new SerialHex(serialHex);
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
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
