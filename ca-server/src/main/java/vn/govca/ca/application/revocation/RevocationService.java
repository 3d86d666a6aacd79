package vn.govca.ca.application.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.RevocationReason;
import vn.govca.pki.domain.cert.SerialNumber;
import vn.govca.pki.domain.profile.CertificateProfile;

/**
 * Changes a certificate's status: revoke with an RFC 5280 reason, suspend (certificateHold,
 * only where the profile allows it), reinstate a suspended certificate, and change a revoked
 * certificate's reason to keyCompromise. Each change and its audit row commit together
 * (DESIGN invariant 6); after commit a {@link StatusChanged} event tells the status publishers
 * (OCSP, CRL). Forbidden transitions are a 409 that changes nothing.
 */
@ApplicationScoped
public class RevocationService {

    public static final String CERTIFICATE_REVOKED = "CERTIFICATE_REVOKED";
    public static final String CERTIFICATE_SUSPENDED = "CERTIFICATE_SUSPENDED";
    public static final String CERTIFICATE_REINSTATED = "CERTIFICATE_REINSTATED";
    public static final String REVOCATION_REASON_CHANGED = "REVOCATION_REASON_CHANGED";

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    ServerContext context;

    @Inject
    CaDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Event<StatusChanged> statusChanged;

    /** What the status publishers hear after a committed change. */
    public record StatusChanged(long caId, String caName, String serialHex) {
    }

    /**
     * Revokes or suspends. An ACTIVE certificate may be revoked for any reason or put on hold; an
     * ON_HOLD one may be revoked for good; a REVOKED one only moves to keyCompromise.
     */
    @Transactional
    public CertificateRecord revoke(Principal who, String caName, String serial, String reasonText,
                                    Instant invalidityDate) {
        who.requireAnyOf("revoke certificates", Role.CA_ADMIN, Role.CA_OPERATOR);
        RevocationReason reason = RevocationReason.parse(reasonText);
        CertificateAuthorityRecord ca = directory.find(caName);
        CertificateRecord cert = find(ca, serial);
        Instant now = context.clock().instant();
        if (invalidityDate != null && invalidityDate.isAfter(now)) {
            throw GovCaException.malformed("invalidityDate " + invalidityDate + " is in the future");
        }
        String action = switch (cert.status()) {
            case ACTIVE -> {
                requireNotExpired(cert, now);
                if (reason == RevocationReason.CERTIFICATE_HOLD) {
                    requireSuspensionAllowed(cert);
                    cert.hold(now);
                    yield CERTIFICATE_SUSPENDED;
                }
                cert.revoke(reason.code(), now, invalidityDate);
                yield CERTIFICATE_REVOKED;
            }
            case ON_HOLD -> {
                if (reason == RevocationReason.CERTIFICATE_HOLD) {
                    throw GovCaException.conflict("certificate " + cert.serial().value() + " is already on hold");
                }
                cert.revoke(reason.code(), now, invalidityDate);
                yield CERTIFICATE_REVOKED;
            }
            case REVOKED -> {
                if (reason != RevocationReason.KEY_COMPROMISE) {
                    throw GovCaException.conflict("certificate " + cert.serial().value() + " is already revoked ("
                            + RevocationReason.ofCode(cert.revocationReason()).rfcName()
                            + "); only a change to keyCompromise is allowed");
                }
                cert.changeReasonToKeyCompromise(now, invalidityDate);
                yield REVOCATION_REASON_CHANGED;
            }
            default -> throw GovCaException.conflict("certificate " + cert.serial().value() + " is "
                    + cert.status() + " and has no status to change");
        };
        auditAndPublish(who, action, ca, cert, reason, invalidityDate);
        return cert;
    }

    /** Releases a certificate from hold (certificateHold → good). */
    @Transactional
    public CertificateRecord reinstate(Principal who, String caName, String serial) {
        who.requireAnyOf("reinstate certificates", Role.CA_ADMIN, Role.CA_OPERATOR);
        CertificateAuthorityRecord ca = directory.find(caName);
        CertificateRecord cert = find(ca, serial);
        if (cert.status() != CertificateStatus.ON_HOLD) {
            throw GovCaException.conflict("certificate " + cert.serial().value() + " is " + cert.status()
                    + "; only a certificate on hold can be reinstated");
        }
        Instant now = context.clock().instant();
        requireNotExpired(cert, now);
        cert.releaseHold(now);
        auditAndPublish(who, CERTIFICATE_REINSTATED, ca, cert, null, null);
        return cert;
    }

    private CertificateRecord find(CertificateAuthorityRecord ca, String serial) {
        String hex = SerialNumber.fromHex(serial).hex();
        return new CertificateRepository(em).findBySerial(ca.id(), SerialHex.of(hex))
                .filter(c -> c.der() != null)
                .orElseThrow(() -> GovCaException.notFound("CA '" + ca.name() + "' has issued no certificate with serial "
                        + hex));
    }

    private static void requireNotExpired(CertificateRecord cert, Instant now) {
        if (!cert.notAfter().isAfter(now)) {
            throw GovCaException.conflict("certificate " + cert.serial().value() + " expired at " + cert.notAfter());
        }
    }

    /** POLICY unless the certificate's profile allows suspension (certificateHold) and reinstatement. */
    public void requireSuspensionAllowed(CertificateRecord cert) {
        CertificateProfile p = context.profiles().find(cert.profileName()).orElse(null);
        if (p == null || !p.suspensionAllowed()) {
            throw GovCaException.policy("profile " + cert.profileName() + " does not allow suspension "
                    + "(certificateHold); revoke with another reason");
        }
    }

    private void auditAndPublish(Principal who, String action, CertificateAuthorityRecord ca, CertificateRecord cert,
                                 RevocationReason reason, Instant invalidityDate) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ca", ca.name());
        d.put("serial", cert.serial().value());
        d.put("subject", cert.subjectDn());
        d.put("reason", reason == null ? null : reason.rfcName());
        d.put("invalidityDate", invalidityDate == null ? null : invalidityDate.toString());
        audit.record(who.auditName(), action, "certificate ca=" + ca.id() + " serial=" + cert.serial().value(),
                AuditOutcome.SUCCESS, d);
        statusChanged.fire(new StatusChanged(ca.id(), ca.name(), cert.serial().value()));
    }
}
