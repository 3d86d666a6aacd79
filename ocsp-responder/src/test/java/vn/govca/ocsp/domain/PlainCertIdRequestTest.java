package vn.govca.ocsp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.junit.jupiter.api.Test;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.ocsp.testing.Requests;
import vn.govca.pki.domain.GovCaException;

class PlainCertIdRequestTest {

    private static final int MAX = OcspRequestParser.MAX_REQUEST_BYTES;
    private final OcspRequestParser parser = new OcspRequestParser(MAX, 10, 32);
    private final X509CertificateHolder issuer = OcspTestPki.create().pki.sub.holder();

    /** A DER OCSPRequest of one CertID built field by field, so that each field can be bent. */
    private static byte[] request(AlgorithmIdentifier hash, byte[] nameHash, byte[] keyHash, ASN1Encodable serial)
            throws Exception {
        DERSequence certId = new DERSequence(new ASN1Encodable[] {hash, new DEROctetString(nameHash),
                new DEROctetString(keyHash), serial});
        DERSequence requestList = new DERSequence(new DERSequence(certId));
        return new DERSequence(new DERSequence(requestList)).getEncoded();
    }

    private byte[] request(CertIdHashAlgorithm algorithm, boolean nullParameters, BigInteger serial) throws Exception {
        IssuerHashKey key = ServedIssuer.hashKey(issuer, algorithm);
        AlgorithmIdentifier hash = nullParameters ? new AlgorithmIdentifier(algorithm.oid(), DERNull.INSTANCE)
                : new AlgorithmIdentifier(algorithm.oid());
        return request(hash, key.nameHash(), key.keyHash(), new ASN1Integer(serial));
    }

    /** What the full parser makes of {@code der}, if it accepts it. */
    private Optional<OcspRequest> parsed(byte[] der) {
        try {
            return Optional.of(parser.parse(der));
        } catch (GovCaException refused) {
            return Optional.empty();
        }
    }

    /** The plain reading, when there is one, must be the full parser's reading of the same bytes. */
    private void assertAgreesWithParser(byte[] der) {
        Optional<PlainCertIdRequest> plain = PlainCertIdRequest.read(der, MAX);
        if (plain.isEmpty()) {
            return;
        }
        OcspRequest full = parsed(der).orElseThrow(() -> new AssertionError("plain reading of bytes the parser refuses: "
                + Arrays.toString(der)));
        assertThat(full.certIds()).hasSize(1);
        assertThat(full.nonce()).isEmpty();
        assertThat(full.signed()).isFalse();
        RequestedCertId id = full.certIds().get(0);
        assertThat(id.issuerKey()).contains(plain.get().issuer());
        assertThat(id.hashParametersAbsent()).isEqualTo(plain.get().parametersAbsent());
        assertThat(id.serial()).isEqualTo(plain.get().serial());
    }

    @Test
    void read_everyAlgorithmWithAndWithoutNull_sameAsParser() throws Exception {
        List<BigInteger> serials = List.of(BigInteger.ONE, BigInteger.valueOf(127), BigInteger.valueOf(128),
                new BigInteger(159, new java.util.Random(7)), BigInteger.ZERO, BigInteger.valueOf(-5),
                BigInteger.ONE.shiftLeft(168), BigInteger.ONE.shiftLeft(2000));
        for (CertIdHashAlgorithm algorithm : CertIdHashAlgorithm.values()) {
            for (boolean nullParameters : new boolean[] {true, false}) {
                for (BigInteger serial : serials) {
                    byte[] der = request(algorithm, nullParameters, serial);

                    PlainCertIdRequest plain = PlainCertIdRequest.read(der, MAX).orElseThrow();

                    assertThat(plain.issuer()).isEqualTo(ServedIssuer.hashKey(issuer, algorithm));
                    assertThat(plain.parametersAbsent()).isEqualTo(!nullParameters);
                    assertThat(plain.serial()).isEqualTo(serial);
                    assertAgreesWithParser(der);
                }
            }
        }
    }

    @Test
    void read_bouncyCastleRequest_plain() {
        byte[] der = Requests.of(issuer, CertIdHashAlgorithm.SHA1, BigInteger.TEN);

        assertThat(PlainCertIdRequest.read(der, MAX)).map(PlainCertIdRequest::serial).contains(BigInteger.TEN);
    }

    @Test
    void read_nonceSeveralCertIdsOrRequestorName_empty() throws Exception {
        OCSPReqBuilder named = new OCSPReqBuilder();
        named.addRequest(Requests.certId(issuer, CertIdHashAlgorithm.SHA1, BigInteger.TEN));
        named.setRequestorName(new GeneralName(new X500Name("CN=requestor")));

        assertThat(PlainCertIdRequest.read(Requests.withNonce(new byte[16], issuer, CertIdHashAlgorithm.SHA1,
                BigInteger.TEN), MAX)).isEmpty();
        assertThat(PlainCertIdRequest.read(Requests.of(issuer, CertIdHashAlgorithm.SHA1, BigInteger.ONE,
                BigInteger.TWO), MAX)).isEmpty();
        assertThat(PlainCertIdRequest.read(named.build().getEncoded(), MAX)).isEmpty();
    }

