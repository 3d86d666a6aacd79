package vn.govca.dist.hsm;

import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain JDBC on the GovCA schema (db module, V1): what the server committed, and test set-up. */
public final class Sql {

    private Sql() {
    }

    /** The single number {@code sql} selects. */
    public static long number(Connection c, String sql, Object... args) throws SQLException {
        List<Map<String, Object>> rows = rows(c, sql, args);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException(sql + " selected " + rows + ", not one number");
        }
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    /** Every row, as column label (lower case) to value; BLOBs as byte arrays. */
    public static List<Map<String, Object>> rows(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                                v instanceof Blob blob ? blob.getBytes(1, (int) blob.length()) : v);
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    /**
     * Enrols an administrator the way an operator with database access could, bypassing the
     * API: a password login ({@code hash} from {@code PasswordHash.hash}), enabled, not locked.
     */
    public static void insertAdministrator(Connection c, String username, String role, String hash)
            throws SQLException {
        int n = update(c, "INSERT INTO administrator (username, display_name, role, password_hash, enabled,"
                + " failed_logins, created_at) VALUES (?, ?, ?, ?, TRUE, 0, ?)", username, "Cán bộ " + username,
                role, hash, LocalDateTime.now(ZoneOffset.UTC));
        if (n != 1) {
            throw new IllegalStateException("inserted " + n + " administrators named " + username);
        }
    }

    /** Runs an INSERT/UPDATE; returns the row count. */
    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
