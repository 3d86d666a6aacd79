package vn.govca.db.infrastructure;

/**
 * A row was refused because a unique key already holds its value (a CA name, a profile
 * version, a username...). The edge maps it to {@code GovCaException.conflict}. The persistence
 * provider has marked the current transaction for roll-back: retry, if at all, in a new one.
 */
public class DuplicateKeyException extends RuntimeException {

    private final String key;

    public DuplicateKeyException(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** Name of the unique constraint, e.g. {@code uq_certificate_authority_name}. */
    public String key() {
        return key;
    }
}
