package vn.govca.db.testkit;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/** One database on a {@link MariaDbServer}, dropped on close. */
final class MariaDbDatabase implements TestDatabase {

    private final MariaDbServer server;
    private final String name;

    MariaDbDatabase(MariaDbServer server, String name) {
        this.server = server;
        this.name = name;
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    @Override
    public String user() {
        return server.user();
    }

    @Override
    public String password() {
        return server.password();
    }

    @Override
    public String driverClassName() {
        return "org.mariadb.jdbc.Driver";
    }

    @Override
    public DataSource dataSource() {
        try {
            MariaDbDataSource ds = new MariaDbDataSource(jdbcUrl());
            ds.setUser(user());
            ds.setPassword(password());
            return ds;
        } catch (SQLException e) {
            throw new IllegalStateException("bad MariaDB URL " + jdbcUrl(), e);
        }
    }

    @Override
    public void close() {
        server.execute("DROP DATABASE IF EXISTS " + name);
    }
}
