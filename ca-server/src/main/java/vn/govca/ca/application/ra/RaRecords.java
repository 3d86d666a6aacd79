package vn.govca.ca.application.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.AgencyRepository;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.db.infrastructure.RaRequestRepository;
import vn.govca.db.infrastructure.SubscriberRepository;
import vn.govca.pki.domain.GovCaException;

/**
 * Scoped look-ups of the registration authority's records (DESIGN invariant 8). Every look-up by
 * id goes through the caller's scope in SQL: a record outside it is "not found", exactly like a
 * record that does not exist, so a subscriber manager cannot probe other provinces' ids by editing
 * URLs or crafting REST calls.
 */
@ApplicationScoped
public class RaRecords {

    @PersistenceContext
    EntityManager em;

    public AgencyRecord agency(Principal who, long id) {
        return new AgencyRepository(em).byIdInScope(id, who.requireScope())
                .orElseThrow(() -> GovCaException.notFound("agency #" + id + " not found"));
    }

    public SubscriberRecord subscriber(Principal who, long id) {
        return new SubscriberRepository(em).byIdInScope(id, who.requireScope())
                .orElseThrow(() -> GovCaException.notFound("subscriber #" + id + " not found"));
    }

    public RaRequestRecord request(Principal who, long id) {
        return new RaRequestRepository(em).byIdInScope(id, who.requireScope())
                .orElseThrow(() -> GovCaException.notFound("request #" + id + " not found"));
    }

    /** The request, locked for this transaction (approvals and transitions of one request serialize). */
    public RaRequestRecord requestForUpdate(Principal who, long id) {
        request(who, id);
        return new RaRequestRepository(em).byIdForUpdate(id)
                .orElseThrow(() -> GovCaException.notFound("request #" + id + " not found"));
    }

    public CertificateRecord certificate(Principal who, long id) {
        return new CertificateRepository(em).findByIdInScope(id, who.requireScope())
                .filter(c -> c.der() != null)
                .orElseThrow(() -> GovCaException.notFound("certificate #" + id + " not found"));
    }
}
