package vn.govca.ca.domain.subscriber;

import java.util.Objects;
import vn.govca.pki.domain.GovCaException;

/**
 * One refused field of a subscriber record: which field, the value as given (bounded for
 * display), the error category and a message that names the field, the value and the rule.
 * Forms show it next to the field; the CSV import writes one report line per error.
 *
 * @param field    the field name, e.g. {@code mobile} (the record component's name)
 * @param value    the value as given, possibly empty, never null
 * @param category MALFORMED for a format error, POLICY_VIOLATION for a refused but well-formed value
 * @param message  e.g. {@code mobile "0123" must be a Vietnamese mobile number of 10 digits (...)}
 */
public record FieldError(String field, String value, GovCaException.Category category, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
        value = value == null ? "" : value;
    }
}
