package vn.govca.ca.application.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.domain.auth.PasswordHash;
import vn.govca.ca.domain.auth.OwnAccountRule;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.domain.auth.RoleAssignment;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.domain.ra.RaPolicy;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ca.infrastructure.auth.SessionTokens;
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
 * them, changes their role and scope, disables and re-enables them, and resets their password —
 * never on their own account where that could lock the Cipher Committee out ({@link OwnAccountRule}). A subscriber manager is scoped to one province or to one central agency tree; the other
 * roles act everywhere. Passwords are hashed with Argon2id ({@link PasswordHash}); a client
 * certificate is bound by its SHA-256 fingerprint.
 */
@ApplicationScoped
public class UserService {

    public static final String ROLE_CHANGED = "ADMINISTRATOR_ROLE_CHANGED";
    public static final String DISABLED = "ADMINISTRATOR_DISABLED";
    public static final String ENABLED = "ADMINISTRATOR_ENABLED";
    public static final String PASSWORD_RESET = "ADMINISTRATOR_PASSWORD_RESET";

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ServerContext context;

    @Inject
    SessionTokens sessions;

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
        requireScopeExists(new RoleAssignment(u.role(), u.scopeProvinceId(), u.scopeAgencyId()));
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

    /**
     * Gives {@code username} a new role and scope (a subscriber manager's province or agency tree).
     * The user's bearer tokens end at once, so the next call is made with the new rights after a new
     * login; their own account is refused ({@link OwnAccountRule}).
     */
    @Transactional
    public AdministratorRecord assignRole(Principal who, String username, Role role, Long scopeProvinceId,
                                          Long scopeAgencyId) {
        RaPolicy.require(who, RaAction.MANAGE_USERS);
        RoleAssignment assignment = new RoleAssignment(role, scopeProvinceId, scopeAgencyId);
        AdministratorRecord a = account(username);
        OwnAccountRule.refuseOwn(who, a.id(), "change the role of");
        requireScopeExists(assignment);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromRole", a.role().name());
        details.put("fromScopeProvinceId", a.scopeProvinceId());
        details.put("fromScopeAgencyId", a.scopeAgencyId());
        a.changeRole(AdministratorRole.valueOf(assignment.role().name()));
        if (assignment.scopeProvinceId() != null) {
            a.scopeToProvince(assignment.scopeProvinceId());
        } else if (assignment.scopeAgencyId() != null) {
            a.scopeToAgencyTree(assignment.scopeAgencyId());
        } else {
            a.clearScope();
        }
        em.flush();
        details.put("role", assignment.role().name());
        details.put("scopeProvinceId", assignment.scopeProvinceId());
        details.put("scopeAgencyId", assignment.scopeAgencyId());
        sessions.revokeAll(a.id());
        audit.record(who.auditName(), ROLE_CHANGED, "administrator " + a.username(), AuditOutcome.SUCCESS, details);
        return a;
    }

    /** Disables (locks) an account: no login of any kind, and its bearer tokens end at once. */
    @Transactional
    public AdministratorRecord disable(Principal who, String username) {
        RaPolicy.require(who, RaAction.MANAGE_USERS);
        AdministratorRecord a = account(username);
        OwnAccountRule.refuseOwn(who, a.id(), "disable");
        if (!a.enabled()) {
            throw GovCaException.conflict("user " + a.username() + " is already disabled");
        }
        a.disable();
        em.flush();
        sessions.revokeAll(a.id());
        audit.record(who.auditName(), DISABLED, "administrator " + a.username(), AuditOutcome.SUCCESS, Map.of());
        return a;
    }

    /**
     * Enables a disabled account, or unlocks one that repeated wrong passwords locked for a while;
     * either way its failed-login count starts again. CONFLICT when it is enabled and not locked.
     */
    @Transactional
    public AdministratorRecord enable(Principal who, String username) {
        RaPolicy.require(who, RaAction.MANAGE_USERS);
        AdministratorRecord a = account(username);
        Instant now = context.clock().instant();
        boolean locked = a.lockedUntil() != null && now.isBefore(a.lockedUntil());
        if (a.enabled() && !locked) {
            throw GovCaException.conflict("user " + a.username() + " is enabled and not locked");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("wasEnabled", a.enabled());
        details.put("wasLockedUntil", locked ? a.lockedUntil().toString() : null);
        a.enable();
        em.flush();
        audit.record(who.auditName(), ENABLED, "administrator " + a.username(), AuditOutcome.SUCCESS, details);
        return a;
    }

    /**
     * Sets a new password chosen by the administrator (the user forgot theirs, or it leaked); the
     * user's bearer tokens end at once. At least 12 characters (POLICY_VIOLATION otherwise); the
     * password itself is never logged or audited.
     */
    @Transactional
    public AdministratorRecord resetPassword(Principal who, String username, char[] password) {
        RaPolicy.require(who, RaAction.MANAGE_USERS);
        AdministratorRecord a = account(username);
        if (password == null || password.length == 0) {
            throw GovCaException.malformed("password is required");
        }
        a.changePasswordHash(PasswordHash.hash(password));
        em.flush();
        sessions.revokeAll(a.id());
        audit.record(who.auditName(), PASSWORD_RESET, "administrator " + a.username(), AuditOutcome.SUCCESS,
                Map.of());
        return a;
    }

    private AdministratorRecord account(String username) {
        if (username == null || username.isBlank()) {
            throw GovCaException.malformed("username is required");
        }
        String stored;
        try {
            stored = AdministratorRecord.normalizeUsername(username.strip());
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed(e.getMessage());
        }
        return new AdministratorRepository(em).findByUsername(stored)
                .orElseThrow(() -> GovCaException.notFound("user " + stored + " not found"));
    }

    private void requireScopeExists(RoleAssignment r) {
        if (r.scopeProvinceId() != null) {
            new ProvinceRepository(em).byId(r.scopeProvinceId()).orElseThrow(
                    () -> GovCaException.notFound("province #" + r.scopeProvinceId() + " not found"));
        }
        if (r.scopeAgencyId() != null) {
            new AgencyRepository(em).byId(r.scopeAgencyId()).orElseThrow(
                    () -> GovCaException.notFound("agency #" + r.scopeAgencyId() + " not found"));
        }
    }
}
