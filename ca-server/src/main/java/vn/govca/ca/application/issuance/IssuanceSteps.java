package vn.govca.ca.application.issuance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.IssuanceRecord;
import vn.govca.db.domain.RecordStateException;
import vn.govca.db.domain.SearchText;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.db.infrastructure.IssuanceRecordRepository;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.PreparedCertificate;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.name.SubjectName;

/**
 * The database steps of the issuance cycle, each in a transaction of its own so that the
 * reservation is committed before the CA key signs (DESIGN invariant 1).
 */
@ApplicationScoped
public class IssuanceSteps {

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * Commits the serial and the linted TBS. A serial already used by this CA surfaces as
     * {@link vn.govca.db.infrastructure.DuplicateSerialException} and nothing is stored.
     *
     * @return the id of the reserved certificate row
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long reserve(long caId, PreparedCertificate prepared, String requestedBy, Instant now) {
        // GovCA's DN form ("C=VN, O=..., CN=..."), as CA records store it: not Bouncy Castle's
        // X500Name.toString(), whose separators and escaping depend on a name style.
        String dn = SubjectName.fromX500Name(prepared.subject()).toString();
        CertificateRecord cert = new CertificateRepository(em).reserve(CertificateRecord.reserve(caId,
                SerialHex.of(prepared.serial().hex()), dn, SearchText.fold(dn), prepared.profile().name(),
                prepared.notBefore(), prepared.notAfter(), now));
        new IssuanceRecordRepository(em).add(IssuanceRecord.reserved(cert.id(), prepared.tbsDer(), requestedBy, now));
        return cert.id();
    }

    /**
     * Stores the signed certificate and audits the issuance in one transaction. The reservation
     * is updated in place, guarded by its RESERVED state, not read back: this runs on every
     * issuance.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(long certificateId, long caId, SignedCertificate signed, String actor, Map<String, ?> details,
                         Instant now) {
        try {
            new CertificateRepository(em).storeSigned(certificateId, signed.der(), Sha256Hex.digestOf(signed.der()),
                    now);
            new IssuanceRecordRepository(em).markSigned(certificateId, now);
        } catch (RecordStateException e) {
            throw GovCaException.internal("reservation " + certificateId + " cannot be completed", e);
        }
        audit.record(actor, AuditTrail.CERTIFICATE_ISSUED, target(caId, SerialHex.of(signed.serial().hex())),
                AuditOutcome.SUCCESS, details);
    }

    /** Marks a reservation whose signing failed; the serial is never reused. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long certificateId, String reason, String actor, Map<String, ?> details, Instant now) {
        CertificateRecord cert = certificate(certificateId);
        cert.markFailed(now);
        issuance(certificateId).markFailed(reason, now);
        audit.record(actor, AuditTrail.ISSUANCE_FAILED, target(cert.caId(), cert.serial()), AuditOutcome.FAILURE,
                details);
    }

    private CertificateRecord certificate(long id) {
        return new CertificateRepository(em).findById(id)
                .orElseThrow(() -> GovCaException.internal("reserved certificate row " + id + " vanished", null));
    }

    private IssuanceRecord issuance(long certificateId) {
        return new IssuanceRecordRepository(em).findByCertificateId(certificateId)
                .orElseThrow(() -> GovCaException.internal("issuance record of certificate " + certificateId
                        + " vanished", null));
    }

    private static String target(long caId, SerialHex serial) {
        return "certificate ca=" + caId + " serial=" + serial.value();
    }
}
