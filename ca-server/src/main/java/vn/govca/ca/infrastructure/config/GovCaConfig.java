package vn.govca.ca.infrastructure.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CA server's one typed configuration, read from {@code govca.properties} and validated at
 * start-up: a server that cannot use its configuration refuses to start and says which key is
 * wrong. Every key is documented in docs/configuration.md.
 *
 * <p>Secrets (token PINs, the audit MAC key) are never values here: the file names the files
 * that hold them, which are readable by the server's user only.
 */
public record GovCaConfig(
        Path home,
        URI publicBaseUrl,
        Path auditKeyFile,
        boolean demoHierarchy,
        Path bootstrapAdminCertificate,
        Path bootstrapAdminPasswordFile,
        long maxRequestBytes,
        int maxLoginFailures,
        Duration lockout,
        Duration sessionTtl,
        Properties raw) {

    public static final String HOME_PROPERTY = "govca.home";
    public static final String CONFIG_PROPERTY = "govca.config";

    /** Loads from the system properties {@code govca.home} and {@code govca.config}. */
    public static GovCaConfig fromSystemProperties() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("system property " + HOME_PROPERTY
                    + " is not set: it must name the GovCA data directory (var/)");
        }
        Path homePath = Path.of(home).toAbsolutePath().normalize();
        String cfg = System.getProperty(CONFIG_PROPERTY);
        Path cfgPath = cfg == null || cfg.isBlank() ? homePath.resolve("govca.properties") : Path.of(cfg);
        return load(homePath, cfgPath);
    }

    public static GovCaConfig load(Path home, Path file) {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("configuration file " + file + " does not exist");
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        return from(home, p);
    }

    /** Validates every field and reports all problems at once. */
    public static GovCaConfig from(Path home, Properties p) {
        List<String> errors = new ArrayList<>();
        URI base = uri(p, "govca.publicBaseUrl", "http://localhost:8080", errors);
        Path auditKey = path(home, p, "govca.audit.keyFile", "audit.key");
        if (!Files.isReadable(auditKey)) {
            errors.add("govca.audit.keyFile: " + auditKey + " is not readable (run ./govca up once to create it)");
        }
        boolean demo = Boolean.parseBoolean(p.getProperty("govca.demo.hierarchy", "true").trim());
        Path adminCert = optionalPath(home, p, "govca.bootstrap.adminCertificate");
        Path adminPw = optionalPath(home, p, "govca.bootstrap.adminPasswordFile");
        long maxBytes = positiveLong(p, "govca.api.maxRequestBytes", 1024 * 1024, 1024, 64L * 1024 * 1024, errors);
        int maxFail = (int) positiveLong(p, "govca.login.maxFailures", 5, 1, 100, errors);
        long lockMin = positiveLong(p, "govca.login.lockoutMinutes", 15, 1, 24 * 60, errors);
        long ttlMin = positiveLong(p, "govca.login.sessionMinutes", 60, 1, 24 * 60, errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("invalid GovCA configuration: " + String.join("; ", errors));
        }
        return new GovCaConfig(home, base, auditKey, demo, adminCert, adminPw, maxBytes, maxFail,
                Duration.ofMinutes(lockMin), Duration.ofMinutes(ttlMin), p);
    }

    /** Resolves a path from the configuration against the data directory. */
    public Path resolve(String value) {
        Path v = Path.of(value.trim());
        return v.isAbsolute() ? v : home.resolve(v).normalize();
    }

    private static URI uri(Properties p, String key, String def, List<String> errors) {
        String v = p.getProperty(key, def).trim();
        try {
            URI u = URI.create(v.endsWith("/") ? v.substring(0, v.length() - 1) : v);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                errors.add(key + ": '" + v + "' is not an absolute http(s) URL");
            }
            return u;
        } catch (IllegalArgumentException e) {
            errors.add(key + ": '" + v + "' is not a URL");
            return null;
        }
    }

    private static Path path(Path home, Properties p, String key, String def) {
        Path v = Path.of(p.getProperty(key, def).trim());
        return v.isAbsolute() ? v : home.resolve(v).normalize();
    }

    private static Path optionalPath(Path home, Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : path(home, p, key, v);
    }

    private static long positiveLong(Properties p, String key, long def, long min, long max, List<String> errors) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return def;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < min || n > max) {
                errors.add(key + ": " + n + " is outside the allowed range " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(key + ": '" + v + "' is not a whole number");
            return def;
        }
    }
}
