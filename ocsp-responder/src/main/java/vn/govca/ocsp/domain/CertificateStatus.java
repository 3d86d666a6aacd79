package vn.govca.ocsp.domain;

import vn.govca.pki.domain.cert.RevocationReason;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.govca.pki.domain.GovCaException;

/**
 * What the CA's records say about one serial number: issued and not revoked ({@link Kind#GOOD}),
 * revoked or on hold ({@link Kind#REVOKED}, with time and reason), or never issued by that CA
 * ({@link Kind#NEVER_ISSUED}). The responder turns these into the OCSP {@code CertStatus}
 * (RFC 6960 §2.2): a never-issued serial is never answered "good" (DESIGN invariant 5).
 *
 * <p>{@link #notAfter()} is the certificate's expiry when the source knows it; it is informative
 * (RFC 6960 allows answering for expired certificates) and not used to change the answer.
 */
public final class CertificateStatus {

    /** The three states of RFC 6960 §2.2 as the CA's records know them. */
    public enum Kind {
        GOOD, REVOKED, NEVER_ISSUED
    }

    private static final CertificateStatus NEVER_ISSUED = new CertificateStatus(Kind.NEVER_ISSUED, null, null, null);
    private static final CertificateStatus GOOD = new CertificateStatus(Kind.GOOD, null, null, null);

    private final Kind kind;
    private final Instant revocationTime;
    private final RevocationReason reason;
    private final Instant notAfter;

    private CertificateStatus(Kind kind, Instant revocationTime, RevocationReason reason, Instant notAfter) {
        this.kind = kind;
        this.revocationTime = revocationTime;
        this.reason = reason;
        this.notAfter = notAfter;
    }

    /** Issued, not revoked, expiry unknown to the source. */
    public static CertificateStatus good() {
        return GOOD;
    }

    /** Issued, not revoked, expiring at {@code notAfter}. */
    public static CertificateStatus good(Instant notAfter) {
        return new CertificateStatus(Kind.GOOD, null, null, Objects.requireNonNull(notAfter, "notAfter"));
    }

    /**
     * Revoked at {@code time} for {@code reason}; a certificate on hold is revoked with
     * {@link RevocationReason#CERTIFICATE_HOLD} (RFC 6960 §2.2).
     *
     * @throws GovCaException MALFORMED for {@link RevocationReason#REMOVE_FROM_CRL}, which is no
     *     certificate status
     */
    public static CertificateStatus revoked(Instant time, RevocationReason reason) {
        return revoked(time, reason, null);
    }

    /** As {@link #revoked(Instant, RevocationReason)}, with the certificate's expiry (may be null). */
    public static CertificateStatus revoked(Instant time, RevocationReason reason, Instant notAfter) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(reason, "reason");
        return new CertificateStatus(Kind.REVOKED, time, reason, notAfter);
    }

    /** The CA never issued a certificate with this serial (or the serial cannot be one). */
    public static CertificateStatus neverIssued() {
        return NEVER_ISSUED;
    }

    public Kind kind() {
        return kind;
    }

    /** The revocation time; present exactly when {@link #kind()} is REVOKED. */
    public Optional<Instant> revocationTime() {
        return Optional.ofNullable(revocationTime);
    }

    /** The revocation reason; present exactly when {@link #kind()} is REVOKED. */
    public Optional<RevocationReason> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Instant> notAfter() {
        return Optional.ofNullable(notAfter);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateStatus other && kind == other.kind
                && Objects.equals(revocationTime, other.revocationTime) && reason == other.reason
                && Objects.equals(notAfter, other.notAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, revocationTime, reason, notAfter);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case GOOD -> "GOOD";
            case NEVER_ISSUED -> "NEVER_ISSUED";
            case REVOKED -> "REVOKED(" + revocationTime + ", " + reason + ")";
        };
    }
}
