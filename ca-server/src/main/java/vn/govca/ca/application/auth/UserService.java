package vn.govca.ca.application.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.domain.auth.PasswordHash;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.domain.ra.RaPolicy;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.AdministratorRole;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.infrastructure.AdministratorRepository;
import vn.govca.db.infrastructure.AgencyRepository;
import vn.govca.db.infrastructure.ProvinceRepository;
import vn.govca.pki.domain.GovCaException;

/**
 * Users of GovCA and their roles and scopes (issue 4 "Roles"): only a CA administrator creates
 * them. A subscriber manager is scoped to one province or to one central agency tree; the other
 * roles act everywhere. Passwords are hashed with Argon2id ({@link PasswordHash}); a client
 * certificate is bound by its SHA-256 fingerprint.
 */
@ApplicationScoped
public class UserService {

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ServerContext context;

    /**
     * A new user.
     *
     * @param scopeProvinceId a subscriber manager's province (exclusive with scopeAgencyId)
     * @param scopeAgencyId   a subscriber manager's agency tree root
     * @param password        at least 12 characters, or null for certificate-only login
     * @param certFingerprint SHA-256 hex of the user's client certificate, or null
     */
    public record NewUser(String username, String displayName, Role role, Long scopeProvinceId, Long scopeAgencyId,
                          char[] password, String certFingerprint, String email) {
    }

    @Transactional
    public AdministratorRecord create(Principal who, NewUser u) {
        RaPolicy.require(who, RaAction.MANAGE_USERS);
        if (u.role() == null) {
            throw GovCaException.malformed("role is required; one of " + java.util.Arrays.toString(Role.values()));
        }
        requireScopeFits(u);
        if (u.password() != null && u.password().length < 12) {
            throw GovCaException.policy("password has " + u.password().length + " characters; at least 12 required");
        }
        AdministratorRepository repo = new AdministratorRepository(em);
        String username = AdministratorRecord.normalizeUsername(u.username());
        if (repo.findByUsername(username).isPresent()) {
            throw GovCaException.conflict("user " + username + " already exists");
        }
        AdministratorRecord a;
        try {
            a = AdministratorRecord.enrol(username, u.displayName() == null ? username : u.displayName(),
                    AdministratorRole.valueOf(u.role().name()),
                    u.password() == null ? null : PasswordHash.hash(u.password()),
                    u.certFingerprint() == null ? null : new Sha256Hex(u.certFingerprint()),
                    context.clock().instant());
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed(e.getMessage());
        }
        if (u.scopeProvinceId() != null) {
            a.scopeToProvince(u.scopeProvinceId());
        } else if (u.scopeAgencyId() != null) {
            a.scopeToAgencyTree(u.scopeAgencyId());
        }
        if (u.email() != null && !u.email().isBlank()) {
            a.changeEmail(new vn.govca.pki.domain.name.EmailAddress(u.email().trim()).value());
        }
        repo.add(a);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("role", u.role().name());
        details.put("scopeProvinceId", u.scopeProvinceId());
        details.put("scopeAgencyId", u.scopeAgencyId());
        audit.record(who.auditName(), AuditTrail.ADMINISTRATOR_CREATED, "administrator " + a.username(),
                AuditOutcome.SUCCESS, details);
        return a;
    }

    public List<AdministratorRecord> list(Principal who) {
        RaPolicy.require(who, RaAction.MANAGE_USERS);
        return new AdministratorRepository(em).listByUsername();
    }

    private void requireScopeFits(NewUser u) {
        boolean scoped = u.scopeProvinceId() != null || u.scopeAgencyId() != null;
        if (u.role() != Role.SUBSCRIBER_MANAGER && scoped) {
            throw GovCaException.malformed("only a subscriber manager has a scope; " + u.role() + " acts everywhere");
        }
        if (u.scopeProvinceId() != null && u.scopeAgencyId() != null) {
            throw GovCaException.malformed("a scope is one province or one agency tree, not both");
        }
        if (u.scopeProvinceId() != null) {
            new ProvinceRepository(em).byId(u.scopeProvinceId()).orElseThrow(
                    () -> GovCaException.notFound("province #" + u.scopeProvinceId() + " not found"));
        }
        if (u.scopeAgencyId() != null) {
            new AgencyRepository(em).byId(u.scopeAgencyId()).orElseThrow(
                    () -> GovCaException.notFound("agency #" + u.scopeAgencyId() + " not found"));
        }
    }
}
