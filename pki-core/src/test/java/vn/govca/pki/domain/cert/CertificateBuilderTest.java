package vn.govca.pki.domain.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.EmailAddress;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.domain.profile.ExtendedKeyUsagePurpose;
import vn.govca.pki.infrastructure.cert.CsrParser;
import vn.govca.pki.infrastructure.cert.ParsedCsr;
import vn.govca.pki.testing.TestCsrs;
import vn.govca.pki.testing.TestKeys;
import vn.govca.pki.testing.TestPki;

class CertificateBuilderTest {

    private static final String PERSONAL_DN = "C=VN, L=Hà Nội, O=Ban Cơ yếu Chính phủ,"
            + " OU=Cục Chứng thực số và Bảo mật thông tin, CN=Phạm Văn A, UID=CCCD:001099012345, E=pva@bcy.gov.vn";
    private static final String ORG_DN = "C=VN, L=Hà Nội, O=BỘ TÀI CHÍNH, CN=CỤC THUẾ, UID=MST:0100109106";

    private final TestPki pki = TestPki.create(KeySpec.EC_P384, KeySpec.RSA_2048);

    private IssuanceRequest.Builder request(String profile, SubjectName subject, KeyPair key) {
        return IssuanceRequest.builder(pki.profiles.get(profile), pki.subIssuer()).subject(subject).publicKey(key.getPublic());
    }

    private SignedCertificate issue(IssuanceRequest request) {
        return CertificateBuilder.prepare(request, TestPki.serial(), TestPki.clock()).sign(pki.subSigner());
    }

    private static void assertPolicyViolation(Runnable r) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    private static List<String> uris(X509CertificateHolder c) {
        AuthorityInformationAccess aia = AuthorityInformationAccess.fromExtensions(c.getExtensions());
        return java.util.Arrays.stream(aia.getAccessDescriptions()).map(AccessDescription::getAccessLocation)
                .map(g -> ((ASN1IA5String) g.getName()).getString()).toList();
    }

    @Test
    void prepare_personalFromBcCsr_certificateFollowsProfile() throws Exception {
        KeyPair key = TestKeys.leaf(KeySpec.RSA_2048);
        ParsedCsr csr = CsrParser.parse(TestCsrs.pem(new X500Name("CN=ignored"), key, "SHA256withRSA"));
        SignedCertificate signed = issue(IssuanceRequest.builder(pki.profiles.get("personal"), pki.subIssuer())
                .subject(SubjectName.parse(PERSONAL_DN)).publicKey(csr.publicKey())
                .extendedKeyUsage(ExtendedKeyUsagePurpose.EMAIL_PROTECTION)
                .extendedKeyUsage(ExtendedKeyUsagePurpose.CLIENT_AUTH).validityDays(730).build());
        X509Certificate c = signed.certificate();
        X509CertificateHolder h = signed.holder();
        assertThat(c.getVersion()).isEqualTo(3);
        assertThat(h.getIssuer().getEncoded()).isEqualTo(pki.sub.holder().getSubject().getEncoded());
        assertThat(h.getSubject()).isEqualTo(SubjectName.parse(PERSONAL_DN).toX500Name());
        assertThat(c.getKeyUsage()).startsWith(true, true, true, false, false, false, false);
        assertThat(c.getCriticalExtensionOIDs()).contains(Extension.keyUsage.getId(), Extension.basicConstraints.getId());
        assertThat(c.getBasicConstraints()).isEqualTo(-1);
        assertThat(c.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2", "1.3.6.1.5.5.7.3.4");
        assertThat(c.getSubjectAlternativeNames()).containsExactly(List.of(1, "pva@bcy.gov.vn"));
        assertThat(c.getNotBefore().toInstant()).isEqualTo(TestPki.NOW);
        assertThat(c.getNotAfter().toInstant()).isEqualTo(TestPki.NOW.plus(Duration.ofDays(730)).minusSeconds(1));
        assertThat(CertificatePolicies.fromExtensions(h.getExtensions()).getPolicyInformation()[0].getPolicyIdentifier().getId())
                .isEqualTo("2.16.704.9999.1.1");
        GeneralNames crl = CRLDistPoint.fromExtensions(h.getExtensions()).getDistributionPoints()[0]
                .getDistributionPoint().getName() instanceof GeneralNames g ? g : null;
        assertThat(((ASN1IA5String) crl.getNames()[0].getName()).getString()).isEqualTo("http://pki.govca.test/crl/nha-nuoc-g2.crl");
        assertThat(uris(h)).containsExactly("http://pki.govca.test/ocsp", "http://pki.govca.test/ca/nha-nuoc-g2.crt");
        assertThat(h.getExtension(Extension.freshestCRL)).isNull();
        byte[] subSki = SubjectKeyIdentifier.fromExtensions(pki.sub.holder().getExtensions()).getKeyIdentifier();
        assertThat(AuthorityKeyIdentifier.fromExtensions(h.getExtensions()).getKeyIdentifier()).isEqualTo(subSki);
        assertThat(SubjectKeyIdentifier.fromExtensions(h.getExtensions())).isNotNull();
        c.verify(pki.sub.certificate().getPublicKey());
    }

    @Test
    void prepare_organizationEcKey_signatureOnlyAndTaxCodeUid() throws Exception {
        SignedCertificate signed = issue(request("organization", SubjectName.parse(ORG_DN),
                TestKeys.leaf(KeySpec.EC_P256)).build());
        X509Certificate c = signed.certificate();
        assertThat(c.getKeyUsage()).startsWith(true, true, false, false, false, false, false);
        assertThat(c.getExtendedKeyUsage()).isNull();
        assertThat(c.getSubjectAlternativeNames()).isNull();
        var uid = signed.holder().getSubject().getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.UID)[0].getFirst().getValue();
        assertThat(uid).isInstanceOf(org.bouncycastle.asn1.DERUTF8String.class).hasToString("MST:0100109106");
        assertThat(c.getSigAlgName()).isEqualTo("SHA256withRSA");
    }

