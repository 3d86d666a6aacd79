package vn.govca.dist.testkit;

import java.util.Map;
import java.util.Objects;

/**
 * The database a test server's {@code GovCaDS} datasource connects to, handed to WildFly as the
 * {@code GOVCA_DB_*} environment variables that {@code bin/govca.conf} and the datasource read
 * (the same way {@code ./govca up} selects its database: no rebuild, no re-configuration).
 *
 * @param type     {@code h2} or {@code mariadb} (the JDBC driver name in the server)
 * @param url      JDBC URL, or null for the server's default (H2 file {@code <home>/db/govca})
 * @param user     user name, or null for the default
 * @param password password, or null for the default
 */
public record DatabaseSettings(String type, String url, String user, String password) {

    public DatabaseSettings {
        Objects.requireNonNull(type, "type");
        if (!type.equals("h2") && !type.equals("mariadb")) {
            throw new IllegalArgumentException("database type '" + type + "' is not h2 or mariadb");
        }
    }

    /** H2 file database in the test's data directory, with the server's default options. */
    public static DatabaseSettings h2InHome() {
        return new DatabaseSettings("h2", null, null, null);
    }

    /**
     * A MariaDB database, e.g. from the db test kit:
     * {@code DatabaseSettings.mariaDb(db.jdbcUrl(), db.user(), db.password())}.
     */
    public static DatabaseSettings mariaDb(String url, String user, String password) {
        return new DatabaseSettings("mariadb", Objects.requireNonNull(url, "url"),
                Objects.requireNonNull(user, "user"), Objects.requireNonNull(password, "password"));
    }

    /** Writes the settings into a process environment. */
    void applyTo(Map<String, String> env) {
        env.put("GOVCA_DB_TYPE", type);
        putIfSet(env, "GOVCA_DB_URL", url);
        putIfSet(env, "GOVCA_DB_USER", user);
        putIfSet(env, "GOVCA_DB_PASSWORD", password);
    }

    private static void putIfSet(Map<String, String> env, String key, String value) {
        if (value == null) {
            env.remove(key);
        } else {
            env.put(key, value);
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + type + ", " + (url == null ? "default URL" : url) + "]";
    }
}
