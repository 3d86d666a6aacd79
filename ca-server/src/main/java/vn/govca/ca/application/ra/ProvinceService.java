package vn.govca.ca.application.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.ProvinceChange;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.domain.ra.RaPolicy;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.db.infrastructure.ProvinceRepository;
import vn.govca.pki.domain.GovCaException;

/**
 * Editing the province list (issue 4: the 34 provincial units since 1 July 2025 are seed data,
 * editable): the administrative map changes by law, so a CA administrator renames a unit, changes
 * its kind, or deactivates a merged one; rows are never deleted (agencies, subscribers and
 * certificates refer to them) and the official code never changes. Everyone else is refused
 * (MANAGE_REFERENCE_DATA). Listing stays with {@link AgencyService#provinces}.
 */
@ApplicationScoped
public class ProvinceService {

    public static final String PROVINCE_UPDATED = "RA_PROVINCE_UPDATED";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * Applies an edit given as text (a form's or a JSON body's); the role is checked before the
     * input, so a caller who may not edit learns nothing from validation messages.
     *
     * @param active null: unchanged
     */
    @Transactional
    public ProvinceRecord update(Principal who, long id, String name, String kind, Boolean active) {
        RaPolicy.require(who, RaAction.MANAGE_REFERENCE_DATA);
        ProvinceChange change = ProvinceChange.parse(name, kind, active);
        ProvinceRepository repo = new ProvinceRepository(em);
        ProvinceRecord p = repo.byId(id).orElseThrow(() -> GovCaException.notFound("province #" + id + " not found"));
        for (ProvinceRecord other : repo.all()) {
            if (!other.id().equals(p.id()) && change.sameNameAs(other.name())) {
                throw GovCaException.conflict("province name '" + change.name() + "' is already used by province #"
                        + other.id() + " (code " + other.code() + ")");
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", p.code());
        details.put("fromName", p.name());
        details.put("fromKind", p.kind().name());
        details.put("fromActive", p.active());
        p.rename(change.name(), change.kind());
        if (Boolean.TRUE.equals(change.active())) {
            p.activate();
        } else if (Boolean.FALSE.equals(change.active())) {
            p.deactivate();
        }
        em.flush();
        details.put("name", p.name());
        details.put("kind", p.kind().name());
        details.put("active", p.active());
        audit.record(who.auditName(), PROVINCE_UPDATED, "province #" + p.id(), AuditOutcome.SUCCESS, details);
        return p;
    }
}
