package vn.govca.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.govca.pki.domain.cert.CertificateBuilder;
import vn.govca.pki.domain.cert.IssuanceRequest;
import vn.govca.pki.domain.cert.IssuerContext;
import vn.govca.pki.domain.cert.Pem;
import vn.govca.pki.domain.cert.SerialNumber;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.domain.profile.CertificateProfile;
import vn.govca.pki.domain.profile.ProfileLoader;
import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.domain.token.CryptoTokens;
import vn.govca.pki.domain.token.TokenConfig;

/**
 * First start of a data directory: everything the server needs before WildFly can start, and
 * nothing that already exists is overwritten.
 * <ul>
 *   <li>{@code audit.key} — the audit log's HMAC key (32 random bytes);</li>
 *   <li>{@code tokens/*.pass} — passwords of the soft tokens of the demo hierarchy and of the
 *       OCSP responder token ({@code tokens/ocsp.pass});</li>
 *   <li>the management CA (EC P-384, soft token {@code tokens/management.p12}), which issues only
 *       the server's TLS certificate and administrators' client certificates — it is not part of
 *       the government hierarchy;</li>
 *   <li>{@code tls/server.p12}, {@code tls/clients-truststore.p12} and their passwords;</li>
 *   <li>{@code admin/admin.p12} (+ password), {@code admin/admin.crt} and
 *       {@code admin/admin.password} — the first administrator's login;</li>
 *   <li>{@code govca.properties} with the embedded defaults.</li>
 * </ul>
 * Every secret file is mode 0600.
 */
final class Bootstrap {

    static final String MANAGEMENT_ALIAS = "management-ca";
    private static final int LEAF_DAYS = 825;
    private final Path home;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    private Bootstrap(Path home) {
        this.home = home;
    }

    static int run(String[] args, PrintStream out) throws IOException {
        String dir = Main.option(args, "--home", System.getenv("GOVCA_HOME"));
        if (dir == null) {
            throw new IllegalArgumentException("bootstrap needs --home DIR (the data directory)");
        }
        Path home = Path.of(dir).toAbsolutePath().normalize();
        Files.createDirectories(home);
        new Bootstrap(home).all(out);
        return 0;
    }

    private void all(PrintStream out) throws IOException {
        Path auditKey = home.resolve("audit.key");
        if (!Files.exists(auditKey)) {
            SecretFiles.write(auditKey, SecretFiles.randomBytes(32));
        }
        SecretFiles.readOrCreate(home.resolve("tokens/root.pass"));
        SecretFiles.readOrCreate(home.resolve("tokens/issuing.pass"));
        SecretFiles.readOrCreate(home.resolve("tokens/ocsp.pass"));
        X509CertificateHolder managementCa = managementCa();
        if (!Files.exists(home.resolve("tls/server.p12"))) {
            serverKeyStore(managementCa);
        }
        if (!Files.exists(home.resolve("tls/clients-truststore.p12"))) {
            trustStore(managementCa);
        }
        if (!Files.exists(home.resolve("admin/admin.p12"))) {
            administrator(managementCa);
        }
        Path props = home.resolve("govca.properties");
        if (!Files.exists(props)) {
            try (InputStream in = Bootstrap.class.getResourceAsStream("/govca.properties.default")) {
                SecretFiles.write(props, in.readAllBytes());
            }
        }
        out.println("bootstrap: data directory " + home + " is ready");
        out.println("  administrator client certificate: " + home.resolve("admin/admin.p12")
                + " (password in " + home.resolve("admin/admin.p12.pass") + ")");
        out.println("  administrator password login:     user 'admin', password in "
                + home.resolve("admin/admin.password"));
    }

    private CryptoToken managementToken() throws IOException {
        String pw = SecretFiles.readOrCreate(home.resolve("tokens/management.pass"));
        CryptoToken token = CryptoTokens.open(TokenConfig.soft("management",
                home.resolve("tokens/management.p12"), pw.toCharArray()));
        token.activate();
        return token;
    }

