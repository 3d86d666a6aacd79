package vn.govca.ca.application.ra.csvimport;

import java.util.List;
import java.util.Objects;

/**
 * A check the caller adds to every row that passed the file's own rules, for what only the
 * caller knows: that the agency exists and lies in the manager's scope, that the profile exists
 * and fits the subscriber kind, that the subscriber is not already registered. Its problems go
 * into the same error report, so the manager fixes the file once.
 */
@FunctionalInterface
public interface RowCheck {

    /** Accepts every row. */
    RowCheck NONE = row -> List.of();

    /** Returns the row's problems, each naming its column; empty if none. */
    List<Problem> check(ImportRow row);

    /**
     * A problem found by a {@link RowCheck}.
     *
     * @param column  the column at fault, e.g. {@link ImportColumn#AGENCY}
     * @param message e.g. {@code agency "H99" does not exist or is outside your province}
     */
    record Problem(ImportColumn column, String message) {

        public Problem {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(message, "message");
        }
    }
}
