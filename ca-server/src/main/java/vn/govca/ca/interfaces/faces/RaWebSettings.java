package vn.govca.ca.interfaces.faces;

import java.util.Properties;

/**
 * Settings of the RA web UI read from {@code govca.properties} (docs/configuration.md):
 * {@code govca.ra.web.sessionMinutes}, the idle time after which a signed-in session ends
 * (default 30, 1..480).
 *
 * @param sessionMinutes idle timeout of a signed-in session
 */
public record RaWebSettings(int sessionMinutes) {

    public static final String SESSION_MINUTES = "govca.ra.web.sessionMinutes";
    static final int DEFAULT_MINUTES = 30;
    static final int MAX_MINUTES = 480;

    public RaWebSettings {
        if (sessionMinutes < 1 || sessionMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException(SESSION_MINUTES + ": " + sessionMinutes + " is outside 1.." + MAX_MINUTES);
        }
    }

    /** Reads the keys; a missing key takes its default, a bad one is refused with the key's name. */
    public static RaWebSettings from(Properties p) {
        String v = p.getProperty(SESSION_MINUTES);
        if (v == null || v.isBlank()) {
            return new RaWebSettings(DEFAULT_MINUTES);
        }
        try {
            return new RaWebSettings(Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SESSION_MINUTES + ": '" + v.trim() + "' is not a whole number", e);
        }
    }

    public int sessionSeconds() {
        return sessionMinutes * 60;
    }
}
