package vn.govca.pki.domain;

import java.util.Objects;

/**
 * The one exception type that crosses GovCA's modules. Each deployable maps it at its edge:
 * RFC 9457 problem+json for REST, the protocol's own error for OCSP/EST/CMP/ACME, a Faces
 * message in the UI. The message says what was wrong, why, and the value and the limit, and is
 * safe to show to the caller: it never carries stack traces, SQL or key material.
 */
public final class GovCaException extends RuntimeException {

    /** The closed set of error categories; the edge maps each to one status. */
    public enum Category {
        /** Malformed input: unparsable DER/PEM/JSON, a bad field format (HTTP 400). */
        MALFORMED(400),
        /** Well-formed input that a profile, a lint or a policy rule refuses (HTTP 422). */
        POLICY_VIOLATION(422),
        /** No credentials or wrong credentials (HTTP 401). */
        UNAUTHENTICATED(401),
        /** Authenticated but not allowed (HTTP 403). */
        FORBIDDEN(403),
        /** The named thing does not exist (HTTP 404). */
        NOT_FOUND(404),
        /** The action conflicts with the current state (HTTP 409). */
        CONFLICT(409),
        /** The request body is larger than allowed (HTTP 413). */
        TOO_LARGE(413),
        /** A needed part is not available now: a token that cannot log in, a CA offline (HTTP 503). */
        UNAVAILABLE(503),
        /** A fault of ours; the message is generic, details go to the server log only (HTTP 500). */
        INTERNAL(500);

        private final int httpStatus;

        Category(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Category category;

    public GovCaException(Category category, String message) {
        super(message);
        this.category = Objects.requireNonNull(category, "category");
    }

    public GovCaException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = Objects.requireNonNull(category, "category");
    }

    public Category category() {
        return category;
    }

    public static GovCaException malformed(String message) {
        return new GovCaException(Category.MALFORMED, message);
    }

    public static GovCaException malformed(String message, Throwable cause) {
        return new GovCaException(Category.MALFORMED, message, cause);
    }

    public static GovCaException policy(String message) {
        return new GovCaException(Category.POLICY_VIOLATION, message);
    }

    public static GovCaException notFound(String message) {
        return new GovCaException(Category.NOT_FOUND, message);
    }

    public static GovCaException conflict(String message) {
        return new GovCaException(Category.CONFLICT, message);
    }

    public static GovCaException unavailable(String message, Throwable cause) {
        return new GovCaException(Category.UNAVAILABLE, message, cause);
    }

    public static GovCaException internal(String message, Throwable cause) {
        return new GovCaException(Category.INTERNAL, message, cause);
    }
}