    @Test
    void prepare_tlsServerEmptySubject_criticalDnsSan() throws Exception {
        SignedCertificate signed = issue(request("tls-server", SubjectName.empty(), TestKeys.leaf(KeySpec.EC_P256))
                .dnsSan(new DnsName("dichvucong.gov.vn")).dnsSan(new DnsName("www.dichvucong.gov.vn")).build());
        X509Certificate c = signed.certificate();
        assertThat(c.getSubjectX500Principal().getName()).isEmpty();
        assertThat(c.getCriticalExtensionOIDs()).contains(Extension.subjectAlternativeName.getId());
        assertThat(c.getSubjectAlternativeNames()).containsExactly(List.of(2, "dichvucong.gov.vn"), List.of(2, "www.dichvucong.gov.vn"));
        assertThat(c.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(c.getKeyUsage()).startsWith(true, false, false);
    }

    @Test
    void prepare_tlsServerRsaWithCn_keyEnciphermentAndNonCriticalSan() throws Exception {
        SignedCertificate signed = issue(request("tls-server", SubjectName.parse("C=VN, O=Sở TT&TT Sơn La, CN=sonla.gov.vn"),
                TestKeys.leaf(KeySpec.RSA_2048)).dnsSan(new DnsName("sonla.gov.vn")).build());
        X509Certificate c = signed.certificate();
        assertThat(c.getKeyUsage()).startsWith(true, false, true);
        assertThat(c.getNonCriticalExtensionOIDs()).contains(Extension.subjectAlternativeName.getId());
    }

    @Test
    void prepare_tlsServerCnNotInSan_policyViolation() {
        assertPolicyViolation(() -> CertificateBuilder.prepare(request("tls-server", SubjectName.parse("CN=other.gov.vn"),
                TestKeys.leaf(KeySpec.EC_P256)).dnsSan(new DnsName("sonla.gov.vn")).build(), TestPki.serial(), TestPki.clock()));
    }

    @Test
    void prepare_tlsServerWithoutDns_policyViolation() {
        assertPolicyViolation(() -> CertificateBuilder.prepare(request("tls-server", SubjectName.parse("CN=x"),
                TestKeys.leaf(KeySpec.EC_P256)).build(), TestPki.serial(), TestPki.clock()));
    }

    @Test
    void prepare_ocspResponder_noCheckAndThirtyDays() throws Exception {
        SignedCertificate signed = issue(request("ocsp-responder",
                SubjectName.parse("C=VN, O=Ban Cơ yếu Chính phủ, CN=OCSP CA phục vụ các cơ quan Nhà nước G2"),
                TestKeys.leaf(KeySpec.EC_P256)).build());
        X509CertificateHolder h = signed.holder();
        assertThat(h.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck).getParsedValue()).isEqualTo(DERNull.INSTANCE);
        assertThat(h.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck).isCritical()).isFalse();
        assertThat(signed.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.9");
        assertThat(Duration.between(h.getNotBefore().toInstant(), h.getNotAfter().toInstant()))
                .isEqualTo(Duration.ofDays(30).minusSeconds(1));
        assertThat(h.getExtension(Extension.cRLDistributionPoints)).isNull();
        assertThat(uris(h)).containsExactly("http://pki.govca.test/ca/nha-nuoc-g2.crt");
    }

