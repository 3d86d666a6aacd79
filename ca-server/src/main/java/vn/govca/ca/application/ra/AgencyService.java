package vn.govca.ca.application.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.domain.ra.RaPolicy;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.AgencyDetails;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.db.domain.RaScope;
import vn.govca.db.infrastructure.AgencyRepository;
import vn.govca.db.infrastructure.ProvinceRepository;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.identity.BudgetCode;
import vn.govca.pki.domain.identity.TaxCode;
import vn.govca.pki.domain.name.EmailAddress;

/**
 * Provinces and agency trees (issue 4 "Model"): the Cipher Committee manages central bodies and
 * the province list; a subscriber manager manages the agencies of their own province, or below
 * their own agency tree. Every change is audited in its transaction.
 */
@ApplicationScoped
public class AgencyService {

    public static final String AGENCY_CREATED = "RA_AGENCY_CREATED";
    public static final String AGENCY_UPDATED = "RA_AGENCY_UPDATED";

    @PersistenceContext
    EntityManager em;

    @Inject
    RaRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    ServerContext context;

    /** The provinces (reference data, visible to everyone who may view). */
    public List<ProvinceRecord> provinces(Principal who) {
        RaPolicy.require(who, RaAction.VIEW);
        return new ProvinceRepository(em).all();
    }

    /**
     * Creates an agency: below {@code parentId} when given (inheriting its province), otherwise a
     * tree root in {@code provinceId} (null: a central body, CA administrators only). CONFLICT when
     * that province is inactive ({@link ActiveProvinces}).
     */
    @Transactional
    public AgencyRecord create(Principal who, Long provinceId, Long parentId, AgencyDetails details) {
        RaPolicy.require(who, RaAction.MANAGE_AGENCIES);
        AgencyDetails checked = checked(details);
        AgencyRecord agency;
        if (parentId != null) {
            AgencyRecord parent = records.agency(who, parentId);
            new ActiveProvinces(em).require(parent.provinceId(), "agency");
            agency = AgencyRecord.childOf(parent, checked, context.clock().instant());
        } else {
            requireMayCreateRoot(who, provinceId);
            if (provinceId != null) {
                new ProvinceRepository(em).byId(provinceId)
                        .orElseThrow(() -> GovCaException.notFound("province #" + provinceId + " not found"));
                new ActiveProvinces(em).require(provinceId, "agency");
            }
            agency = AgencyRecord.root(provinceId, checked, context.clock().instant());
        }
        new AgencyRepository(em).save(agency);
        audit.record(who.auditName(), AGENCY_CREATED, "agency #" + agency.id(), AuditOutcome.SUCCESS,
                describe(agency));
        return agency;
    }

    @Transactional
    public AgencyRecord update(Principal who, long id, AgencyDetails details) {
        RaPolicy.require(who, RaAction.MANAGE_AGENCIES);
        AgencyRecord agency = records.agency(who, id);
        if (isScopeRoot(who, agency)) {
            throw new GovCaException(GovCaException.Category.FORBIDDEN,
                    "agency #" + id + " is the root of " + who.username() + "'s scope; a CA administrator edits it");
        }
        agency.update(checked(details), context.clock().instant());
        new AgencyRepository(em).save(agency);
        audit.record(who.auditName(), AGENCY_UPDATED, "agency #" + agency.id(), AuditOutcome.SUCCESS,
                describe(agency));
        return agency;
    }

    public AgencyRecord get(Principal who, long id) {
        RaPolicy.require(who, RaAction.VIEW);
        return records.agency(who, id);
    }

    /** The children of an agency, or (parent null) the tree roots of a province / the central bodies. */
    public List<AgencyRecord> children(Principal who, Long parentId, Long provinceId) {
        RaPolicy.require(who, RaAction.VIEW);
        AgencyRepository repo = new AgencyRepository(em);
        if (parentId != null) {
            records.agency(who, parentId);
            return repo.children(parentId);
        }
        RaScope scope = who.requireScope();
        return repo.roots(provinceId).stream().filter(scope::covers).toList();
    }

    /** Agencies in scope whose name starts with {@code text} (accents and case folded). */
    public List<AgencyRecord> search(Principal who, String text, int limit) {
        RaPolicy.require(who, RaAction.VIEW);
        return new AgencyRepository(em).nameSearch(who.requireScope(), text == null ? "" : text,
                Math.max(1, Math.min(limit, AgencyRepository.MAX_PAGE_SIZE)));
    }

    private static void requireMayCreateRoot(Principal who, Long provinceId) {
        if (who.role() == Role.CA_ADMIN) {
            return;
        }
        RaScope scope = who.requireScope();
        if (provinceId == null || scope.agencyPath() != null || !Objects.equals(scope.provinceId(), provinceId)) {
            throw new GovCaException(GovCaException.Category.FORBIDDEN, who.username() + " (" + who.scopeText()
                    + ") may create agencies only inside their scope; give parentId of an agency there");
        }
    }

    private static boolean isScopeRoot(Principal who, AgencyRecord agency) {
        RaScope scope = who.scope();
        return who.role() == Role.SUBSCRIBER_MANAGER && scope != null && agency.path().equals(scope.agencyPath());
    }

    /** Validates the optional identifiers with the same value objects certificates use. */
    static AgencyDetails checked(AgencyDetails d) {
        if (d == null || d.name() == null || d.name().isBlank()) {
            throw GovCaException.malformed("agency name is required");
        }
        String tax = d.taxCode() == null || d.taxCode().isBlank() ? null : new TaxCode(d.taxCode().trim()).value();
        String budget = d.budgetCode() == null || d.budgetCode().isBlank() ? null
                : new BudgetCode(d.budgetCode().trim()).value();
        String email = d.email() == null || d.email().isBlank() ? null : new EmailAddress(d.email().trim()).value();
        return new AgencyDetails(java.text.Normalizer.normalize(d.name().trim(), java.text.Normalizer.Form.NFC),
                tax, budget, d.address() == null || d.address().isBlank() ? null : d.address().trim(), email);
    }

    private static Map<String, Object> describe(AgencyRecord a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("provinceId", a.provinceId());
        m.put("parentId", a.parentId());
        m.put("path", a.path());
        return m;
    }
}
