package vn.govca.pki.domain.identity;

/** Shared formatting for identifier error messages: never echo unbounded input. */
final class Identifiers {

    private static final int MAX_ECHO = 40;

    private Identifiers() {
    }

    /** Quotes the value for an error message, cut to a bounded length. */
    static String describe(String value) {
        if (value.length() <= MAX_ECHO) {
            return "'" + value + "'";
        }
        return "'" + value.substring(0, MAX_ECHO) + "...' (" + value.length() + " characters)";
    }
}
