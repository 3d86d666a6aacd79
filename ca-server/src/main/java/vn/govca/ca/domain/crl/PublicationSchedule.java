package vn.govca.ca.domain.crl;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a kind of CRL (full or delta) is issued and how long each one is valid (DESIGN invariant 4:
 * "thisUpdate/nextUpdate always cover the publication schedule with overlap"). A CRL is issued
 * every {@code period}; its nextUpdate (RFC 5280 §5.1.2.5) is thisUpdate + period + overlap, so it
 * is still valid when the next scheduled one appears, even if that one comes a little late or a
 * relying party fetched the old one just before. HTTP caches may keep a CRL until the next
 * scheduled issue at most ({@link #maxAge}).
 *
 * @param period  time between scheduled issues, at least one minute
 * @param overlap validity beyond the next scheduled issue, at least one minute
 */
public record PublicationSchedule(Duration period, Duration overlap) {

    private static final Duration MINIMUM = Duration.ofMinutes(1);

    public PublicationSchedule {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(overlap, "overlap");
        if (period.compareTo(MINIMUM) < 0 || overlap.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("CRL period " + period + " and overlap " + overlap
                    + " must each be at least " + MINIMUM);
        }
    }

    /** The nextUpdate of a CRL issued at {@code thisUpdate}: after the next scheduled issue by the overlap. */
    public Instant nextUpdate(Instant thisUpdate) {
        return thisUpdate.plus(period).plus(overlap);
    }

    /** Whether a CRL issued at {@code lastThisUpdate} is due for replacement at {@code now}. */
    public boolean isDue(Instant lastThisUpdate, Instant now) {
        return !now.isBefore(lastThisUpdate.plus(period));
    }

    /**
     * How long an HTTP cache may keep a CRL valid until {@code nextUpdate}: never beyond its
     * nextUpdate, never longer than one period (a newer CRL exists by then), never negative.
     */
    public Duration maxAge(Instant nextUpdate, Instant now) {
        Duration left = Duration.between(now, nextUpdate);
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(period) > 0 ? period : left;
    }
}
