package vn.govca.ca.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.govca.pki.domain.GovCaException;

/**
 * An RFC 9457 problem details body. The {@code type} URI names the error category, so a client
 * can branch on it without parsing the human-readable {@code detail}.
 */
public record Problem(String type, String title, int status, String detail, String category) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "urn:govca:problem:";

    public static Problem of(GovCaException e) {
        GovCaException.Category c = e.category();
        return new Problem(TYPE_BASE + c.name().toLowerCase().replace('_', '-'),
                title(c), c.httpStatus(), e.getMessage(), c.name());
    }

    public static Problem of(GovCaException.Category c, String detail) {
        return new Problem(TYPE_BASE + c.name().toLowerCase().replace('_', '-'),
                title(c), c.httpStatus(), detail, c.name());
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    static URI typeUri(GovCaException.Category c) {
        return URI.create(TYPE_BASE + c.name().toLowerCase().replace('_', '-'));
    }

    private static String title(GovCaException.Category c) {
        return switch (c) {
            case MALFORMED -> "Malformed request";
            case POLICY_VIOLATION -> "Refused by policy";
            case UNAUTHENTICATED -> "Authentication required";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict with current state";
            case TOO_LARGE -> "Request too large";
            case UNAVAILABLE -> "Temporarily unavailable";
            case INTERNAL -> "Internal error";
        };
    }
}
