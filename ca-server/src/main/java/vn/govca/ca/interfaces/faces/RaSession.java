package vn.govca.ca.interfaces.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.pki.domain.GovCaException;

/**
 * The RA web session: who signed in and which language they read (Vietnamese first, English on
 * request). The {@link Principal} lives in the HTTP session under {@link #PRINCIPAL}, where
 * {@link RaWebFilter} checks it before any page but the login page is served. Signing in changes the
 * session id (no session fixation); signing out invalidates the session.
 */
@Named("raSession")
@SessionScoped
public class RaSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** HTTP session attribute holding the signed-in {@link Principal}. */
    public static final String PRINCIPAL = "vn.govca.ra.principal";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** POST action of the vi/en switch: the same page again, in the other language. */
    public String switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
        FacesContext ctx = FacesContext.getCurrentInstance();
        ctx.getViewRoot().setLocale(locale);
        return ctx.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public boolean isSignedIn() {
        return principal().isPresent();
    }

    public String getUsername() {
        return principal().map(Principal::username).orElse("");
    }

    /** Bundle key of the role's name, e.g. {@code role.CA_ADMIN}. */
    public String getRoleKey() {
        return principal().map(p -> "role." + p.role().name()).orElse("role.none");
    }

    public String getMethodKey() {
        return principal().map(p -> "method." + p.method()).orElse("method.none");
    }

    /** The signed-in principal; UNAUTHENTICATED when the session has none (the filter normally prevents that). */
    public Principal requirePrincipal() {
        return principal().orElseThrow(() -> new GovCaException(GovCaException.Category.UNAUTHENTICATED,
                "the session has expired or you are not signed in; sign in again"));
    }

    Optional<Principal> principal() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (ctx == null) {
            return Optional.empty();
        }
        Object p = ctx.getExternalContext().getSessionMap().get(PRINCIPAL);
        return p instanceof Principal principal ? Optional.of(principal) : Optional.empty();
    }

    /** Binds {@code p} to a fresh session id, with the configured idle timeout. */
    void signIn(Principal p, int timeoutSeconds) {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setMaxInactiveInterval(timeoutSeconds);
        session.setAttribute(PRINCIPAL, p);
    }

    /** POST action of the sign-out button: the session and everything in it end here. */
    public String signOut() {
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        return "/login?faces-redirect=true";
    }
}
