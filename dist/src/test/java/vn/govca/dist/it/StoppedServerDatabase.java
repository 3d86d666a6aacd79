package vn.govca.dist.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.govca.db.infrastructure.H2Urls;

/**
 * Plain JDBC on the embedded H2 file of a data directory whose server is stopped (H2 holds the
 * file exclusively while the server runs): what an operator — or an attacker with file access —
 * could read and change behind the application's back. Same URL and credentials as the server
 * (docs/configuration.md: {@code jdbc:h2:file:{home}/db/govca}, user and password {@code sa}).
 */
public final class StoppedServerDatabase {

    private StoppedServerDatabase() {
    }

    /** The first column of every row of {@code sql}, as strings. */
    public static List<String> column(Path home, String sql) throws SQLException {
        try (Connection c = open(home); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    /** Runs an UPDATE/DELETE; returns the number of rows changed. */
    public static int update(Path home, String sql) throws SQLException {
        try (Connection c = open(home); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static Connection open(Path home) throws SQLException {
        return DriverManager.getConnection(H2Urls.file(home.resolve("db/govca")), "sa", "sa");
    }
}
