package vn.govca.pki.infrastructure.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.cert.Pem;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.name.DnAttribute;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.EmailAddress;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.testing.TestCsrs;
import vn.govca.pki.testing.TestKeys;

class CsrParserTest {

    private static final X500Name SUBJECT =
            SubjectName.parse("C=VN, O=Bộ Tài chính, CN=Nguyễn Văn An, UID=CCCD:001099012345").toX500Name();

    private static void assertCategory(Runnable r, Category c) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(c));
    }

    @Test
    void parse_pemRsaWithSans_allFields() throws Exception {
        KeyPair key = TestKeys.leaf(KeySpec.RSA_2048);
        String pem = TestCsrs.pem(SUBJECT, key, "SHA256withRSA",
                new GeneralName(GeneralName.rfc822Name, "an.nv@mof.gov.vn"),
                new GeneralName(GeneralName.dNSName, "DVC.MOF.gov.vn"));
        ParsedCsr csr = CsrParser.parse(pem);
        assertThat(csr.keySpec()).isEqualTo(KeySpec.RSA_2048);
        assertThat(csr.signatureAlgorithm()).isEqualTo(SignatureAlgorithm.SHA256_WITH_RSA);
        assertThat(csr.publicKey().getEncoded()).isEqualTo(key.getPublic().getEncoded());
        assertThat(csr.emails()).containsExactly(new EmailAddress("an.nv@mof.gov.vn"));
        assertThat(csr.dnsNames()).containsExactly(new DnsName("dvc.mof.gov.vn"));
        SubjectName name = csr.subjectName();
        assertThat(name.first(DnAttribute.CN)).contains("Nguyễn Văn An");
        assertThat(name.first(DnAttribute.UID)).contains("CCCD:001099012345");
    }

    @Test
    void parse_derEcP256_accepted() throws Exception {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.leaf(KeySpec.EC_P256), "SHA256withECDSA");
        ParsedCsr csr = CsrParser.parse(der);
        assertThat(csr.keySpec()).isEqualTo(KeySpec.EC_P256);
        assertThat(csr.der()).isEqualTo(der);
        assertThat(csr.dnsNames()).isEmpty();
    }

    @Test
    void parse_legacyPemLabel_accepted() {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.leaf(KeySpec.EC_P256), "SHA256withECDSA");
        assertThat(CsrParser.parse(Pem.encode("NEW CERTIFICATE REQUEST", der)).keySpec()).isEqualTo(KeySpec.EC_P256);
    }

    @Test
    void parse_garbage_malformed() {
        assertCategory(() -> CsrParser.parse(new byte[] {0x30, 0x03, 0x02, 0x01, 0x05}), Category.MALFORMED);
        assertCategory(() -> CsrParser.parse("hello".getBytes(StandardCharsets.US_ASCII)), Category.MALFORMED);
        assertCategory(() -> CsrParser.parse(new byte[0]), Category.MALFORMED);
        assertCategory(() -> CsrParser.parse((String) null), Category.MALFORMED);
        assertCategory(() -> CsrParser.parse("-----BEGIN CERTIFICATE REQUEST-----\n!!!\n-----END CERTIFICATE REQUEST-----\n"),
                Category.MALFORMED);
    }

    @Test
    void parse_truncatedOrTrailingBytes_malformed() {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.leaf(KeySpec.EC_P256), "SHA256withECDSA");
        for (int cut : new int[] {1, 10, der.length / 2, der.length - 1}) {
            byte[] truncated = Arrays.copyOf(der, cut);
            assertCategory(() -> CsrParser.parse(truncated), Category.MALFORMED);
        }
        byte[] trailing = Arrays.copyOf(der, der.length + 2);
        assertCategory(() -> CsrParser.parse(trailing), Category.MALFORMED);
    }

    @Test
    void parse_certificatePem_malformed() {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.leaf(KeySpec.EC_P256), "SHA256withECDSA");
        assertCategory(() -> CsrParser.parse(Pem.encode(Pem.CERTIFICATE, der)), Category.MALFORMED);
    }

    @Test
    void parse_tooLarge_tooLarge() {
        assertCategory(() -> CsrParser.parse(new byte[CsrParser.MAX_BYTES + 1]), Category.TOO_LARGE);
    }

    @Test
    void parse_tamperedSignature_policyViolation() {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.leaf(KeySpec.RSA_2048), "SHA256withRSA");
        der[der.length - 5] ^= 0x01;
        assertCategory(() -> CsrParser.parse(der), Category.POLICY_VIOLATION);
    }

    @Test
    void parse_signedByAnotherKey_policyViolation() {
        KeyPair a = TestKeys.leaf(KeySpec.EC_P256);
        KeyPair b = TestKeys.shared(KeySpec.EC_P256, 3);
        byte[] der = TestCsrs.der(SUBJECT, new KeyPair(a.getPublic(), b.getPrivate()), "SHA256withECDSA");
        assertCategory(() -> CsrParser.parse(der), Category.POLICY_VIOLATION);
    }

    @Test
    void parse_rsa1024_policyViolation() {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.rsa(1024, BigInteger.valueOf(65537)), "SHA256withRSA");
        assertCategory(() -> CsrParser.parse(der), Category.POLICY_VIOLATION);
    }

    @Test
    void parse_rsaExponent3_policyViolation() {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.rsa(2048, BigInteger.valueOf(3)), "SHA256withRSA");
        assertCategory(() -> CsrParser.parse(der), Category.POLICY_VIOLATION);
    }

    @Test
    void parse_curveP521_policyViolation() {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.ec("secp521r1"), "SHA512withECDSA");
        assertCategory(() -> CsrParser.parse(der), Category.POLICY_VIOLATION);
    }

    @Test
    void parse_sha1Signature_policyViolation() {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.leaf(KeySpec.RSA_2048), "SHA1withRSA");
        assertCategory(() -> CsrParser.parse(der), Category.POLICY_VIOLATION);
    }

    @Test
    void parse_ipAddressSan_policyViolation() {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.leaf(KeySpec.EC_P256), "SHA256withECDSA",
                new GeneralName(GeneralName.iPAddress, "10.0.0.1"));
        assertCategory(() -> CsrParser.parse(der), Category.POLICY_VIOLATION);
    }

    @Test
    void parse_invalidDnsSan_malformed() {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.leaf(KeySpec.EC_P256), "SHA256withECDSA",
                new GeneralName(GeneralName.dNSName, "*.gov.vn"));
        assertCategory(() -> CsrParser.parse(der), Category.MALFORMED);
    }

    @Test
    void parse_version1_malformed() throws Exception {
        byte[] der = TestCsrs.der(SUBJECT, TestKeys.leaf(KeySpec.EC_P256), "SHA256withECDSA");
        ASN1Sequence outer = ASN1Sequence.getInstance(der);
        ASN1Sequence info = ASN1Sequence.getInstance(outer.getObjectAt(0));
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(1));
        for (int i = 1; i < info.size(); i++) {
            v.add(info.getObjectAt(i));
        }
        byte[] bad = new DERSequence(new ASN1Encodable[] {new DERSequence(v), outer.getObjectAt(1),
            DERBitString.getInstance(outer.getObjectAt(2))}).getEncoded();
        assertCategory(() -> CsrParser.parse(bad), Category.MALFORMED);
    }
}
