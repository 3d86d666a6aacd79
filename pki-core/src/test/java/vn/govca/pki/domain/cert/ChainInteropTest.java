package vn.govca.pki.domain.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.domain.profile.ExtendedKeyUsagePurpose;
import vn.govca.pki.infrastructure.cert.CsrParser;
import vn.govca.pki.testing.ExternalTool;
import vn.govca.pki.testing.TestCsrs;
import vn.govca.pki.testing.TestKeys;
import vn.govca.pki.testing.TestPki;

/**
 * Independent checks of what we issue: OpenSSL ({@code verify -x509_strict}), GnuTLS
 * ({@code certtool -i} and {@code --verify}) and the JDK's PKIX validator must all accept the
 * chain root → sub CA → subscriber, for RSA and for EC hierarchies. The hierarchy is signed with a
 * clock fixed at the current time, so that certtool (which has no "at time" option) validates too.
 */
class ChainInteropTest {

    private static final String PERSONAL = "C=VN, L=Hà Nội, O=Ban Cơ yếu Chính phủ,"
            + " OU=Cục Chứng thực số và Bảo mật thông tin, CN=Phạm Văn A, UID=CCCD:001099012345, E=pva@bcy.gov.vn";

    @ParameterizedTest
    @CsvSource({"RSA_3072, RSA_2048, RSA_2048", "EC_P384, EC_P256, EC_P256"})
    void chain_issuedCertificates_acceptedByOpensslGnutlsAndPkix(KeySpec rootSpec, KeySpec subSpec, KeySpec leafSpec,
            @TempDir Path dir) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        TestPki pki = TestPki.create(rootSpec, subSpec, clock);
        Map<String, SignedCertificate> leaves = issueLeaves(pki, leafSpec, clock);

