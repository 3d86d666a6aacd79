package vn.govca.ca.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.application.auth.AuthenticationService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.pki.domain.GovCaException;

/**
 * The sign-in page: a password (Argon2id, lockout after repeated failures — both in
 * {@link AuthenticationService}) or the TLS client certificate the browser presented on port 8443
 * (the server requests one; the certificate maps to an administrator by its SHA-256 fingerprint).
 * Both are POSTs carrying the view state; failures say only that sign-in failed (no user
 * enumeration) and leave the visitor without a signed-in session.
 */
@Named
@RequestScoped
public class LoginView {

    static final String CLIENT_CERTIFICATE = "jakarta.servlet.request.X509Certificate";
    private static final String HOME = "/home?faces-redirect=true";

    @Inject
    AuthenticationService authentication;

    @Inject
    AuditTrail audit;

    @Inject
    ServerContext context;

    @Inject
    RaSession session;

    private String username;
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null; // never rendered back
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Is there a client certificate on this TLS connection (the button is offered only then)? */
    public boolean isCertificatePresented() {
        return clientCertificate().isPresent();
    }

    public String signInWithPassword() {
        char[] pw = password == null ? new char[0] : password.toCharArray();
        password = null;
        try {
            return signIn(authentication.authenticate(username, pw, from()));
        } catch (GovCaException e) {
            UiMessages.error(e.category() == GovCaException.Category.UNAUTHENTICATED
                    ? "login.failed" : "error.category." + e.category().name());
            return null;
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    public String signInWithCertificate() {
        Optional<X509Certificate> cert = clientCertificate();
        if (cert.isEmpty()) {
            UiMessages.error("login.noCertificate");
            return null;
        }
        Optional<Principal> p = authentication.byCertificate(cert.get());
        if (p.isEmpty()) {
            audit.recordRefusal(cert.get().getSubjectX500Principal().getName(), AuditTrail.LOGIN_FAILED,
                    "ra-web", Map.of("from", from(), "reason", "client certificate of no enabled administrator"));
            UiMessages.error("login.certificateUnknown");
            return null;
        }
        audit.recordAlone(p.get().auditName(), AuditTrail.LOGIN, "administrator " + p.get().username(),
                AuditOutcome.SUCCESS, Map.of("from", from()));
        return signIn(p.get());
    }

    private String signIn(Principal p) {
        session.signIn(p, RaWebSettings.from(context.config().raw()).sessionSeconds());
        return HOME;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static String from() {
        return request().getRemoteAddr() + " (ra-web)";
    }

    private static Optional<X509Certificate> clientCertificate() {
        Object attr = request().getAttribute(CLIENT_CERTIFICATE);
        if (attr instanceof X509Certificate[] chain && chain.length > 0) {
            return Optional.of(chain[0]);
        }
        return Optional.empty();
    }
}
