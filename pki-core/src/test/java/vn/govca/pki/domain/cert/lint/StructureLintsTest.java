package vn.govca.pki.domain.cert.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERUTCTime;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.TestKeys;
import vn.govca.pki.testing.TestPki;

class StructureLintsTest {

    private final LintFixture fx = new LintFixture();
    private final LintTarget personal = fx.personal();

    private void assertFails(Lint lint, LintTarget base, TbsEditor edit) {
        assertThat(lint.check(base)).as("baseline").isEmpty();
        List<String> findings = LintFixture.run(lint, base, edit);
        assertThat(findings).as(lint.id()).isNotEmpty();
        assertThat(lint.reference()).isNotBlank();
    }

    private TbsEditor edit() {
        return new TbsEditor(personal);
    }

    @Test
    void versionLint_v1_fails() {
        assertFails(new VersionLint(), personal, edit().version(null));
        assertFails(new VersionLint(), personal, edit().version(1));
    }

    @Test
    void versionLint_uniqueIdOrNoExtensions_fails() {
        assertFails(new VersionLint(), personal, edit().withUniqueId());
        assertFails(new VersionLint(), personal, edit().removeAllExtensions());
    }

    @Test
    void serialNumberLint_zeroNegativeLongShort_fail() {
        assertFails(new SerialNumberLint(), personal, edit().serial(BigInteger.ZERO));
        assertFails(new SerialNumberLint(), personal, edit().serial(BigInteger.valueOf(-12345)));
        assertFails(new SerialNumberLint(), personal, edit().serial(BigInteger.ONE.shiftLeft(160)));
        assertFails(new SerialNumberLint(), personal, edit().serial(BigInteger.valueOf(0xABCDEF)));
    }

    @Test
    void signatureAlgorithmLint_sha1OrWrongFamilyOrParameters_fail() {
        assertFails(new SignatureAlgorithmLint(), personal, edit().signature(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.sha1WithRSAEncryption, DERNull.INSTANCE)));
        assertFails(new SignatureAlgorithmLint(), personal, edit().signature(
                new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256)));
        assertFails(new SignatureAlgorithmLint(), personal, edit().signature(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption)));
    }

    @Test
    void issuerNameLint_otherNameOrOtherEncoding_fails() {
        assertFails(new IssuerNameLint(), personal, edit().issuer(new X500Name("C=VN, CN=Other CA")));
        // same text, UTF8String instead of PrintableString for C: equal as text, different bytes
        RDN[] rdns = personal.issuerName().getRDNs().clone();
        rdns[0] = new RDN(BCStyle.C, new DERUTF8String("VN"));
        assertFails(new IssuerNameLint(), personal, edit().issuer(new X500Name(rdns)));
    }

    @Test
    void issuerNameLint_rootProfileWithIssuer_fails() {
        LintTarget asRoot = new LintTarget(personal.tbsDer(), fx.profile("root-ca"), personal.issuer(), personal.now());
        assertThat(new IssuerNameLint().check(asRoot)).isNotEmpty();
    }

    @Test
    void validityLint_tooLongReversedBackdated_fail() {
        Instant nb = TestPki.NOW;
        assertFails(new ValidityLint(), personal, edit().validity(nb, nb.plus(Duration.ofDays(1900))));
        assertFails(new ValidityLint(), personal, edit().validity(nb, nb.plus(Duration.ofDays(1826))));
        assertFails(new ValidityLint(), personal, edit().validity(nb.plusSeconds(10), nb));
        assertFails(new ValidityLint(), personal, edit().validity(nb.minus(Duration.ofHours(2)), nb.plus(Duration.ofDays(10))));
    }

    @Test
    void validityLint_wrongTimeEncoding_fails() {
        Instant nb = TestPki.NOW;
        assertFails(new ValidityLint(), personal, edit().validity(new DERGeneralizedTime(Date.from(nb)),
                new DERUTCTime(Date.from(nb.plus(Duration.ofDays(10))))));
    }

    @Test
    void issuerValidityLint_outlivesIssuer_fails() {
        Instant issuerEnd = fx.subFacts.notAfter();
        assertFails(new IssuerValidityLint(), personal, edit().validity(issuerEnd.minus(Duration.ofDays(10)),
                issuerEnd.plusSeconds(1)));
        assertFails(new IssuerValidityLint(), personal, edit().validity(fx.subFacts.notBefore().minusSeconds(1),
                TestPki.NOW.plus(Duration.ofDays(10))));
    }

    @Test
    void issuerValidityLint_issuerExpiredAtSigning_fails() {
        LintTarget late = new LintTarget(personal.tbsDer(), personal.profile(), personal.issuer(),
                fx.subFacts.notAfter().plusSeconds(5));
        assertThat(new IssuerValidityLint().check(late)).isNotEmpty();
    }

    @Test
    void publicKeyLint_specNotInProfileOrWeak_fails() {
        assertFails(new PublicKeyLint(), personal, edit().publicKey(
                SubjectPublicKeyInfo.getInstance(TestKeys.leaf(KeySpec.EC_P384).getPublic().getEncoded())));
        assertFails(new PublicKeyLint(), personal, edit().publicKey(SubjectPublicKeyInfo.getInstance(
                TestKeys.rsa(1024, BigInteger.valueOf(65537)).getPublic().getEncoded())));
    }

    @Test
    void extensionSetLint_duplicateOrUnknown_fails() {
        assertFails(new ExtensionSetLint(), personal, edit().append(Extension.basicConstraints, true, new BasicConstraints(false)));
        assertFails(new ExtensionSetLint(), personal, edit().append(new ASN1ObjectIdentifier("1.2.3.4.5"), true, DERNull.INSTANCE));
        assertFails(new ExtensionSetLint(), personal, edit().append(Extension.nameConstraints, false, DERNull.INSTANCE));
    }
}
