package vn.govca.ca.application.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.govca.db.domain.RaScope;
import vn.govca.db.infrastructure.AgencyRepository;
import jakarta.transaction.Transactional;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.domain.auth.CredentialStamp;
import vn.govca.ca.domain.auth.PasswordHash;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ca.infrastructure.auth.SessionTokens;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.infrastructure.AdministratorRepository;
import vn.govca.pki.domain.GovCaException;

/**
 * Who is calling: a TLS client certificate mapped to an administrator by its SHA-256
 * fingerprint, or a password login that yields a bearer token. Failed password logins count
 * towards a lockout; logins and failures are audited. A principal carries the stamp of the
 * credential it signed in with ({@link CredentialStamp}), so that RA web sessions and bearer tokens
 * end when that credential is reset ({@link #current}).
 */
@ApplicationScoped
public class AuthenticationService {

    /** {@link Principal#method()} of a password sign-in (bearer tokens and RA web sessions). */
    public static final String PASSWORD = "password";
    /** {@link Principal#method()} of a TLS client-certificate sign-in. */
    public static final String CLIENT_CERTIFICATE = "client-certificate";

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    ServerContext context;

    @Inject
    SessionTokens sessions;

    @Inject
    AuditTrail audit;

    /**
     * The administrator a client certificate belongs to, if any and enabled. A read on every API
     * call: joins a transaction but starts none (a transaction of its own cost a commit and two
     * autocommit switches per issuance).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Principal> byCertificate(X509Certificate cert) {
        Sha256Hex fp;
        try {
            fp = Sha256Hex.digestOf(cert.getEncoded());
        } catch (CertificateEncodingException e) {
            return Optional.empty();
        }
        Instant now = context.clock().instant();
        return new AdministratorRepository(em).findByCertFingerprint(fp)
                .filter(a -> a.enabled() && !cert.getNotAfter().toInstant().isBefore(now))
                .map(a -> principal(a, CLIENT_CERTIFICATE));
    }

    /**
     * {@code p} if the administrator's record still grants it: the account exists, is enabled, and
     * has the same role and scope as when {@code p} signed in, and the credential {@code p} signed in
     * with is unchanged (same {@link CredentialStamp}: a password reset or change ends the sessions
     * and tokens of password sign-ins; a client-certificate session ends only if another certificate
     * is bound). Other changes to the account (e-mail, display name, failed-login count) leave it
     * valid. Empty otherwise — the RA web UI then ends the session and a bearer token ends, so that
     * the change takes effect at the user's next page or call, on any node. A read: starts no
     * transaction.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Principal> current(Principal p) {
        return new AdministratorRepository(em).findByUsername(p.username())
                .filter(AdministratorRecord::enabled)
                .map(a -> principal(a, p.method()))
                .filter(p::equals);
    }

    /**
     * The principal of a live bearer token from {@link #login}, if the account still grants it
     * ({@link #current}); a token it no longer grants is ended. The in-memory token holds the
     * principal as it was at login, so the stored account is read on every call: a disabled account,
     * a new role or scope, or a reset password ends the token even when the change was made on
     * another node.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Principal> byToken(String token) {
        Optional<Principal> p = sessions.principal(token);
        if (p.isEmpty()) {
            return p;
        }
        Optional<Principal> granted = current(p.get());
        if (granted.isEmpty()) {
            sessions.end(token);
        }
        return granted;
    }

    /**
     * Checks a password; on success returns a bearer token. Unknown user, wrong password, a
     * disabled or locked account all give the same UNAUTHENTICATED answer.
     */
    @Transactional(dontRollbackOn = GovCaException.class)
    public SessionTokens.IssuedToken login(String username, char[] password, String from) {
        return sessions.issue(authenticate(username, password, from), context.config().sessionTtl());
    }

    /**
     * Checks a password and returns who logged in, without a bearer token (the RA web UI keeps
     * the principal in its HTTP session). Same refusals, lockout and audit as {@link #login}.
     */
    @Transactional(dontRollbackOn = GovCaException.class)
    public Principal authenticate(String username, char[] password, String from) {
        if (username == null || password == null || password.length > PasswordHash.MAX_PASSWORD_CHARS
                || username.length() > 64) {
            throw unauthenticated();
        }
        Instant now = context.clock().instant();
        Optional<AdministratorRecord> found = new AdministratorRepository(em)
                .findByUsername(AdministratorRecord.normalizeUsername(username));
        if (found.isEmpty()) {
            PasswordHash.verify(password, DUMMY_HASH); // same work as a real check: no user enumeration
            audit.record(username, AuditTrail.LOGIN_FAILED, "administrator " + username, AuditOutcome.FAILURE,
                    Map.of("from", from, "reason", "unknown user"));
            throw unauthenticated();
        }
        AdministratorRecord admin = found.get();
        boolean mayTry = admin.mayLogInAt(now);
        boolean ok = mayTry && PasswordHash.verify(password, admin.passwordHash());
        if (!ok) {
            if (mayTry) {
                admin.recordFailedLogin(now, context.config().maxLoginFailures(), context.config().lockout());
            }
            audit.record(admin.username(), AuditTrail.LOGIN_FAILED, "administrator " + admin.username(),
                    AuditOutcome.FAILURE, Map.of("from", from,
                            "reason", mayTry ? "wrong password" : "account disabled or locked"));
            throw unauthenticated();
        }
        admin.recordSuccessfulLogin();
        Principal p = principal(admin, PASSWORD);
        audit.record(p.auditName(), AuditTrail.LOGIN, "administrator " + admin.username(), AuditOutcome.SUCCESS,
                Map.of("from", from));
        return p;
    }

    private static GovCaException unauthenticated() {
        return new GovCaException(GovCaException.Category.UNAUTHENTICATED,
                "username or password is wrong, or the account is locked or disabled");
    }

    /**
     * The principal of an administrator signed in by {@code method}, with the scope of their role (a
     * subscriber manager's province or agency tree, none when unassigned; everywhere for the Cipher
     * Committee's roles) and the stamp of that method's stored credential.
     */
    private Principal principal(AdministratorRecord a, String method) {
        Role role = Role.valueOf(a.role().name());
        RaScope scope = RaScope.everywhere();
        if (role == Role.SUBSCRIBER_MANAGER) {
            scope = null;
            if (a.scopeProvinceId() != null) {
                scope = RaScope.province(a.scopeProvinceId());
            } else if (a.scopeAgencyId() != null) {
                scope = new AgencyRepository(em).byId(a.scopeAgencyId()).map(RaScope::agencyTree).orElse(null);
            }
        }
        return new Principal(a.id(), a.username(), role, method, scope, stamp(a, method));
    }

    /** The stamp of the credential {@code method} signs in with; null for a method of no stored credential. */
    private static CredentialStamp stamp(AdministratorRecord a, String method) {
        if (PASSWORD.equals(method)) {
            return CredentialStamp.ofPasswordHash(a.passwordHash());
        }
        if (CLIENT_CERTIFICATE.equals(method)) {
            return CredentialStamp.ofCertificateFingerprint(
                    a.certFingerprint() == null ? null : a.certFingerprint().value());
        }
        return null;
    }

    private static final String DUMMY_HASH = PasswordHash.hash("dummy-password-for-timing".toCharArray());
}
