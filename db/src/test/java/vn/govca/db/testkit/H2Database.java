package vn.govca.db.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import vn.govca.db.infrastructure.H2Urls;

/**
 * An H2 database opened with exactly the options the server uses ({@link H2Urls}): in memory
 * (one per test, dropped on close) or as a file under a directory the test owns.
 */
public final class H2Database implements TestDatabase {

    private static final String USER = "govca";
    private static final String PASSWORD = "govca";

    private final String url;

    private H2Database(String url) {
        this.url = url;
    }

    /** A new, uniquely named in-memory database. */
    public static H2Database inMemory() {
        return new H2Database(H2Urls.inMemory("govca-" + UUID.randomUUID()));
    }

    /** A file database {@code <directory>/govca.mv.db}; the files stay after close. */
    public static H2Database inDirectory(Path directory) {
        return new H2Database(H2Urls.file(directory.resolve("govca")));
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.H2;
    }

    @Override
    public String jdbcUrl() {
        return url;
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    @Override
    public String driverClassName() {
        return "org.h2.Driver";
    }

    @Override
    public DataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        return ds;
    }

    /** Shuts the database down; an in-memory one is gone afterwards. */
    @Override
    public void close() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot shut down H2 database " + url, e);
        }
    }
}
