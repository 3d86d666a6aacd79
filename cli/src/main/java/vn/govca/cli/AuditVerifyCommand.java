package vn.govca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import vn.govca.db.audit.AuditVerification;
import vn.govca.db.audit.AuditVerifier;
import vn.govca.db.infrastructure.H2Urls;

/**
 * {@code govca audit verify}: walks the audit hash chain with plain JDBC (no server needed) and
 * reports the first edited, deleted or reordered row. The database comes from the same settings
 * the server uses: {@code GOVCA_DB_*} environment variables, else {@code govca.db.*} in
 * govca.properties, else the embedded H2 file (which the server must not hold open).
 */
final class AuditVerifyCommand {

    private AuditVerifyCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        String dir = Main.option(args, "--home", System.getenv().getOrDefault("GOVCA_HOME", "var"));
        Path home = Path.of(dir).toAbsolutePath().normalize();
        Properties p = new Properties();
        Path cfg = home.resolve("govca.properties");
        if (Files.isRegularFile(cfg)) {
            try (Reader r = Files.newBufferedReader(cfg, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        String type = setting("GOVCA_DB_TYPE", p, "govca.db.type", "h2");
        String url = setting("GOVCA_DB_URL", p, "govca.db.url",
                "h2".equals(type) ? H2Urls.file(home.resolve("db/govca")) : null);
        String user = setting("GOVCA_DB_USER", p, "govca.db.user", "h2".equals(type) ? "sa" : "govca");
        String password = System.getenv("GOVCA_DB_PASSWORD");
        if (password == null) {
            String file = p.getProperty("govca.db.passwordFile");
            password = file != null ? Files.readAllLines(home.resolve(file.trim())).get(0).strip()
                    : "h2".equals(type) ? "sa" : null;
        }
        if (url == null || password == null) {
            throw new IllegalStateException("database not configured: set govca.db.url and govca.db.passwordFile "
                    + "in " + cfg + " or GOVCA_DB_URL / GOVCA_DB_PASSWORD");
        }
        Path keyFile = home.resolve(p.getProperty("govca.audit.keyFile", "audit.key").trim());
        byte[] key = Files.readAllBytes(keyFile);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            AuditVerification v = AuditVerifier.verify(c, key);
            if (v.ok()) {
                out.println("audit log OK: " + v.verifiedRows() + " rows, hash chain and MACs verified");
                return 0;
            }
            err.println("audit log TAMPERED: " + v.problem() + " at seq " + v.badSeq().orElse(-1) + " — "
                    + v.detail() + " (" + v.verifiedRows() + " rows verified before it)");
            return 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log from " + url + ": " + e.getMessage()
                    + ("h2".equals(type) ? " (the embedded H2 database cannot be opened while the server runs;"
                    + " stop it first)" : ""), e);
        }
    }

    private static String setting(String env, Properties p, String key, String def) {
        String v = System.getenv(env);
        if (v != null && !v.isBlank()) {
            return v;
        }
        v = p.getProperty(key);
        return v == null || v.isBlank() ? def : v.trim();
    }
}
