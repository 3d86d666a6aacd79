package vn.govca.db.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks a value against the column that will hold it, before the database sees it: limits are
 * counted in UTF-16 units, which is never less than the characters MariaDB or H2 count, so a
 * value accepted here fits both engines.
 */
final class ColumnValues {

    /** Names that appear in URLs and file names (CA, token and profile names). */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private ColumnValues() {
    }

    static String text(String column, String value, int maxLength) {
        Objects.requireNonNull(value, column);
        if (value.isBlank()) {
            throw new IllegalArgumentException(column + " must not be blank");
        }
        return optionalText(column, value, maxLength);
    }

    static String optionalText(String column, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new IllegalArgumentException(column + " has " + value.length()
                    + " characters, exceeds maximum " + maxLength);
        }
        return value;
    }

    /** Truncates to {@code maxLength} UTF-16 units without splitting a surrogate pair. */
    static String truncated(String value, int maxLength) {
        if (value == null || value.length() <= maxLength) {
            return value;
        }
        int end = maxLength;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }

    static String safeName(String column, String value) {
        Objects.requireNonNull(value, column);
        if (!SAFE_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(column + " '" + value
                    + "' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return value;
    }

    /** The instant at the database's precision (microseconds), within DATETIME's range. */
    static Instant time(String column, Instant value) {
        Objects.requireNonNull(value, column);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new IllegalArgumentException(column + " " + value
                    + " is outside the storable range " + EARLIEST + " to " + LATEST);
        }
        return value.truncatedTo(ChronoUnit.MICROS);
    }

    static Instant optionalTime(String column, Instant value) {
        return value == null ? null : time(column, value);
    }

    static byte[] bytes(String column, byte[] value, int maxLength) {
        Objects.requireNonNull(value, column);
        if (value.length == 0 || value.length > maxLength) {
            throw new IllegalArgumentException(column + " has " + value.length
                    + " bytes, must be 1 to " + maxLength);
        }
        return value.clone();
    }
}
