package vn.govca.pki.domain.cert.lint;

import java.util.List;

/**
 * One rule a to-be-signed certificate must satisfy before it is signed (DESIGN invariant 2).
 * Each rule is small, stateless, cites the RFC 5280 / RFC 6960 / CP section it enforces, and
 * reports every violation it finds as a message saying what, why, the value and the limit.
 */
public interface Lint {

    /** The section the rule enforces, e.g. {@code "RFC 5280 §4.1.2.2"}. */
    String reference();

    /** Returns one message per violation; empty when the target satisfies the rule. */
    List<String> check(LintTarget target);

    /** A short stable identifier, the simple class name by default. */
    default String id() {
        return getClass().getSimpleName();
    }
}