    @Test
    void read_explicitVersion_emptyThoughParserAccepts() throws Exception {
        IssuerHashKey key = ServedIssuer.hashKey(issuer, CertIdHashAlgorithm.SHA256);
        DERSequence certId = new DERSequence(new ASN1Encodable[] {
                new AlgorithmIdentifier(CertIdHashAlgorithm.SHA256.oid(), DERNull.INSTANCE),
                new DEROctetString(key.nameHash()), new DEROctetString(key.keyHash()), new ASN1Integer(10)});
        DERSequence requestList = new DERSequence(new DERSequence(certId));
        byte[] versioned = new DERSequence(new DERSequence(new ASN1Encodable[] {
                new DERTaggedObject(true, 0, new ASN1Integer(0)), requestList})).getEncoded();

        assertThat(parsed(versioned)).isPresent();
        assertThat(PlainCertIdRequest.read(versioned, MAX)).isEmpty();
    }

    @Test
    void read_unknownHashOrNonNullParameters_empty() throws Exception {
        IssuerHashKey key = ServedIssuer.hashKey(issuer, CertIdHashAlgorithm.SHA1);
        AlgorithmIdentifier md5 = new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.840.113549.2.5"), DERNull.INSTANCE);
        AlgorithmIdentifier sha1WithOid = new AlgorithmIdentifier(CertIdHashAlgorithm.SHA1.oid(),
                CertIdHashAlgorithm.SHA256.oid());

        assertThat(PlainCertIdRequest.read(request(md5, key.nameHash(), key.keyHash(), new ASN1Integer(1)), MAX))
                .isEmpty();
        assertThat(PlainCertIdRequest.read(request(sha1WithOid, key.nameHash(), key.keyHash(), new ASN1Integer(1)),
                MAX)).isEmpty();
    }

    @Test
    void read_nonMinimalIntegerTrailingByteOrTruncation_emptyLikeParserRefusal() throws Exception {
        byte[] der = request(CertIdHashAlgorithm.SHA1, true, BigInteger.valueOf(0x35));
        // the serial is the last element: INTEGER 02 01 35 → 02 02 00 35 (every enclosing length + 1)
        byte[] padded = new byte[der.length + 1];
        System.arraycopy(der, 0, padded, 0, der.length - 3);
        padded[der.length - 3] = 0x02;
        padded[der.length - 2] = 0x02;
        padded[der.length - 1] = 0x00;
        padded[der.length] = 0x35;
        for (int offset : new int[] {1, 3, 5, 7, 9}) {
            padded[offset]++;
        }

        assertThat(parsed(padded)).isEmpty();
        assertThat(PlainCertIdRequest.read(padded, MAX)).isEmpty();
        assertThat(PlainCertIdRequest.read(Arrays.copyOf(der, der.length + 1), MAX)).isEmpty();
        assertThat(PlainCertIdRequest.read(Arrays.copyOf(der, der.length - 1), MAX)).isEmpty();
        assertThat(PlainCertIdRequest.read(der, der.length - 1)).isEmpty();
        assertThat(PlainCertIdRequest.read(new byte[0], MAX)).isEmpty();
        assertThat(PlainCertIdRequest.read(null, MAX)).isEmpty();
    }

    @Test
    void read_randomlyMutatedRequests_neverDisagreesWithParser() throws Exception {
        SplittableRandom random = new SplittableRandom(20261207L);
        List<byte[]> seeds = new ArrayList<>();
        for (CertIdHashAlgorithm algorithm : CertIdHashAlgorithm.values()) {
            seeds.add(request(algorithm, true, BigInteger.valueOf(0x1234_5678L)));
            seeds.add(request(algorithm, false, BigInteger.ONE.shiftLeft(150).add(BigInteger.TEN)));
        }
        int plainReadings = 0;
        for (int i = 0; i < 40_000; i++) {
            byte[] der = mutate(seeds.get(random.nextInt(seeds.size())), random);
            assertAgreesWithParser(der);
            plainReadings += PlainCertIdRequest.read(der, MAX).isPresent() ? 1 : 0;
        }

        assertThat(plainReadings).as("mutations that keep the plain shape, compared with the parser").isGreaterThan(1_000);
    }

    /** One to three random edits: a changed, inserted or removed byte, or a truncation. */
    private static byte[] mutate(byte[] seed, SplittableRandom random) {
        byte[] d = seed.clone();
        for (int edits = 1 + random.nextInt(3); edits > 0 && d.length > 1; edits--) {
            int at = random.nextInt(d.length);
            switch (random.nextInt(5)) {
                case 0, 1 -> d[at] = (byte) random.nextInt(256);
                case 2 -> d[at] ^= (byte) (1 << random.nextInt(8));
                case 3 -> {
                    byte[] longer = new byte[d.length + 1];
                    System.arraycopy(d, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(d, at, longer, at + 1, d.length - at);
                    d = longer;
                }
                default -> d = Arrays.copyOf(d, at);
            }
        }
        return d;
    }
}
