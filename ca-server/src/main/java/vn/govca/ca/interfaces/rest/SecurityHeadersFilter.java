package vn.govca.ca.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/** Security headers on every response; API responses are never cached. */
@Provider
public class SecurityHeadersFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        MultivaluedMap<String, Object> h = res.getHeaders();
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        h.putSingle("Referrer-Policy", "no-referrer");
        if (req.getUriInfo().getPath().contains("api/v1")) {
            h.putSingle("Cache-Control", "no-store");
        }
        if (req.getSecurityContext() != null && req.getSecurityContext().isSecure()) {
            h.putSingle("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
