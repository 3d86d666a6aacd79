package vn.govca.db.infrastructure;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Guards the UTC timestamps in the database against the JVM's default time zone.
 *
 * <p>Entities keep times as {@link Instant}s and store them as UTC {@code DATETIME(6)} values
 * through {@link UtcInstantConverter}. EclipseLink binds a {@code LocalDateTime} with
 * {@code Timestamp.valueOf(..)} and reads it back with {@code Timestamp.toLocalDateTime()}; both
 * pass through the JVM's default zone, which is harmless unless the zone has daylight-saving
 * gaps: a UTC wall time that falls into a local gap would be stored an hour off, and the audit
 * chain would then report the row as edited. Zones without future transitions (UTC,
 * Asia/Ho_Chi_Minh) are safe. GovCA recommends {@code -Duser.timezone=UTC}.
 */
public final class JvmTimeZone {

    private JvmTimeZone() {
    }

    /**
     * @throws IllegalStateException when the default zone still has offset transitions ahead
     */
    public static void requireFixedOffset() {
        requireFixedOffset(ZoneId.systemDefault(), Instant.now());
    }

    static void requireFixedOffset(ZoneId zone, Instant now) {
        ZoneRules rules = zone.getRules();
        if (rules.nextTransition(now) != null) {
            throw new IllegalStateException("JVM default time zone " + zone.getId()
                    + " has daylight-saving transitions; stored UTC times would shift by an hour"
                    + " in its gaps. Start the JVM with -Duser.timezone=UTC");
        }
    }
}
