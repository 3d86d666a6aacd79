package vn.govca.ocsp.node.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import vn.govca.ocsp.application.OcspResponderConfig;
import vn.govca.ocsp.infrastructure.db.DatabaseStatusFollower;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.token.TokenConfig;
import vn.govca.pki.domain.token.TokenType;

/**
 * The validation node's one typed configuration, read from {@code govca.properties} in its data
 * directory and validated at start-up: a node that cannot use its configuration refuses to start
 * and says which key is wrong (STYLE "Errors, logs, configuration"). Keys (docs/configuration.md,
 * "Validation node"):
 *
 * <ul>
 *   <li>{@code govca.ocsp.token} (default {@code ocsp}) and that token's {@code token.NAME.*} —
 *       the only token the node opens (DESIGN invariant 3: it never holds a CA key); a soft token's
 *       PKCS#12 file must exist (it is the CA server's responder token, copied), the node never
 *       creates keys;</li>
 *   <li>{@code govca.ocsp.pollMillis} — how often status changes are read (as on the CA server);</li>
 *   <li>{@code govca.ocsp.refreshSeconds} — how often CAs and responder certificates are re-read;</li>
 *   <li>the responder core's {@code govca.ocsp.*} keys ({@link OcspResponderConfig}).</li>
 * </ul>
 * Other keys (a copy of the CA server's file) are ignored; other tokens are never opened.
 *
 * @param refresh how often the served CAs and their responder certificates are re-read
 */
public record NodeConfig(Path home, TokenConfig token, long pollMillis, Duration refresh,
        OcspResponderConfig responder) {

    public static final String HOME_PROPERTY = "govca.home";
    public static final String CONFIG_PROPERTY = "govca.config";
    public static final String TOKEN_KEY = "govca.ocsp.token";
    public static final String DEFAULT_TOKEN = "ocsp";
    public static final String REFRESH_KEY = "govca.ocsp.refreshSeconds";
    static final long DEFAULT_REFRESH_SECONDS = 60;
    /** The node's own keys, not the responder core's. */
    private static final Set<String> NODE_KEYS = Set.of(TOKEN_KEY, DatabaseStatusFollower.POLL_KEY, REFRESH_KEY);

    public NodeConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(responder, "responder");
    }

    /** Loads from the system properties {@code govca.home} and {@code govca.config} (bin/govca.conf sets both). */
    public static NodeConfig fromSystemProperties() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("system property " + HOME_PROPERTY
                    + " is not set: it must name the validation node's data directory");
        }
        Path homePath = Path.of(home).toAbsolutePath().normalize();
        String cfg = System.getProperty(CONFIG_PROPERTY);
        return load(homePath, cfg == null || cfg.isBlank() ? homePath.resolve("govca.properties") : Path.of(cfg));
    }

    /** Loads {@code file}; relative paths in it are resolved against {@code home}. */
    public static NodeConfig load(Path home, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("configuration file " + file + " does not exist");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        return from(home, p);
    }

    /**
     * Validates every key the node reads and reports all problems at once.
     *
     * @throws IllegalStateException naming each invalid key
     */
    public static NodeConfig from(Path home, Properties p) {
        List<String> errors = new ArrayList<>();
        String tokenName = p.getProperty(TOKEN_KEY, DEFAULT_TOKEN).trim();
        TokenConfig token = token(p, tokenName, home, errors);
        long poll = DatabaseStatusFollower.DEFAULT_POLL_MILLIS;
        try {
            poll = DatabaseStatusFollower.pollMillis(p.getProperty(DatabaseStatusFollower.POLL_KEY));
        } catch (GovCaException e) {
            errors.add(e.getMessage());
        }
        long refresh = refreshSeconds(p.getProperty(REFRESH_KEY), errors);
        OcspResponderConfig responder = null;
        try {
            responder = OcspResponderConfig.fromProperties(coreKeys(p));
        } catch (GovCaException e) {
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("invalid validation node configuration: " + String.join("; ", errors));
        }
        return new NodeConfig(home, token, poll, Duration.ofSeconds(refresh), responder);
    }

    private static TokenConfig token(Properties p, String name, Path home, List<String> errors) {
        try {
            TokenConfig token = TokenConfig.fromProperties(p, name, home);
            if (token.type() == TokenType.SOFT && !Files.isRegularFile(token.keystoreFile())) {
                errors.add("token." + name + ".file: " + token.keystoreFile() + " does not exist; a validation node"
                        + " uses the CA server's responder token (copy its PKCS#12 file and password) and never"
                        + " creates keys");
            }
            return token;
        } catch (GovCaException e) {
            errors.add(TOKEN_KEY + " '" + name + "': " + e.getMessage());
            return null;
        }
    }

    private static long refreshSeconds(String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return DEFAULT_REFRESH_SECONDS;
        }
        try {
            long s = Long.parseLong(value.trim());
            if (s >= 5 && s <= 3600) {
                return s;
            }
        } catch (NumberFormatException e) {
            errors.add(REFRESH_KEY + " '" + value + "' is not a number of seconds");
            return DEFAULT_REFRESH_SECONDS;
        }
        errors.add(REFRESH_KEY + " " + value + " is out of range 5 to 3600 seconds");
        return DEFAULT_REFRESH_SECONDS;
    }

    /** The responder core's keys: every {@code govca.ocsp.*} key but the node's own. */
    private static Properties coreKeys(Properties raw) {
        Properties core = new Properties();
        raw.stringPropertyNames().stream()
                .filter(k -> k.startsWith(OcspResponderConfig.PREFIX) && !NODE_KEYS.contains(k))
                .forEach(k -> core.setProperty(k, raw.getProperty(k)));
        return core;
    }
}
