package vn.govca.dist.hsm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import vn.govca.cli.Main;
import vn.govca.db.testkit.MariaDbServer;
import vn.govca.pki.testkit.SoftHsmToken;

/**
 * A GovCA data directory written by the real first-start bootstrap ({@code govca bootstrap},
 * module cli: audit key, TLS key stores, first administrator) and then configured the way an
 * operator would for an HSM install: one PKCS#11 token {@value #TOKEN} (a private SoftHSM2
 * token, PIN in a 0600 file, docs/configuration.md "Crypto tokens"), a MariaDB database named
 * in govca.properties (so {@code govca audit verify} finds it), and no demo hierarchy.
 */
public final class HsmHome {

    /** The token name CAs use in {@code POST /api/v1/cas}. */
    public static final String TOKEN = "hsm";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    private HsmHome(Path dir) {
        this.dir = dir;
    }

    /**
     * Bootstraps {@code dir} and points its configuration at {@code hsm} and {@code db}. The
     * token must exist before the server starts: SoftHSM2 reads its token list at library init.
     */
    public static HsmHome bootstrap(Path dir, SoftHsmToken hsm, MariaDbServer db) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"bootstrap", "--home", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("govca bootstrap exited with " + rc + ": "
                    + err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8));
        }
        writeSecret(dir.resolve("tokens/hsm.pin"), new String(hsm.pin()));
        writeSecret(dir.resolve("db.password"), db.password());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("govca.demo.hierarchy", "false");
        settings.put("govca.db.type", "mariadb");
        settings.put("govca.db.url", db.jdbcUrl());
        settings.put("govca.db.user", db.user());
        settings.put("govca.db.passwordFile", "db.password");
        settings.put("token." + TOKEN + ".type", "pkcs11");
        settings.put("token." + TOKEN + ".library", hsm.library().toString());
        settings.put("token." + TOKEN + ".slot", Long.toString(hsm.slotId()));
        settings.put("token." + TOKEN + ".pinFile", "tokens/hsm.pin");
        configure(dir.resolve("govca.properties"), settings);
        return new HsmHome(dir);
    }

    public Path dir() {
        return dir;
    }

    /** The audit log's HMAC key ({@code audit.key}). */
    public byte[] auditKey() {
        return read(dir.resolve("audit.key"));
    }

    /** The first administrator's password ({@code admin/admin.password}, user {@code admin}). */
    public String adminPassword() {
        return text("admin/admin.password");
    }

    /**
     * TLS for a client of the server's HTTPS port: trusts the management CA that issued the
     * server certificate and, when {@code asAdministrator}, presents {@code admin/admin.p12}.
     */
    public SSLContext tls(boolean asAdministrator) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("management-ca", managementCa());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            KeyStore keys = KeyStore.getInstance("PKCS12");
            char[] pass = text("admin/admin.p12.pass").toCharArray();
            if (asAdministrator) {
                try (InputStream in = Files.newInputStream(dir.resolve("admin/admin.p12"))) {
                    keys.load(in, pass);
                }
            } else {
                keys.load(null, null);
            }
            kmf.init(keys, pass);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), RANDOM);
            return ssl;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build TLS from " + dir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private X509Certificate managementCa() throws GeneralSecurityException, IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("tls/management-ca.pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private String text(String relative) {
        return new String(read(dir.resolve(relative)), StandardCharsets.UTF_8).strip();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Sets {@code settings} in a properties file: existing keys are replaced, new ones appended. */
    private static void configure(Path file, Map<String, String> settings) {
        try {
            Map<String, String> pending = new LinkedHashMap<>(settings);
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String key = line.contains("=") && !line.startsWith("#") ? line.substring(0, line.indexOf('=')).trim() : null;
                lines.add(key != null && pending.containsKey(key) ? key + "=" + pending.remove(key) : line);
            }
            lines.add("# MariaDbSoftHsmIT");
            pending.forEach((k, v) -> lines.add(k + "=" + v));
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot configure " + file, e);
        }
    }

    private static void writeSecret(Path file, String value) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, value, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
