package vn.govca.dist.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A GovCA data directory ({@code var/}) for one integration test, holding what the first-start
 * bootstrap would write for the server's TLS: {@code tls/server.p12} (a certificate for
 * 127.0.0.1/localhost), {@code tls/clients-truststore.p12} (a test management CA) and their
 * {@code .pass} files. It also keeps an administrator client certificate issued by that CA, so a
 * test can log in over TLS (RFC 8446 §4.3.2 CertificateRequest; client auth is requested).
 *
 * <p>EC P-256 keys keep the set-up fast. Tests that need the real bootstrap (administrator
 * password, audit key, soft tokens) run {@code vn.govca.cli} on this directory instead.
 */
public final class TestHome {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CLIENT_PASSWORD = "client";

    private final Path dir;
    private final X509Certificate serverCertificate;
    private final KeyStore adminKeyStore;

    private TestHome(Path dir, X509Certificate serverCertificate, KeyStore adminKeyStore) {
        this.dir = dir;
        this.serverCertificate = serverCertificate;
        this.adminKeyStore = adminKeyStore;
    }

    /** Creates {@code dir} (must not exist or be empty) with fresh TLS material. */
    public static TestHome create(Path dir) {
        try {
            Path tls = Files.createDirectories(dir.resolve("tls"));
            Instant now = Instant.now();
            KeyPair caKeys = ecKeyPair();
            X509Certificate ca = certificate(new X500Name("CN=GovCA Test Management CA"), caKeys, null,
                    caKeys, now, Role.CA);
            KeyPair serverKeys = ecKeyPair();
            X509Certificate server = certificate(new X500Name("CN=localhost"), serverKeys, ca, caKeys, now,
                    Role.SERVER);
            KeyPair adminKeys = ecKeyPair();
            X509Certificate admin = certificate(new X500Name("CN=Test Administrator,O=GovCA"), adminKeys, ca,
                    caKeys, now, Role.CLIENT);

            String serverPass = randomPassword();
            KeyStore serverStore = emptyStore();
            serverStore.setKeyEntry("server", serverKeys.getPrivate(), serverPass.toCharArray(),
                    new X509Certificate[] {server, ca});
            write(serverStore, tls.resolve("server.p12"), serverPass);
            Files.writeString(tls.resolve("server.pass"), serverPass, StandardCharsets.UTF_8);

            String trustPass = randomPassword();
            KeyStore trustStore = emptyStore();
            trustStore.setCertificateEntry("management-ca", ca);
            write(trustStore, tls.resolve("clients-truststore.p12"), trustPass);
            Files.writeString(tls.resolve("clients-truststore.pass"), trustPass, StandardCharsets.UTF_8);

            KeyStore adminStore = emptyStore();
            adminStore.setKeyEntry("admin", adminKeys.getPrivate(), CLIENT_PASSWORD.toCharArray(),
                    new X509Certificate[] {admin, ca});
            return new TestHome(dir, server, adminStore);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test data directory " + dir, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the test TLS material", e);
        }
    }

    /** The data directory ({@code govca.home}). */
    public Path dir() {
        return dir;
    }

    /** The certificate the server presents on HTTPS. */
    public X509Certificate serverCertificate() {
        return serverCertificate;
    }

    /** Subject of the administrator client certificate, as the servlet container reports it. */
    public String adminSubject() throws GeneralSecurityException {
        return ((X509Certificate) adminKeyStore.getCertificate("admin")).getSubjectX500Principal().getName();
    }

    /**
     * An HTTP client that trusts only this home's server certificate chain and, when
     * {@code withClientCertificate}, presents the administrator certificate. {@code protocol}
     * limits the TLS version ("TLSv1.2", "TLSv1.3") or is null for the JDK's default set.
     */
    public HttpClient httpClient(boolean withClientCertificate, String protocol) {
        try {
            KeyStore trust = emptyStore();
            trust.setCertificateEntry("server", serverCertificate);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(withClientCertificate ? adminKeyStore : emptyStore(), CLIENT_PASSWORD.toCharArray());
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), RANDOM);
            HttpClient.Builder builder = HttpClient.newBuilder().sslContext(ssl)
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

    private enum Role { CA, SERVER, CLIENT }

    private static X509Certificate certificate(X500Name subject, KeyPair keys, X509Certificate issuer,
            KeyPair issuerKeys, Instant now, Role role)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, new BigInteger(64, RANDOM).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(2))), subject,
                keys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
        if (issuer != null) {
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuer));
        }
        switch (role) {
            case CA -> {
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case SERVER -> {
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, InetAddress.getLoopbackAddress().getHostAddress())}));
            }
            case CLIENT -> {
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            }
        }
        PrivateKey signingKey = issuerKeys.getPrivate();
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signingKey)));
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return g.generateKeyPair();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        return ks;
    }

    private static void write(KeyStore store, Path file, String password) throws GeneralSecurityException, IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
    }

    private static String randomPassword() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
