package vn.govca.ca.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The error page's choice of words: which of "not found", "page expired", "not allowed" (also a
 * protected view opened without its CSRF token) or "server
 * error" happened, from the servlet error attributes. It shows what to do next and never the
 * exception itself (DESIGN invariant 7).
 */
@Named
@RequestScoped
public class ErrorView {

    /** Bundle key prefix: {@code error.<kind>.title} and {@code error.<kind>.hint}. */
    public String getKind() {
        Map<String, Object> attrs = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object ex = attrs.get("jakarta.servlet.error.exception");
        for (Throwable t = ex instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return "expired";
            }
            if (t instanceof ProtectedViewException) {
                return "forbidden"; // a protected view opened without the token of a link of this application
            }
        }
        Object status = attrs.get("jakarta.servlet.error.status_code");
        if (status instanceof Integer code) {
            return switch (code) {
                case 400 -> "badRequest";
                case 403 -> "forbidden";
                case 404 -> "notFound";
                default -> code >= 500 ? "internal" : "badRequest";
            };
        }
        return ex == null ? "generic" : "internal";
    }
}
