package vn.govca.db.infrastructure;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The one place that says how GovCA opens H2, so the server's datasource, the CLI and the tests
 * use the same settings.
 *
 * <ul>
 *   <li>{@code MODE=LEGACY}: EclipseLink's H2Platform fetches generated ids with
 *   {@code CALL IDENTITY()}, which H2 2.x offers only in LEGACY mode; the MariaDB/MySQL modes
 *   lack it. The migrations use only syntax H2 accepts in this mode.</li>
 *   <li>{@code LOCK_TIMEOUT=10000}: every audited action waits for the audit chain head's row
 *   lock; H2's default of 2 s is too short under load.</li>
 *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: the application server, not H2's shutdown hook, closes
 *   the database.</li>
 * </ul>
 */
public final class H2Urls {

    /** Options appended to every GovCA H2 URL. */
    public static final String OPTIONS = ";MODE=LEGACY;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

    private H2Urls() {
    }

    /**
     * URL of a file database; H2 adds {@code .mv.db} to the file name.
     *
     * @param database path without suffix, e.g. {@code var/db/govca}; made absolute
     */
    public static String file(Path database) {
        Objects.requireNonNull(database, "database");
        return "jdbc:h2:file:" + database.toAbsolutePath().normalize() + OPTIONS;
    }

    /** URL of a named in-memory database that lives until {@code SHUTDOWN} (tests). */
    public static String inMemory(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("in-memory database name '" + name
                    + "' must be 1 to 64 letters, digits, '_' or '-'");
        }
        return "jdbc:h2:mem:" + name + OPTIONS + ";DB_CLOSE_DELAY=-1";
    }
}
