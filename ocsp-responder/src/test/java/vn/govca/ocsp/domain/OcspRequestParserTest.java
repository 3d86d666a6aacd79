package vn.govca.ocsp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.ocsp.testing.Requests;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.TestKeys;

class OcspRequestParserTest {

    private final OcspRequestParser parser = new OcspRequestParser(OcspRequestParser.MAX_REQUEST_BYTES, 10, 32);
    private final X509CertificateHolder issuer = OcspTestPki.create().pki.sub.holder();

    private static void assertCategory(Executable e, Category category) {
        assertThatThrownBy(e::execute).isInstanceOfSatisfying(GovCaException.class,
                x -> assertThat(x.category()).isEqualTo(category));
    }

    private byte[] withExtensions(Extension... exts) throws Exception {
        OCSPReqBuilder b = new OCSPReqBuilder();
        b.addRequest(Requests.certId(issuer, CertIdHashAlgorithm.SHA1, BigInteger.TEN));
        b.setRequestExtensions(new Extensions(exts));
        return b.build().getEncoded();
    }

    private static Extension nonce(byte[] value) throws IOException {
        return new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(value).getEncoded());
    }

    @Test
    void parse_bcRequest_certIdsInOrder() {
        OcspRequest r = parser.parse(Requests.of(issuer, CertIdHashAlgorithm.SHA256, BigInteger.ONE, BigInteger.TWO));

        assertThat(r.certIds()).extracting(RequestedCertId::serial).containsExactly(BigInteger.ONE, BigInteger.TWO);
        assertThat(r.certIds().get(0).hashAlgorithm()).contains(CertIdHashAlgorithm.SHA256);
        assertThat(r.certIds().get(0).issuerKey()).contains(ServedIssuer.hashKey(issuer, CertIdHashAlgorithm.SHA256));
        assertThat(r.nonce()).isEmpty();
        assertThat(r.signed()).isFalse();
    }

    @Test
    void parse_garbage_malformed() {
        assertCategory(() -> parser.parse("hello, responder".getBytes()), Category.MALFORMED);
        assertCategory(() -> parser.parse(new byte[] {0x30, (byte) 0x84, 0x7f, 0x7f, 0x7f, 0x7f}), Category.MALFORMED);
        assertCategory(() -> parser.parse(new byte[] {0x30, 0x00}), Category.MALFORMED);
        assertCategory(() -> parser.parse(new byte[0]), Category.MALFORMED);
    }

    @Test
    void parse_oversized_tooLarge() {
        assertCategory(() -> parser.parse(new byte[70 * 1024]), Category.TOO_LARGE);
    }

    @Test
    void parse_deepNesting_malformed() {
        byte[] deep = new byte[2 * 30_000];
        for (int i = 0; i < 30_000; i++) {
            deep[2 * i] = 0x30;
            deep[2 * i + 1] = (byte) 0x80;
        }

        assertCategory(() -> parser.parse(deep), Category.MALFORMED);
    }

    @Test
    void parse_nonceThirtyTwo_accepted() throws Exception {
        OcspRequest r = parser.parse(withExtensions(nonce(new byte[32])));

        assertThat(r.nonce()).hasValueSatisfying(n -> assertThat(n.length()).isEqualTo(32));
    }

    @Test
    void parse_nonceFortyOrEmpty_malformed() throws Exception {
        byte[] forty = withExtensions(nonce(new byte[40]));
        byte[] empty = withExtensions(nonce(new byte[0]));

        assertCategory(() -> parser.parse(forty), Category.MALFORMED);
        assertCategory(() -> parser.parse(empty), Category.MALFORMED);
    }

    @Test
    void parse_rawNonceWithoutInnerOctetString_lengthOfRawBytes() throws Exception {
        byte[] raw = new byte[20];
        java.util.Arrays.fill(raw, (byte) 0x77);

        OcspRequest r = parser.parse(withExtensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, raw)));

        assertThat(r.nonce()).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo(raw));
    }

    @Test
    void parse_unknownCriticalExtension_malformed() throws Exception {
        byte[] req = withExtensions(new Extension(new ASN1ObjectIdentifier("1.2.3.4.5"), true,
                DERNull.INSTANCE.getEncoded()));

        assertCategory(() -> parser.parse(req), Category.MALFORMED);
    }

    @Test
    void parse_unknownNonCriticalExtension_ignored() throws Exception {
        byte[] req = withExtensions(new Extension(new ASN1ObjectIdentifier("1.2.3.4.5"), false,
                DERNull.INSTANCE.getEncoded()));

        assertThat(parser.parse(req).certIds()).hasSize(1);
    }

    @Test
    void parse_tooManyCertIds_malformed() {
        BigInteger[] serials = new BigInteger[11];
        java.util.Arrays.fill(serials, BigInteger.ONE);

        assertCategory(() -> parser.parse(Requests.of(issuer, CertIdHashAlgorithm.SHA1, serials)), Category.MALFORMED);
    }

    private byte[] signed(X509CertificateHolder requestor) throws Exception {
        OCSPReqBuilder b = new OCSPReqBuilder();
        b.addRequest(Requests.certId(issuer, CertIdHashAlgorithm.SHA1, BigInteger.TEN));
        b.setRequestorName(new GeneralName(requestor.getSubject()));
        return b.build(TestKeys.signer(TestKeys.leaf(KeySpec.EC_P256).getPrivate(), "SHA256withECDSA"),
                new X509CertificateHolder[] {requestor}).getEncoded();
    }

    @Test
    void parse_signedRequest_acceptedAndSignatureVerifies() throws Exception {
        OcspRequest r = parser.parse(signed(OcspTestPki.create().issueGood("001099012345").holder()));

        assertThat(r.signed()).isTrue();
        assertThat(r.signatureVerifies()).isTrue();
    }

    @Test
    void parse_signedWithAnotherKey_acceptedButSignatureFails() throws Exception {
        OcspRequest r = parser.parse(signed(OcspTestPki.create().responderCertificate.holder()));

        assertThat(r.signed()).isTrue();
        assertThat(r.signatureVerifies()).isFalse();
    }

    @Test
    void decodeGet_allEncodings_sameBytes() {
        byte[] req = Requests.of(issuer, CertIdHashAlgorithm.SHA1, new BigInteger("123456789012345678901234567890"));
        String std = Base64.getEncoder().encodeToString(req);

        assertThat(parser.decodeGet(std)).isEqualTo(req);
        assertThat(parser.decodeGet(std.replace("=", ""))).isEqualTo(req);
        assertThat(parser.decodeGet(Base64.getUrlEncoder().encodeToString(req))).isEqualTo(req);
        assertThat(parser.decodeGet(Base64.getUrlEncoder().withoutPadding().encodeToString(req))).isEqualTo(req);
        assertThat(parser.decodeGet(std.replace("+", "%2B").replace("/", "%2f").replace("=", "%3D"))).isEqualTo(req);
        assertThat(parser.decodeGet(std.replace("+", " "))).isEqualTo(req);
    }

    @Test
    void decodeGet_notBase64_malformed() {
        assertCategory(() -> parser.decodeGet("MEow*Q"), Category.MALFORMED);
        assertCategory(() -> parser.decodeGet("ab+c-d"), Category.MALFORMED);
        assertCategory(() -> parser.decodeGet("MEo%zz"), Category.MALFORMED);
        assertCategory(() -> parser.decodeGet(""), Category.MALFORMED);
    }

    @Test
    void decodeGet_longerThanLargestRequest_tooLarge() {
        assertCategory(() -> parser.decodeGet("A".repeat(100_000)), Category.TOO_LARGE);
    }
}
