package vn.govca.dist.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import vn.govca.cli.Main;

/**
 * A GovCA data directory ({@code var/}) for one integration test, written by the real first-start
 * bootstrap ({@code govca bootstrap --home DIR}, run in-process through {@link Main#run}): audit
 * key, soft-token passwords, {@code govca.properties}, the management CA, the server's TLS key
 * store and client trust store, and the first administrator's client certificate and password.
 * A server started on it enrols that administrator and (unless turned off) creates the demo
 * hierarchy, exactly as on a first {@code ./govca up}.
 *
 * <p>The HTTPS client trusts only the home's management CA ({@code tls/management-ca.pem}), like
 * {@code curl --cacert}, and can present the administrator's certificate (RFC 8446 §4.3.2: the
 * server requests one). The bootstrap's server certificate names {@code localhost} only, so HTTPS
 * URLs must use that name: {@link #httpsBase(WildFlyServer)}.
 */
public final class TestHome {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    private TestHome(Path dir) {
        this.dir = dir;
    }

    /**
     * Bootstraps {@code dir} (created if missing; what exists is kept, as the bootstrap never
     * overwrites).
     *
     * @throws IllegalStateException with the bootstrap's output if it does not exit with 0
     */
    public static TestHome create(Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(new String[] {"bootstrap", "--home", dir.toAbsolutePath().toString()}, o, e);
        }
        if (exit != 0) {
            throw new IllegalStateException("govca bootstrap --home " + dir + " exited with " + exit + ":\n"
                    + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        }
        return new TestHome(dir.toAbsolutePath());
    }

    /**
     * Sets a key of {@code govca.properties} (appended; a later line wins when the server loads
     * the file). For settings a test needs before the first start, e.g.
     * {@code govca.demo.hierarchy=false}.
     */
    public TestHome property(String key, String value) {
        try {
            Files.writeString(config(), System.lineSeparator() + key + "=" + value + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config(), e);
        }
    }

    /** The data directory ({@code govca.home}). */
    public Path dir() {
        return dir;
    }

    /** {@code govca.properties}. */
    public Path config() {
        return dir.resolve("govca.properties");
    }

    /** The management CA: issuer of the server's TLS certificate and of administrators' certificates. */
    public X509Certificate managementCa() {
        return readCertificate(dir.resolve("tls/management-ca.pem"));
    }

    /** The certificate the server presents on HTTPS. */
    public X509Certificate serverCertificate() {
        try {
            String pass = secret("tls/server.pass");
            KeyStore ks = load(dir.resolve("tls/server.p12"), pass);
            String alias = ks.aliases().nextElement();
            return (X509Certificate) ks.getCertificate(alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read tls/server.p12", e);
        }
    }

    /** The first administrator's client certificate ({@code admin/admin.crt}). */
    public X509Certificate adminCertificate() {
        return readCertificate(dir.resolve("admin/admin.crt"));
    }

    /** Subject of the administrator client certificate, as the servlet container reports it. */
    public String adminSubject() {
        return adminCertificate().getSubjectX500Principal().getName();
    }

    /** The first administrator's password for {@code POST /api/v1/auth/login}. */
    public String adminPassword() {
        return secret("admin/admin.password");
    }

    /** The first line of a secret file under the data directory. */
    public String secret(String relativePath) {
        try {
            return Files.readAllLines(dir.resolve(relativePath), StandardCharsets.UTF_8).get(0).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(relativePath), e);
        }
    }

    /** {@code https://localhost:<port>}: the name the bootstrap's server certificate carries. */
    public URI httpsBase(WildFlyServer server) {
        return URI.create("https://localhost:" + server.httpsBase().getPort());
    }

    /**
     * An HTTP/1.1 client that trusts only this home's management CA and, when
     * {@code withClientCertificate}, presents the administrator certificate
     * ({@code admin/admin.p12}). {@code protocol} limits the TLS version ("TLSv1.2", "TLSv1.3") or
     * is null for the JDK's default set.
     */
    public HttpClient httpClient(boolean withClientCertificate, String protocol) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("management-ca", managementCa());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            if (withClientCertificate) {
                String pass = secret("admin/admin.p12.pass");
                kmf.init(load(dir.resolve("admin/admin.p12"), pass), pass.toCharArray());
            } else {
                KeyStore none = KeyStore.getInstance("PKCS12");
                none.load(null, null);
                kmf.init(none, new char[0]);
            }
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), RANDOM);
            HttpClient.Builder builder = HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10));
            if (protocol != null) {
                SSLParameters params = ssl.getDefaultSSLParameters();
                params.setProtocols(new String[] {protocol});
                builder.sslParameters(params);
            }
            return builder.build();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the test TLS client", e);
        }
    }

    private static KeyStore load(Path file, String password) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            return ks;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static X509Certificate readCertificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + " is not an X.509 certificate", e);
        }
    }
}
