package vn.govca.ca.domain.subscriber;

import java.util.Objects;

/**
 * The outcome of validating a form: the typed record, or every field error. Exactly one of the
 * two is present.
 *
 * @param value  the record, null when there are errors
 * @param errors the field errors, empty when the value is present
 */
public record Validation<T>(T value, FieldErrors errors) {

    public Validation {
        Objects.requireNonNull(errors, "errors");
        if ((value == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("exactly one of value and errors must be present");
        }
    }

    public boolean isValid() {
        return value != null;
    }

    /** The record, or a GovCaException (MALFORMED or POLICY_VIOLATION) listing every field error. */
    public T orThrow() {
        errors.throwIfAny();
        return value;
    }
}
