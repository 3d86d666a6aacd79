package vn.govca.pki.domain.cert.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.junit.jupiter.api.Test;

class ExtensionLintsTest {

    private final LintFixture fx = new LintFixture();
    private final LintTarget personal = fx.personal();
    private final LintTarget tls = fx.tls();
    private final LintTarget ocsp = fx.ocsp();
    private final LintTarget subCa = fx.subCa();

    private void assertFails(Lint lint, LintTarget base, TbsEditor edit) {
        assertThat(lint.check(base)).as("baseline").isEmpty();
        assertThat(LintFixture.run(lint, base, edit)).as(lint.id()).isNotEmpty();
    }

    private static CRLDistPoint dp(String uri) {
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(new DistributionPointName(
                new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, uri))), null, null)});
    }

    @Test
    void keyUsageLint_missingNonCriticalOrWrongBits_fail() {
        assertFails(new KeyUsageLint(), personal, new TbsEditor(personal).remove(Extension.keyUsage));
        assertFails(new KeyUsageLint(), personal, new TbsEditor(personal).critical(Extension.keyUsage, false));
        assertFails(new KeyUsageLint(), personal, new TbsEditor(personal).put(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)));
        assertFails(new KeyUsageLint(), personal, new TbsEditor(personal).put(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation | KeyUsage.keyEncipherment | KeyUsage.keyCertSign)));
        assertFails(new KeyUsageLint(), personal, new TbsEditor(personal).put(Extension.keyUsage, true, new KeyUsage(0)));
    }

    @Test
    void keyUsageLint_keyEnciphermentOnEcKey_fails() {
        assertFails(new KeyUsageLint(), tls, new TbsEditor(tls).put(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)));
    }

    @Test
    void extendedKeyUsageLint_requiredMissingOrNotAllowed_fail() {
        assertFails(new ExtendedKeyUsageLint(), tls, new TbsEditor(tls).remove(Extension.extendedKeyUsage));
        assertFails(new ExtendedKeyUsageLint(), tls, new TbsEditor(tls).put(Extension.extendedKeyUsage, false,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth)));
        assertFails(new ExtendedKeyUsageLint(), personal, new TbsEditor(personal).put(Extension.extendedKeyUsage, false,
                new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_emailProtection, KeyPurposeId.id_kp_codeSigning})));
        assertFails(new ExtendedKeyUsageLint(), personal, new TbsEditor(personal).put(Extension.extendedKeyUsage, false,
                new ExtendedKeyUsage(KeyPurposeId.anyExtendedKeyUsage)));
        assertFails(new ExtendedKeyUsageLint(), tls, new TbsEditor(tls).critical(Extension.extendedKeyUsage, true));
    }

    @Test
    void basicConstraintsLint_endEntityCaOrMissing_fail() {
        assertFails(new BasicConstraintsLint(), personal, new TbsEditor(personal).put(Extension.basicConstraints, true,
                new BasicConstraints(true)));
        assertFails(new BasicConstraintsLint(), personal, new TbsEditor(personal).remove(Extension.basicConstraints));
        assertFails(new BasicConstraintsLint(), personal, new TbsEditor(personal).critical(Extension.basicConstraints, false));
    }

    @Test
    void basicConstraintsLint_caPathLenOrMissingCertSign_fail() {
        assertFails(new BasicConstraintsLint(), subCa, new TbsEditor(subCa).put(Extension.basicConstraints, true,
                new BasicConstraints(1)));
        assertFails(new BasicConstraintsLint(), subCa, new TbsEditor(subCa).put(Extension.basicConstraints, true,
                new BasicConstraints(true)));
        assertFails(new BasicConstraintsLint(), subCa, new TbsEditor(subCa).remove(Extension.basicConstraints));
        assertFails(new BasicConstraintsLint(), subCa, new TbsEditor(subCa).put(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.cRLSign)));
    }

    @Test
    void keyIdentifierLint_missingWrongOrCritical_fail() {
        assertFails(new KeyIdentifierLint(), personal, new TbsEditor(personal).remove(Extension.subjectKeyIdentifier));
        assertFails(new KeyIdentifierLint(), personal, new TbsEditor(personal).put(Extension.subjectKeyIdentifier, false,
                new SubjectKeyIdentifier(new byte[20])));
        assertFails(new KeyIdentifierLint(), personal, new TbsEditor(personal).critical(Extension.subjectKeyIdentifier, true));
        assertFails(new KeyIdentifierLint(), personal, new TbsEditor(personal).remove(Extension.authorityKeyIdentifier));
        assertFails(new KeyIdentifierLint(), personal, new TbsEditor(personal).put(Extension.authorityKeyIdentifier, false,
                new AuthorityKeyIdentifier(new byte[] {1, 2, 3})));
        assertFails(new KeyIdentifierLint(), personal, new TbsEditor(personal).critical(Extension.authorityKeyIdentifier, true));
        assertFails(new KeyIdentifierLint(), personal, new TbsEditor(personal).put(Extension.authorityKeyIdentifier, false,
                new AuthorityKeyIdentifier(fx.subFacts.keyIdentifier(),
                        new GeneralNames(new GeneralName(new X500Name("CN=x"))), java.math.BigInteger.TEN)));
    }

    @Test
    void certificatePoliciesLint_missingWrongDuplicateCritical_fail() {
        assertFails(new CertificatePoliciesLint(), personal, new TbsEditor(personal).remove(Extension.certificatePolicies));
        assertFails(new CertificatePoliciesLint(), personal, new TbsEditor(personal).put(Extension.certificatePolicies, false,
                new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier("2.16.704.9999.1.2")))));
        PolicyInformation mine = new PolicyInformation(new ASN1ObjectIdentifier("2.16.704.9999.1.1"));
        assertFails(new CertificatePoliciesLint(), personal, new TbsEditor(personal).put(Extension.certificatePolicies, false,
                new CertificatePolicies(new PolicyInformation[] {mine, mine})));
        assertFails(new CertificatePoliciesLint(), personal, new TbsEditor(personal).critical(Extension.certificatePolicies, true));
    }

    @Test
    void distributionPointsLint_missingOrBadUrls_fail() {
        assertFails(new DistributionPointsLint(), personal, new TbsEditor(personal).remove(Extension.cRLDistributionPoints));
        assertFails(new DistributionPointsLint(), personal, new TbsEditor(personal).remove(Extension.authorityInfoAccess));
        assertFails(new DistributionPointsLint(), personal, new TbsEditor(personal).put(Extension.cRLDistributionPoints, false,
                dp("ldap://ldap.gov.vn/cn=crl")));
        assertFails(new DistributionPointsLint(), personal, new TbsEditor(personal).critical(Extension.authorityInfoAccess, true));
        assertFails(new DistributionPointsLint(), personal, new TbsEditor(personal).critical(Extension.cRLDistributionPoints, true));
        assertFails(new DistributionPointsLint(), personal, new TbsEditor(personal).put(Extension.authorityInfoAccess, false,
                new AuthorityInformationAccess(new AccessDescription(X509ObjectIdentifiers.id_ad_caIssuers,
                        new GeneralName(GeneralName.uniformResourceIdentifier, "http://pki.govca.test/ca/x.crt")))));
    }

    @Test
    void distributionPointsLint_freshestWithoutCrlDpOrNotWanted_fail() {
        assertFails(new DistributionPointsLint(), personal, new TbsEditor(personal).remove(Extension.cRLDistributionPoints)
                .append(Extension.freshestCRL, false, dp("http://pki.govca.test/crl/x-delta.crl")));
        assertFails(new DistributionPointsLint(), ocsp, new TbsEditor(ocsp).append(Extension.cRLDistributionPoints, false,
                dp("http://pki.govca.test/crl/x.crl")));
    }

    @Test
    void ocspNoCheckLint_missingMisplacedCriticalOrNotNull_fail() {
        assertFails(new OcspNoCheckLint(), ocsp, new TbsEditor(ocsp).remove(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck));
        assertFails(new OcspNoCheckLint(), ocsp, new TbsEditor(ocsp).critical(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, true));
        assertFails(new OcspNoCheckLint(), ocsp, new TbsEditor(ocsp).put(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false,
                new DERUTF8String("x")));
        assertFails(new OcspNoCheckLint(), personal, new TbsEditor(personal).append(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck,
                false, DERNull.INSTANCE));
    }
}
