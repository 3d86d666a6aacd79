package vn.govca.db.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A throwaway, empty database for one test: H2 in memory or a fresh database on the shared
 * test MariaDB. {@link #close()} deletes it.
 */
public interface TestDatabase extends AutoCloseable {

    DatabaseKind kind();

    String jdbcUrl();

    String user();

    String password();

    String driverClassName();

    /** A non-pooled data source, e.g. for {@code DatabaseMigrator.migrate}. */
    DataSource dataSource();

    /** A new connection; the caller closes it. */
    default Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    /** Drops the database. */
    @Override
    void close();
}
