package vn.govca.pki.domain.cert.lint;

import java.security.KeyPair;
import java.util.List;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import vn.govca.pki.domain.cert.CertificateBuilder;
import vn.govca.pki.domain.cert.IssuanceRequest;
import vn.govca.pki.domain.cert.PreparedCertificate;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.domain.profile.CertificateProfile;
import vn.govca.pki.domain.profile.ExtendedKeyUsagePurpose;
import vn.govca.pki.testing.TestKeys;
import vn.govca.pki.testing.TestPki;

/** Good, linted TBS certificates of each profile, and the context to re-lint edited copies. */
final class LintFixture {

    static final String PERSONAL_DN = "C=VN, L=Hà Nội, O=Ban Cơ yếu Chính phủ, CN=Phạm Văn A,"
            + " UID=CCCD:001099012345, E=pva@bcy.gov.vn";

    final TestPki pki = TestPki.create(KeySpec.EC_P384, KeySpec.RSA_2048);
    final IssuerFacts subFacts;

    LintFixture() {
        var sub = pki.sub.holder();
        subFacts = new IssuerFacts(sub.getSubject(),
                SubjectKeyIdentifier.fromExtensions(sub.getExtensions()).getKeyIdentifier(),
                sub.getSubjectPublicKeyInfo(), sub.getNotBefore().toInstant(), sub.getNotAfter().toInstant(), false);
    }

    CertificateProfile profile(String name) {
        return pki.profiles.get(name);
    }

    /** A linted personal certificate for an RSA key, with emailProtection. */
    LintTarget personal() {
        return target("personal", IssuanceRequest.builder(profile("personal"), pki.subIssuer())
                .subject(SubjectName.parse(PERSONAL_DN)).publicKey(TestKeys.leaf(KeySpec.RSA_2048).getPublic())
                .extendedKeyUsage(ExtendedKeyUsagePurpose.EMAIL_PROTECTION).build());
    }

    LintTarget tls() {
        return target("tls-server", IssuanceRequest.builder(profile("tls-server"), pki.subIssuer())
                .subject(SubjectName.parse("C=VN, CN=dichvucong.gov.vn")).publicKey(TestKeys.leaf(KeySpec.EC_P256).getPublic())
                .dnsSan(new DnsName("dichvucong.gov.vn")).build());
    }

    LintTarget ocsp() {
        return target("ocsp-responder", IssuanceRequest.builder(profile("ocsp-responder"), pki.subIssuer())
                .subject(SubjectName.parse("C=VN, O=Ban Cơ yếu Chính phủ, CN=OCSP G2"))
                .publicKey(TestKeys.leaf(KeySpec.EC_P256).getPublic()).build());
    }

    LintTarget subCa() {
        KeyPair key = TestKeys.shared(KeySpec.EC_P256, 9);
        var rootFacts = new IssuerFacts(pki.root.holder().getSubject(),
                SubjectKeyIdentifier.fromExtensions(pki.root.holder().getExtensions()).getKeyIdentifier(),
                pki.root.holder().getSubjectPublicKeyInfo(), pki.root.holder().getNotBefore().toInstant(),
                pki.root.holder().getNotAfter().toInstant(), false);
        PreparedCertificate p = CertificateBuilder.prepare(IssuanceRequest.builder(profile("sub-ca"),
                        vn.govca.pki.domain.cert.IssuerContext.of(pki.root.holder(), pki.rootAlgorithm,
                                new vn.govca.pki.domain.cert.PublicationPoints(TestPki.BASE_URL, "root", false)))
                .subject(SubjectName.parse("C=VN, O=Ban Cơ yếu Chính phủ, CN=Sub 2")).publicKey(key.getPublic()).build(),
                TestPki.serial(), TestPki.clock());
        return new LintTarget(p.tbsDer(), profile("sub-ca"), rootFacts, TestPki.NOW);
    }

    private LintTarget target(String profile, IssuanceRequest request) {
        PreparedCertificate p = CertificateBuilder.prepare(request, TestPki.serial(), TestPki.clock());
        return new LintTarget(p.tbsDer(), profile(profile), subFacts, TestPki.NOW);
    }

    /** Re-targets an edited TBS with the same profile and issuer. */
    static LintTarget edited(LintTarget base, TbsEditor editor) {
        return new LintTarget(editor.encode(), base.profile(), base.issuer(), base.now());
    }

    static List<String> run(Lint lint, LintTarget base, TbsEditor editor) {
        return lint.check(edited(base, editor));
    }
}
