package vn.govca.ca.application.ca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.CaKey;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.infrastructure.CertificateAuthorityRepository;
import vn.govca.pki.domain.GovCaException;

/** The transactional steps of the CA lifecycle; each audits what it changes. */
@ApplicationScoped
public class CaRecords {

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CaActivated> activated;

    /** Registers a CA whose certificate does not exist yet; the name must be free. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long registerAwaiting(String name, String subjectDn, CaKey key, Long parentId, Instant now) {
        CertificateAuthorityRepository repo = new CertificateAuthorityRepository(em);
        if (repo.findByName(name).isPresent()) {
            throw GovCaException.conflict("a CA named '" + name + "' already exists");
        }
        return repo.add(CertificateAuthorityRecord.awaitingCertificate(name, subjectDn, key, parentId, now)).id();
    }

    /**
     * Registers a CA whose certificate an external CA will sign, and audits the new CA key and
     * its exported CSR in the same transaction (DESIGN invariant 6: CA changes are audited).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long registerExternal(String name, String subjectDn, CaKey key, String actor, Map<String, ?> details,
                                 Instant now) {
        long id = registerAwaiting(name, subjectDn, key, null, now);
        audit.record(actor, AuditTrail.CA_CSR_EXPORTED, "ca " + name, AuditOutcome.SUCCESS, details);
        return id;
    }

    /**
     * Activates a CA with its certificate and audits the event in the same transaction; after
     * commit, observers of {@link CaActivated} (CRL schedule, OCSP) start serving it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void activate(long caId, byte[] der, String serialHex, Instant notBefore, Instant notAfter,
                         String actor, String action, Map<String, ?> details, Instant now) {
        CertificateAuthorityRecord ca = new CertificateAuthorityRepository(em).findById(caId)
                .orElseThrow(() -> GovCaException.notFound("CA id " + caId + " vanished"));
        ca.activate(der, SerialHex.of(serialHex), notBefore, notAfter, now);
        audit.record(actor, action, "ca " + ca.name(), AuditOutcome.SUCCESS, details);
        activated.fire(new CaActivated(ca.id(), ca.name()));
    }
}
