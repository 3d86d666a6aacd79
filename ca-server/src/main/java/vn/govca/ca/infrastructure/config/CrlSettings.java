package vn.govca.ca.infrastructure.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import vn.govca.ca.domain.crl.PublicationSchedule;

/**
 * How the CA server publishes CRLs (issue 3; keys {@code govca.crl.*} in docs/configuration.md),
 * validated at start-up: a server with a wrong key refuses to start and names it.
 *
 * @param directory      where {@code {ca}.crl} and {@code {ca}-delta.crl} are written (atomically) and served from
 * @param spoolDirectory where the writer spools entries while it builds a CRL ({@code <home>/crl-spool})
 * @param full           schedule of complete CRLs
 * @param deltaEnabled   whether delta CRLs are published (and announced by Freshest CRL)
 * @param delta          schedule of delta CRLs (same overlap as full ones)
 * @param coalesce       how long revocations are collected before the CRLs are reissued for them
 * @param keepExpired    whether revoked certificates stay on the CRL after they expire
 */
public record CrlSettings(Path directory, Path spoolDirectory, PublicationSchedule full, boolean deltaEnabled,
                          PublicationSchedule delta, Duration coalesce, boolean keepExpired) {

    private static final long WEEK_MINUTES = 7 * 24 * 60;

    /** Reads and validates the {@code govca.crl.*} keys; relative paths are under {@code home}. */
    public static CrlSettings from(Path home, Properties p) {
        List<String> errors = new ArrayList<>();
        Path dir = path(home, p.getProperty("govca.crl.dir", "crl"));
        long period = number(p, "govca.crl.periodMinutes", 60, 1, WEEK_MINUTES, errors);
        long overlap = number(p, "govca.crl.overlapMinutes", 30, 1, WEEK_MINUTES, errors);
        long coalesce = number(p, "govca.crl.coalesceSeconds", 2, 0, 300, errors);
        boolean delta = bool(p, "govca.crl.delta.enabled", true, errors);
        long deltaPeriod = number(p, "govca.crl.delta.periodMinutes", Math.min(15, period), 1, WEEK_MINUTES, errors);
        if (deltaPeriod > period) {
            errors.add("govca.crl.delta.periodMinutes: " + deltaPeriod + " exceeds govca.crl.periodMinutes " + period
                    + "; delta CRLs are issued at least as often as full ones");
        }
        boolean keepExpired = bool(p, "govca.crl.keepExpired", false, errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("invalid GovCA configuration: " + String.join("; ", errors));
        }
        return new CrlSettings(dir, home.resolve("crl-spool").normalize(),
                new PublicationSchedule(Duration.ofMinutes(period), Duration.ofMinutes(overlap)), delta,
                new PublicationSchedule(Duration.ofMinutes(deltaPeriod), Duration.ofMinutes(overlap)),
                Duration.ofSeconds(coalesce), keepExpired);
    }

    private static Path path(Path home, String value) {
        Path v = Path.of(value.trim());
        return (v.isAbsolute() ? v : home.resolve(v)).normalize();
    }

    private static long number(Properties p, String key, long def, long min, long max, List<String> errors) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return def;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < min || n > max) {
                errors.add(key + ": " + n + " is outside the allowed range " + min + ".." + max);
                return def;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(key + ": '" + v + "' is not a whole number");
            return def;
        }
    }

    private static boolean bool(Properties p, String key, boolean def, List<String> errors) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return def;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(key + ": '" + v + "' is neither true nor false");
                yield def;
            }
        };
    }
}