        Files.writeString(dir.resolve("root.pem"), pki.root.pem());
        Files.writeString(dir.resolve("sub.pem"), pki.sub.pem());
        String at = Long.toString(now.getEpochSecond() + 60);
        expectOpensslOk(dir, "sub.pem", "openssl", "verify", "-x509_strict", "-attime", at, "-CAfile", "root.pem", "sub.pem");
        expectCerttoolParses(dir, "root.pem");
        expectCerttoolParses(dir, "sub.pem");
        for (Map.Entry<String, SignedCertificate> e : leaves.entrySet()) {
            String file = e.getKey() + ".pem";
            Files.writeString(dir.resolve(file), e.getValue().pem());
            Files.writeString(dir.resolve(e.getKey() + "-chain.pem"), e.getValue().pem() + pki.sub.pem());
            List<String> cmd = new ArrayList<>(List.of("openssl", "verify", "-x509_strict", "-attime", at,
                    "-CAfile", "root.pem", "-untrusted", "sub.pem"));
            cmd.addAll(purpose(e.getKey()));
            cmd.add(file);
            expectOpensslOk(dir, file, cmd.toArray(String[]::new));
            expectCerttoolParses(dir, file);
            expectCerttoolVerifies(dir, e.getKey());
            pkixValidate(pki, e.getValue().certificate(), Date.from(now.plusSeconds(60)));
        }
        var asn1 = ExternalTool.run(dir, "openssl", "asn1parse", "-in", "personal.pem");
        assertThat(asn1.output()).containsPattern("PRINTABLESTRING\\s+:VN")
                .containsPattern("UTF8STRING\\s+:Ban Cơ yếu Chính phủ")
                .containsPattern("UTF8STRING\\s+:CCCD:001099012345")
                .containsPattern("IA5STRING\\s+:pva@bcy.gov.vn");
    }

    private static Map<String, SignedCertificate> issueLeaves(TestPki pki, KeySpec leafSpec, Clock clock) {
        Map<String, SignedCertificate> out = new LinkedHashMap<>();
        KeyPair key = TestKeys.leaf(leafSpec);
        String csrAlg = leafSpec.isRsa() ? "SHA256withRSA" : "SHA256withECDSA";
        var csr = CsrParser.parse(TestCsrs.der(SubjectName.parse("CN=x").toX500Name(), key, csrAlg));
        out.put("personal", issue(pki, clock, IssuanceRequest.builder(pki.profiles.get("personal"), pki.subIssuer())
                .subject(SubjectName.parse(PERSONAL)).publicKey(csr.publicKey())
                .extendedKeyUsage(ExtendedKeyUsagePurpose.EMAIL_PROTECTION)
                .extendedKeyUsage(ExtendedKeyUsagePurpose.CLIENT_AUTH).build()));
        out.put("organization", issue(pki, clock, IssuanceRequest.builder(pki.profiles.get("organization"), pki.subIssuer(true))
                .subject(SubjectName.parse("C=VN, L=Hà Nội, O=BỘ TÀI CHÍNH, CN=CỤC THUẾ, UID=MST:0100109106"))
                .publicKey(key.getPublic()).build()));
        out.put("tls", issue(pki, clock, IssuanceRequest.builder(pki.profiles.get("tls-server"), pki.subIssuer())
                .publicKey(key.getPublic()).dnsSan(new DnsName("dichvucong.gov.vn")).build()));
        out.put("tls-cn", issue(pki, clock, IssuanceRequest.builder(pki.profiles.get("tls-server"), pki.subIssuer())
                .subject(SubjectName.parse("C=VN, O=Sở Thông tin và Truyền thông Sơn La, CN=sonla.gov.vn"))
                .publicKey(key.getPublic()).dnsSan(new DnsName("sonla.gov.vn")).build()));
        out.put("ocsp", issue(pki, clock, IssuanceRequest.builder(pki.profiles.get("ocsp-responder"), pki.subIssuer())
                .subject(SubjectName.parse("C=VN, O=Ban Cơ yếu Chính phủ, CN=OCSP Nhà nước G2"))
                .publicKey(key.getPublic()).build()));
        return out;
    }

    private static SignedCertificate issue(TestPki pki, Clock clock, IssuanceRequest request) {
        return CertificateBuilder.prepare(request, TestPki.serial(), clock).sign(pki.subSigner());
    }

    private static List<String> purpose(String leaf) {
        return switch (leaf) {
            case "tls" -> List.of("-purpose", "sslserver", "-verify_hostname", "dichvucong.gov.vn");
            case "tls-cn" -> List.of("-purpose", "sslserver", "-verify_hostname", "sonla.gov.vn");
            case "personal" -> List.of("-purpose", "smimesign", "-verify_email", "pva@bcy.gov.vn");
            case "ocsp" -> List.of("-purpose", "ocsphelper");
            default -> List.of();
        };
    }

    private static void expectOpensslOk(Path dir, String file, String... cmd) throws Exception {
        var r = ExternalTool.run(dir, cmd);
        assertThat(r.output()).as(String.join(" ", cmd)).contains(file + ": OK");
        assertThat(r.exitCode()).as(r.output()).isZero();
    }

    private static void expectCerttoolParses(Path dir, String file) throws Exception {
        var r = ExternalTool.run(dir, "certtool", "-i", "--infile", file);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("Version: 3");
    }

    private static void expectCerttoolVerifies(Path dir, String leaf) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("certtool", "--verify", "--load-ca-certificate", "root.pem",
                "--infile", leaf + "-chain.pem"));
        if (leaf.equals("tls")) {
            cmd.add("--verify-hostname=dichvucong.gov.vn");
        }
        var r = ExternalTool.run(dir, cmd.toArray(String[]::new));
        assertThat(r.output()).as(r.output()).contains("Chain verification output: Verified");
        assertThat(r.exitCode()).as(r.output()).isZero();
    }

    private static void pkixValidate(TestPki pki, X509Certificate leaf, Date at) throws Exception {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        X509Certificate root = (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(pki.root.der()));
        CertPath path = cf.generateCertPath(List.of(leaf, pki.sub.certificate()));
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        params.setRevocationEnabled(false);
        params.setDate(at);
        PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX")
                .validate(path, params);
        assertThat(result.getPublicKey()).isEqualTo(leaf.getPublicKey());
    }
}
