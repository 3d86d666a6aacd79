package vn.govca.db.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The database engines GovCA runs on, told apart by the JDBC driver's product name. Each one
 * supplies the Flyway placeholders that let a single migration script run unchanged on both:
 * MariaDB (production; MySQL's driver reports "MySQL" against MariaDB) and H2 (the embedded
 * default, run in {@code MODE=LEGACY}, see {@link H2Urls}).
 */
public enum DatabaseProduct {
    /** MariaDB 10.11+ (or MySQL 8): InnoDB tables in utf8mb4 so Vietnamese text and emoji fit. */
    MARIADB("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"),
    /** H2 2.2: strings are Java strings, no storage clause. */
    H2("");

    /** Name of the placeholder used after each CREATE TABLE in the migrations. */
    public static final String TABLE_OPTIONS = "table_options";

    private final String tableOptions;

    DatabaseProduct(String tableOptions) {
        this.tableOptions = tableOptions;
    }

    /** The Flyway placeholders for this engine. */
    public Map<String, String> placeholders() {
        return Map.of(TABLE_OPTIONS, tableOptions);
    }

    /**
     * Detects the engine behind a connection.
     *
     * @throws IllegalStateException for any other engine: the schema is tested on these two only
     */
    public static DatabaseProduct of(Connection connection) throws SQLException {
        String name = connection.getMetaData().getDatabaseProductName();
        return fromProductName(name);
    }

    static DatabaseProduct fromProductName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.contains("mariadb") || lower.contains("mysql")) {
            return MARIADB;
        }
        if (lower.equals("h2")) {
            return H2;
        }
        throw new IllegalStateException("database product '" + name
                + "' is not supported; GovCA runs on MariaDB 10.11+ or H2 2.2");
    }
}