    @Test
    void prepare_noValidityRequested_profileMaximumInclusive() {
        PreparedCertificate p = CertificateBuilder.prepare(request("personal", SubjectName.parse(PERSONAL_DN),
                TestKeys.leaf(KeySpec.RSA_2048)).build(), TestPki.serial(), TestPki.clock());
        assertThat(p.notAfter()).isEqualTo(TestPki.NOW.plus(Duration.ofDays(1826)).minusSeconds(1));
    }

    @Test
    void prepare_noValidityNearIssuerEnd_cutAtIssuerNotAfter() {
        Instant subEnd = pki.sub.holder().getNotAfter().toInstant();
        Clock late = Clock.fixed(subEnd.minus(Duration.ofDays(100)), ZoneOffset.UTC);
        PreparedCertificate p = CertificateBuilder.prepare(request("personal", SubjectName.parse(PERSONAL_DN),
                TestKeys.leaf(KeySpec.RSA_2048)).build(), TestPki.serial(), late);
        assertThat(p.notAfter()).isEqualTo(subEnd);
    }

    @Test
    void prepare_subSecondClock_truncatedToSeconds() {
        Clock odd = Clock.fixed(TestPki.NOW.plusMillis(987), ZoneOffset.UTC);
        PreparedCertificate p = CertificateBuilder.prepare(request("personal", SubjectName.parse(PERSONAL_DN),
                TestKeys.leaf(KeySpec.RSA_2048)).validityDays(1).build(), TestPki.serial(), odd);
        assertThat(p.notBefore()).isEqualTo(TestPki.NOW);
    }

    @Test
    void prepare_validity1900Days_policyViolation() {
        assertPolicyViolation(() -> CertificateBuilder.prepare(request("personal", SubjectName.parse(PERSONAL_DN),
                TestKeys.leaf(KeySpec.RSA_2048)).validityDays(1900).build(), TestPki.serial(), TestPki.clock()));
    }

    @Test
    void prepare_notAfterBeyondIssuer_policyViolation() {
        Instant beyond = pki.sub.holder().getNotAfter().toInstant().plusSeconds(1);
        Clock late = Clock.fixed(beyond.minus(Duration.ofDays(300)), ZoneOffset.UTC);
        assertPolicyViolation(() -> CertificateBuilder.prepare(request("personal", SubjectName.parse(PERSONAL_DN),
                TestKeys.leaf(KeySpec.RSA_2048)).notAfter(beyond).build(), TestPki.serial(), late));
    }

    @Test
    void prepare_personalWithoutUid_policyViolation() {
        assertPolicyViolation(() -> CertificateBuilder.prepare(request("personal", SubjectName.parse("C=VN, CN=Phạm Văn A"),
                TestKeys.leaf(KeySpec.RSA_2048)).build(), TestPki.serial(), TestPki.clock()));
    }

    @Test
    void prepare_personalWithTaxCodeUid_policyViolation() {
        assertPolicyViolation(() -> CertificateBuilder.prepare(request("personal",
                SubjectName.parse("C=VN, CN=Phạm Văn A, UID=MST:0100109106"), TestKeys.leaf(KeySpec.RSA_2048)).build(),
                TestPki.serial(), TestPki.clock()));
    }

    @Test
    void prepare_keyNotInProfile_policyViolation() {
        assertPolicyViolation(() -> CertificateBuilder.prepare(request("personal", SubjectName.parse(PERSONAL_DN),
                TestKeys.leaf(KeySpec.EC_P384)).build(), TestPki.serial(), TestPki.clock()));
    }

    @Test
    void prepare_weakRsaKey_policyViolation() {
        assertPolicyViolation(() -> CertificateBuilder.prepare(request("personal", SubjectName.parse(PERSONAL_DN),
                TestKeys.rsa(1024, BigInteger.valueOf(65537))).build(), TestPki.serial(), TestPki.clock()));
    }

    @Test
    void prepare_ekuOutsideProfile_policyViolation() {
        assertPolicyViolation(() -> CertificateBuilder.prepare(request("personal", SubjectName.parse(PERSONAL_DN),
                TestKeys.leaf(KeySpec.RSA_2048)).extendedKeyUsage(ExtendedKeyUsagePurpose.CODE_SIGNING).build(),
                TestPki.serial(), TestPki.clock()));
    }

