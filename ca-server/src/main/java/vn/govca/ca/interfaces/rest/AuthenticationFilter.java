package vn.govca.ca.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.security.cert.X509Certificate;
import java.util.Optional;
import vn.govca.ca.application.auth.AuthenticationService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * Authenticates every {@code /api/v1} call except the OpenAPI document and the login itself:
 * a TLS client certificate of an enrolled administrator, or a bearer token from a password
 * login. The API answers over HTTPS only. Missing or unknown credentials → 401; what a role
 * may do is checked by the services (403).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    /** Request property holding the authenticated {@link Principal}. */
    public static final String PRINCIPAL = "govca.principal";

    @Context
    HttpServletRequest servletRequest;

    @Inject
    AuthenticationService authentication;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (!p.startsWith("api/v1") || p.startsWith("api/v1/openapi")) {
            return;
        }
        if (!servletRequest.isSecure()) {
            ctx.abortWith(Problem.of(Category.FORBIDDEN,
                    "the REST API is served over HTTPS only (port 8443)").toResponse());
            return;
        }
        if (p.equals("api/v1/auth/login")) {
            return;
        }
        Optional<Principal> principal = fromCertificate().or(() -> fromBearer(ctx));
        if (principal.isEmpty()) {
            ctx.abortWith(Problem.of(Category.UNAUTHENTICATED, "authenticate with an administrator's TLS client "
                    + "certificate or with 'Authorization: Bearer <token>' from POST /api/v1/auth/login")
                    .toResponse());
            return;
        }
        servletRequest.setAttribute(PRINCIPAL, principal.get());
    }

    private Optional<Principal> fromCertificate() {
        Object attr = servletRequest.getAttribute("jakarta.servlet.request.X509Certificate");
        if (attr instanceof X509Certificate[] chain && chain.length > 0) {
            return authentication.byCertificate(chain[0]);
        }
        return Optional.empty();
    }

    private Optional<Principal> fromBearer(ContainerRequestContext ctx) {
        String h = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authentication.byToken(h.substring(7).trim());
        }
        return Optional.empty();
    }

    /** The principal the filter stored for this request. */
    static Principal principal(HttpServletRequest request) {
        Object p = request.getAttribute(PRINCIPAL);
        if (!(p instanceof Principal principal)) {
            throw new vn.govca.pki.domain.GovCaException(Category.UNAUTHENTICATED, "not authenticated");
        }
        return principal;
    }
}
