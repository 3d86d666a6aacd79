package vn.govca.pki.domain.cert.lint;

import java.util.Objects;

/** One violation found by a {@link Lint}: which rule, the section it enforces, and what was wrong. */
public record LintFinding(String lint, String reference, String message) {

    public LintFinding {
        Objects.requireNonNull(lint, "lint");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message + " [" + lint + ", " + reference + "]";
    }
}