    @Test
    void prepare_emailSanRequested_addedNextToSubjectEmail() throws Exception {
        SignedCertificate signed = issue(request("personal", SubjectName.parse(PERSONAL_DN), TestKeys.leaf(KeySpec.RSA_2048))
                .emailSan(new EmailAddress("pham.van.a@gov.vn")).build());
        assertThat(signed.certificate().getSubjectAlternativeNames())
                .containsExactly(List.of(1, "pva@bcy.gov.vn"), List.of(1, "pham.van.a@gov.vn"));
    }

    @Test
    void prepare_issuerPublishesDeltaCrl_freshestCrlExtension() {
        IssuanceRequest r = IssuanceRequest.builder(pki.profiles.get("personal"), pki.subIssuer(true))
                .subject(SubjectName.parse(PERSONAL_DN)).publicKey(TestKeys.leaf(KeySpec.RSA_2048).getPublic()).build();
        X509CertificateHolder h = CertificateBuilder.prepare(r, TestPki.serial(), TestPki.clock()).sign(pki.subSigner()).holder();
        GeneralNames names = (GeneralNames) CRLDistPoint.getInstance(h.getExtension(Extension.freshestCRL).getParsedValue())
                .getDistributionPoints()[0].getDistributionPoint().getName();
        assertThat(((ASN1IA5String) names.getNames()[0].getName()).getString())
                .isEqualTo("http://pki.govca.test/crl/nha-nuoc-g2-delta.crl");
        assertThat(h.getExtension(Extension.freshestCRL).isCritical()).isFalse();
    }

    @Test
    void prepare_subscriberProfileSelfSigned_policyViolation() {
        KeyPair key = TestKeys.leaf(KeySpec.RSA_2048);
        assertPolicyViolation(() -> CertificateBuilder.prepare(IssuanceRequest.builder(pki.profiles.get("personal"),
                IssuerContext.selfSigned(vn.govca.pki.domain.key.SignatureAlgorithm.SHA256_WITH_RSA))
                .subject(SubjectName.parse(PERSONAL_DN)).publicKey(key.getPublic()).build(), TestPki.serial(), TestPki.clock()));
    }

    @Test
    void prepare_issuerWithoutPublicationPoints_policyViolation() {
        IssuerContext bare = IssuerContext.of(pki.sub.holder(), pki.subAlgorithm, null);
        assertPolicyViolation(() -> CertificateBuilder.prepare(IssuanceRequest.builder(pki.profiles.get("personal"), bare)
                .subject(SubjectName.parse(PERSONAL_DN)).publicKey(TestKeys.leaf(KeySpec.RSA_2048).getPublic()).build(),
                TestPki.serial(), TestPki.clock()));
    }

    @Test
    void issuerContext_leafAsIssuer_policyViolation() {
        SignedCertificate leaf = issue(request("organization", SubjectName.parse(ORG_DN), TestKeys.leaf(KeySpec.EC_P256)).build());
        assertPolicyViolation(() -> IssuerContext.of(leaf.holder(), vn.govca.pki.domain.key.SignatureAlgorithm.SHA256_WITH_ECDSA, null));
    }

    @Test
    void issuerContext_algorithmForOtherKeyType_policyViolation() {
        assertPolicyViolation(() -> IssuerContext.of(pki.sub.holder(),
                vn.govca.pki.domain.key.SignatureAlgorithm.SHA256_WITH_ECDSA, null));
    }

    @Test
    void build_incompleteRequest_malformed() {
        var profile = pki.profiles.get("personal");
        for (Runnable r : new Runnable[] {
            () -> IssuanceRequest.builder(profile, pki.subIssuer()).build(),
            () -> request("personal", SubjectName.empty(), TestKeys.leaf(KeySpec.RSA_2048)).validityDays(0).build(),
            () -> request("personal", SubjectName.empty(), TestKeys.leaf(KeySpec.RSA_2048)).validityDays(5)
                    .notAfter(TestPki.NOW.plusSeconds(100)).build(),
            () -> request("personal", SubjectName.empty(), TestKeys.leaf(KeySpec.RSA_2048)).notBefore(TestPki.NOW)
                    .notAfter(TestPki.NOW).build()}) {
            assertThatThrownBy(r::run).isInstanceOfSatisfying(GovCaException.class,
                    e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
        }
    }
}
