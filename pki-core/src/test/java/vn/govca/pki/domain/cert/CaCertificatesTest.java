package vn.govca.pki.domain.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.domain.profile.ProfileLoader;
import vn.govca.pki.domain.profile.ProfileSet;
import vn.govca.pki.infrastructure.cert.CsrBuilder;
import vn.govca.pki.infrastructure.cert.CsrParser;
import vn.govca.pki.infrastructure.cert.ParsedCsr;
import vn.govca.pki.testing.TestKeys;
import vn.govca.pki.testing.TestPki;

class CaCertificatesTest {

    private final ProfileSet profiles = ProfileLoader.bundled();

    @Test
    void root_selfSigned_caExtensionsAndOwnKeyIdentifiers() throws Exception {
        TestPki pki = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P256);
        X509Certificate root = pki.root.certificate();
        X509CertificateHolder h = pki.root.holder();
        root.verify(root.getPublicKey());
        assertThat(h.getIssuer().getEncoded()).isEqualTo(h.getSubject().getEncoded());
        assertThat(h.getSubject()).isEqualTo(TestPki.ROOT_DN.toX500Name());
        assertThat(h.getExtension(Extension.basicConstraints).isCritical()).isTrue();
        BasicConstraints bc = BasicConstraints.fromExtensions(h.getExtensions());
        assertThat(bc.isCA()).isTrue();
        assertThat(bc.getPathLenConstraint()).isNull();
        assertThat(root.getKeyUsage()).containsExactly(false, false, false, false, false, true, true, false, false);
        byte[] ski = SubjectKeyIdentifier.fromExtensions(h.getExtensions()).getKeyIdentifier();
        assertThat(AuthorityKeyIdentifier.fromExtensions(h.getExtensions()).getKeyIdentifier()).isEqualTo(ski);
        assertThat(h.getExtension(Extension.cRLDistributionPoints)).isNull();
        assertThat(h.getExtension(Extension.authorityInfoAccess)).isNull();
        assertThat(Duration.between(h.getNotBefore().toInstant(), h.getNotAfter().toInstant()))
                .isEqualTo(Duration.ofDays(7305).minusSeconds(1));
        assertThat(root.getSigAlgName()).isEqualTo("SHA384withECDSA");
    }

    @Test
    void sub_pathLenZeroAndPointsAtRoot() throws Exception {
        TestPki pki = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P256);
        X509Certificate sub = pki.sub.certificate();
        sub.verify(pki.root.certificate().getPublicKey());
        assertThat(sub.getBasicConstraints()).isZero();
        assertThat(org.bouncycastle.asn1.x509.CertificatePolicies.fromExtensions(pki.sub.holder().getExtensions())
                .getPolicyInformation()[0].getPolicyIdentifier().getId()).isEqualTo("2.5.29.32.0");
        assertThat(sub.getIssuerX500Principal()).isEqualTo(pki.root.certificate().getSubjectX500Principal());
        assertThat(new String(sub.getExtensionValue(Extension.cRLDistributionPoints.getId()), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("http://pki.govca.test/crl/root-g2.crl");
    }

    @Test
    void root_thirtyYears_policyViolation() {
        KeyPair key = TestKeys.shared(KeySpec.EC_P384);
        IssuanceRequest r = IssuanceRequest.builder(profiles.get("root-ca"), IssuerContext.selfSigned(SignatureAlgorithm.SHA384_WITH_ECDSA))
                .subject(TestPki.ROOT_DN).publicKey(key.getPublic()).validityDays(30 * 365 + 7).build();
        assertThatThrownBy(() -> CertificateBuilder.prepare(r, TestPki.serial(), TestPki.clock()))
                .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void root_rsa2048_policyViolation() {
        KeyPair key = TestKeys.shared(KeySpec.RSA_2048, 6);
        IssuanceRequest r = IssuanceRequest.builder(profiles.get("root-ca"), IssuerContext.selfSigned(SignatureAlgorithm.SHA256_WITH_RSA))
                .subject(TestPki.ROOT_DN).publicKey(key.getPublic()).build();
        assertThatThrownBy(() -> CertificateBuilder.prepare(r, TestPki.serial(), TestPki.clock()))
                .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void root_signatureAlgorithmForOtherKey_policyViolation() {
        KeyPair key = TestKeys.shared(KeySpec.EC_P384);
        IssuanceRequest r = IssuanceRequest.builder(profiles.get("root-ca"), IssuerContext.selfSigned(SignatureAlgorithm.SHA256_WITH_RSA))
                .subject(TestPki.ROOT_DN).publicKey(key.getPublic()).build();
        assertThatThrownBy(() -> CertificateBuilder.prepare(r, TestPki.serial(), TestPki.clock()))
                .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void sub_fromExportedCsr_issuedByRoot() throws Exception {
        TestPki pki = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P256);
        KeyPair partyKey = TestKeys.shared(KeySpec.RSA_3072, 8);
        SubjectName dn = SubjectName.parse("C=VN, O=Ban Cơ yếu Chính phủ, CN=CA phục vụ các cơ quan Đảng G2");
        byte[] csrDer = CsrBuilder.forCaKey(dn, SubjectPublicKeyInfo.getInstance(partyKey.getPublic().getEncoded()),
                TestKeys.signer(partyKey.getPrivate(), "SHA256withRSA"));
        ParsedCsr csr = CsrParser.parse(csrDer);
        SignedCertificate sub = CertificateBuilder.prepare(IssuanceRequest.builder(profiles.get("sub-ca"),
                        IssuerContext.of(pki.root.certificate(), pki.rootAlgorithm,
                                new PublicationPoints(TestPki.BASE_URL, TestPki.ROOT_NAME, false)))
                .subject(csr.subjectName()).publicKey(csr.publicKey()).validityDays(3653).build(),
                TestPki.serial(), TestPki.clock()).sign(TestKeys.signer(pki.rootKey.getPrivate(), pki.rootAlgorithm));
        assertThat(sub.certificate().getBasicConstraints()).isZero();
        assertThat(sub.holder().getSubject()).isEqualTo(dn.toX500Name());
        sub.certificate().verify(pki.root.certificate().getPublicKey());
    }
}