    private X509CertificateHolder managementCa() throws IOException {
        Path pem = home.resolve("tls/management-ca.pem");
        if (Files.exists(pem)) {
            return new X509CertificateHolder(Pem.decode(Files.readString(pem), "CERTIFICATE"));
        }
        try (CryptoToken token = managementToken()) {
            if (token.hasKey(MANAGEMENT_ALIAS)) {
                token.deleteKey(MANAGEMENT_ALIAS); // a half-finished earlier bootstrap
            }
            var pub = token.generateKeyPair(MANAGEMENT_ALIAS, KeySpec.EC_P384);
            SignatureAlgorithm alg = SignatureAlgorithm.defaultFor(KeySpec.EC_P384);
            IssuanceRequest req = IssuanceRequest.builder(ProfileLoader.bundled().get("root-ca"),
                            IssuerContext.selfSigned(alg))
                    .subject(SubjectName.parse("C=VN, O=GovCA, OU=Management, CN=GovCA Management CA"))
                    .publicKey(pub).validityDays(3650).build();
            SignedCertificate ca = CertificateBuilder.prepare(req, SerialNumber.random(random), clock)
                    .sign(token.signer(MANAGEMENT_ALIAS, alg.jcaName()));
            Files.createDirectories(pem.getParent());
            Files.writeString(pem, ca.pem(), StandardCharsets.US_ASCII);
            return ca.holder();
        }
    }

    private SignedCertificate issue(X509CertificateHolder ca, String profileFile, SubjectName subject,
                                    KeyPair keys, String dns) throws IOException {
        CertificateProfile profile;
        try (InputStream in = Bootstrap.class.getResourceAsStream("/profiles/" + profileFile)) {
            profile = ProfileLoader.parse(profileFile, in);
        }
        SignatureAlgorithm alg = SignatureAlgorithm.defaultFor(KeySpec.EC_P384);
        IssuanceRequest.Builder b = IssuanceRequest.builder(profile, IssuerContext.of(ca, alg, null))
                .subject(subject).publicKey(keys.getPublic()).validityDays(LEAF_DAYS);
        if (dns != null) {
            b.dnsSan(new DnsName(dns));
        }
        try (CryptoToken token = managementToken()) {
            return CertificateBuilder.prepare(b.build(), SerialNumber.random(random), clock)
                    .sign(token.signer(MANAGEMENT_ALIAS, alg.jcaName()));
        }
    }

    private void serverKeyStore(X509CertificateHolder ca) throws IOException {
        KeyPair keys = generate("EC", KeySpec.EC_P256);
        SignedCertificate cert = issue(ca, "management-tls.json",
                SubjectName.parse("C=VN, O=GovCA, CN=localhost"), keys, "localhost");
        String pw = SecretFiles.readOrCreate(home.resolve("tls/server.pass"));
        writePkcs12(home.resolve("tls/server.p12"), "server", keys, cert, ca, pw);
    }

    private void trustStore(X509CertificateHolder ca) throws IOException {
        String pw = SecretFiles.readOrCreate(home.resolve("tls/clients-truststore.pass"));
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setCertificateEntry("govca-management-ca", x509(ca.getEncoded()));
            store(ks, home.resolve("tls/clients-truststore.p12"), pw);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the client trust store: " + e.getMessage(), e);
        }
    }

    private void administrator(X509CertificateHolder ca) throws IOException {
        KeyPair keys = generate("RSA", KeySpec.RSA_2048);
        SignedCertificate cert = issue(ca, "administrator.json",
                SubjectName.parse("C=VN, O=GovCA, OU=Administrators, CN=admin"), keys, null);
        String p12pw = SecretFiles.readOrCreate(home.resolve("admin/admin.p12.pass"));
        writePkcs12(home.resolve("admin/admin.p12"), "admin", keys, cert, ca, p12pw);
        SecretFiles.writeText(home.resolve("admin/admin.crt"), cert.pem());
        SecretFiles.readOrCreate(home.resolve("admin/admin.password"));
    }

    private KeyPair generate(String algorithm, KeySpec spec) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
            g.initialize(spec.keyGenParameters(), random);
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + spec.externalName() + " key", e);
        }
    }

    private static void writePkcs12(Path file, String alias, KeyPair keys, SignedCertificate cert,
                                    X509CertificateHolder ca, String password) throws IOException {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(alias, keys.getPrivate(), password.toCharArray(),
                    new Certificate[] {cert.certificate(), x509(ca.getEncoded())});
            store(ks, file, password);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void store(KeyStore ks, Path file, String password)
            throws IOException, java.security.GeneralSecurityException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (OutputStream out = buf) {
            ks.store(out, password.toCharArray());
        }
        SecretFiles.write(file, buf.toByteArray());
    }

    private static X509Certificate x509(byte[] der) throws java.security.GeneralSecurityException {
        return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(der));
    }
}
