package vn.govca.db.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One security-relevant action to write to the audit chain (DESIGN invariant 6): who did what
 * to which object, how it ended, details as a JSON object, and when. Text must be well-formed
 * Unicode so that its UTF-8 bytes, which the row hash covers, round-trip exactly.
 *
 * @param actor       username or client identity, at most 128 characters
 * @param action      e.g. {@code CERTIFICATE_ISSUE}, {@code LOGIN}; at most 64 characters
 * @param target      the object acted on (a CA name, a serial); may be null; at most 255
 * @param detailsJson a JSON object, at most 65,535 bytes of UTF-8 (MariaDB TEXT); may be null
 * @param time        when it happened; kept to the microsecond, as the database stores it
 */
public record AuditEntry(String actor, String action, String target, AuditOutcome outcome,
                         String detailsJson, Instant time) {

    /** MariaDB TEXT holds 65,535 bytes. */
    public static final int MAX_DETAILS_BYTES = 65_535;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public AuditEntry {
        actor = text("actor", actor, 128);
        action = text("action", action, 64);
        target = optionalText("target", target, 255);
        Objects.requireNonNull(outcome, "outcome");
        detailsJson = optionalText("details", detailsJson, MAX_DETAILS_BYTES);
        if (detailsJson != null) {
            int bytes = detailsJson.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_DETAILS_BYTES) {
                throw new IllegalArgumentException("audit details have " + bytes
                        + " bytes of UTF-8, exceed maximum " + MAX_DETAILS_BYTES);
            }
        }
        Objects.requireNonNull(time, "time");
        if (time.isBefore(Instant.EPOCH) || time.isAfter(LATEST)) {
            throw new IllegalArgumentException("audit time " + time + " is outside 1970 to 9999");
        }
        time = time.truncatedTo(ChronoUnit.MICROS);
    }

    private static String text(String field, String value, int max) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException("audit " + field + " must not be blank");
        }
        return optionalText(field, value, max);
    }

    private static String optionalText(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("audit " + field + " has " + value.length()
                    + " characters, exceeds maximum " + max);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("audit " + field
                        + " contains an unpaired surrogate at index " + i + "; it is not valid Unicode");
            }
        }
        return value;
    }
}
