package vn.govca.ca.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * Everything that is not a {@link GovCaException}: JAX-RS errors keep their status with a problem
 * body; unreadable JSON is a 400; anything else is logged and answered with a generic 500 whose
 * body never carries a stack trace (DESIGN invariant 7).
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable t) {
        Throwable root = unwrap(t);
        if (root instanceof GovCaException g) {
            return new GovCaExceptionMapper().toResponse(g);
        }
        if (root instanceof vn.govca.db.domain.RecordStateException
                || root instanceof vn.govca.db.infrastructure.DuplicateKeyException) {
            return Problem.of(Category.CONFLICT, firstLine(root.getMessage())).toResponse();
        }
        if (root instanceof JsonbException || root instanceof JsonParsingException
                || root instanceof ProcessingException) {
            return Problem.of(Category.MALFORMED, "request body is not valid JSON for this resource: "
                    + firstLine(root.getMessage()).replaceFirst("^Internal error: ", "")).toResponse();
        }
        if (root instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status < 500) {
                return new Problem("about:blank", w.getResponse().getStatusInfo().getReasonPhrase(),
                        status, detail(w), statusCategory(status)).toResponse();
            }
        }
        LOG.log(Level.SEVERE, "unexpected error", t);
        return Problem.of(Category.INTERNAL, "the server could not complete the request; the incident is logged")
                .toResponse();
    }

    private static String detail(WebApplicationException w) {
        if (w instanceof NotAllowedException) {
            return "method not allowed on this resource; allowed: " + w.getResponse().getAllowedMethods();
        }
        if (w instanceof NotSupportedException) {
            return "unsupported content type; send application/json";
        }
        return w.getResponse().getStatus() == 404 ? "no resource at this path" : firstLine(w.getMessage());
    }

    private static String statusCategory(int status) {
        return switch (status) {
            case 401 -> Category.UNAUTHENTICATED.name();
            case 403 -> Category.FORBIDDEN.name();
            case 404 -> Category.NOT_FOUND.name();
            case 409 -> Category.CONFLICT.name();
            case 413 -> Category.TOO_LARGE.name();
            default -> Category.MALFORMED.name();
        };
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        for (int i = 0; i < 10 && cur != null; i++) {
            if (cur instanceof GovCaException) {
                return cur;
            }
            if (cur instanceof EJBException || cur.getClass().getName().startsWith("jakarta.transaction")
                    || (cur instanceof ProcessingException && cur.getCause() != null)) {
                cur = cur.getCause();
                continue;
            }
            return cur;
        }
        return t;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
