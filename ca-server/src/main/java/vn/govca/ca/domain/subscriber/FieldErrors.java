package vn.govca.ca.domain.subscriber;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * Collects every refused field of one record instead of stopping at the first, so that a form
 * or a CSV error report can show all of them at once. Each rule runs through
 * {@link #required} or {@link #optional}: a {@link GovCaException} it throws becomes a
 * {@link FieldError} whose message starts with the field name.
 *
 * <p>Not thread-safe: one collector per record being validated.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /**
     * Applies {@code rule} to the stripped value; a missing or blank value is an error.
     *
     * @return the rule's result, or null if the value was missing or the rule refused it
     */
    public <T> T required(String field, String raw, BiFunction<String, String, T> rule) {
        if (raw == null || raw.isBlank()) {
            add(field, raw, Category.MALFORMED, field + " is required");
            return null;
        }
        return apply(field, raw.strip(), rule);
    }

    /**
     * Applies {@code rule} to the stripped value; a missing or blank value gives null without error.
     */
    public <T> T optional(String field, String raw, BiFunction<String, String, T> rule) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return apply(field, raw.strip(), rule);
    }

    /** Records an error if a typed value is missing; returns the value. */
    public <T> T present(String field, T value) {
        if (value == null) {
            add(field, "", Category.MALFORMED, field + " is required");
        }
        return value;
    }

    /** Records an error; the message should name the field, the value and the rule. */
    public void add(String field, String value, Category category, String message) {
        errors.add(new FieldError(field, value, category, message));
    }

    /** Records a rule's refusal; the message is prefixed with the field name unless it starts with it. */
    public void add(String field, String value, GovCaException refusal) {
        String message = refusal.getMessage();
        if (!message.startsWith(field + " ") && !message.startsWith(field + ":")) {
            message = field + ": " + message;
        }
        add(field, value, refusal.category(), message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The errors in the order they were found. */
    public List<FieldError> list() {
        return Collections.unmodifiableList(errors);
    }

    /** Whether any error is about the field. */
    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /**
     * Throws one exception carrying all errors: MALFORMED if any error is a format error, else
     * POLICY_VIOLATION. Does nothing if there is no error.
     */
    public void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        boolean malformed = errors.stream().anyMatch(e -> e.category() == Category.MALFORMED);
        String text = errors.stream().map(FieldError::message).collect(Collectors.joining("; "));
        String message = errors.size() == 1 ? text : errors.size() + " invalid fields: " + text;
        throw new GovCaException(malformed ? Category.MALFORMED : Category.POLICY_VIOLATION, message);
    }

    private <T> T apply(String field, String value, BiFunction<String, String, T> rule) {
        try {
            return rule.apply(field, value);
        } catch (GovCaException refusal) {
            add(field, value, refusal);
            return null;
        }
    }
}
