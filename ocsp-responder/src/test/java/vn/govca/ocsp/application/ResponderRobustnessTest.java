package vn.govca.ocsp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.junit.jupiter.api.Test;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.CertIdHashAlgorithm;
import vn.govca.ocsp.domain.CertificateStatus;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.domain.OcspResponseStatus;
import vn.govca.pki.domain.cert.RevocationReason;
import vn.govca.ocsp.domain.ServedIssuer;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.ocsp.testing.Requests;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.TestKeys;
import vn.govca.pki.testing.TestPki;

/** Hostile and concurrent input: the responder answers in the protocol, never with an exception. */
class ResponderRobustnessTest {

    private final OcspTestPki pki = OcspTestPki.create();

    @Test
    void respond_mutatedRequests_neverInternalError() {
        OcspResponder responder = pki.responder();
        byte[] valid = Requests.withNonce(new byte[16], pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1,
                pki.issueGood("001099012345").serial().value(), BigInteger.TEN);
        Random random = new Random(20250301L);

        for (int i = 0; i < 3000; i++) {
            byte[] mutated = valid.clone();
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            byte[] input = random.nextInt(10) == 0 ? java.util.Arrays.copyOf(mutated, random.nextInt(mutated.length))
                    : mutated;

            OcspReply reply = responder.respond(input);

            assertThat(reply.status()).as("mutation %d", i).isIn(OcspResponseStatus.SUCCESSFUL,
                    OcspResponseStatus.MALFORMED_REQUEST, OcspResponseStatus.UNAUTHORIZED);
        }
    }

    @Test
    void respond_nestingBeyondLimit_malformedRequest() {
        int depth = 40;
        byte[] nested = new byte[2 * depth];
        for (int i = 0; i < depth; i++) {
            nested[2 * i] = 0x30;
            nested[2 * i + 1] = (byte) (2 * (depth - i - 1));
        }

        assertThat(pki.responder().respond(nested).status()).isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
    }

    @Test
    void respond_certIdsOfTwoCas_unauthorized() {
        TestPki other = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P384);
        ServedIssuer second = OcspTestPki.otherIssuer(other, new CaRef(3, "other-g2"));
        IssuerDirectory directory = pki.directory();
        directory.put(second);
        OcspResponder responder = new OcspResponder(OcspResponderConfig.defaults(), directory, pki.statuses, pki.clock);
        OCSPReqBuilder b = new OCSPReqBuilder();
        b.addRequest(Requests.certId(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1, BigInteger.TEN));
        b.addRequest(Requests.certId(other.sub.holder(), CertIdHashAlgorithm.SHA1, BigInteger.TEN));

        OcspReply mixed = responder.respond(encode(b));
        OcspReply secondOnly = responder.respond(Requests.of(other.sub.holder(), CertIdHashAlgorithm.SHA1,
                BigInteger.TEN));

        assertThat(mixed.status()).isEqualTo(OcspResponseStatus.UNAUTHORIZED);
        assertThat(secondOnly.status()).isEqualTo(OcspResponseStatus.SUCCESSFUL);
        assertThat(second.credential().verifies(Requests.basic(secondOnly.der()))).isTrue();
    }

    @Test
    void respond_signatureRequired_validSignedAnsweredBadSignatureUnauthorized() throws Exception {
        OcspResponder responder = pki.responder(OcspResponderConfig.builder()
                .requestSignature(RequestSignaturePolicy.REQUIRE).build());
        SignedCertificate requestor = pki.issueGood("001099012399");

        OcspReply good = responder.respond(signedRequest(requestor.holder()));
        OcspReply bad = responder.respond(signedRequest(pki.responderCertificate.holder()));

        assertThat(good.status()).isEqualTo(OcspResponseStatus.SUCCESSFUL);
        assertThat(bad.status()).isEqualTo(OcspResponseStatus.UNAUTHORIZED);
    }

    private byte[] signedRequest(org.bouncycastle.cert.X509CertificateHolder cert) throws Exception {
        OCSPReqBuilder b = new OCSPReqBuilder();
        b.addRequest(Requests.certId(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1, BigInteger.TEN));
        b.setRequestorName(new org.bouncycastle.asn1.x509.GeneralName(cert.getSubject()));
        return b.build(TestKeys.signer(TestKeys.leaf(KeySpec.EC_P256).getPrivate(), "SHA256withECDSA"),
                new org.bouncycastle.cert.X509CertificateHolder[] {cert}).getEncoded();
    }

    @Test
    void respond_revocationsDuringConcurrentTraffic_revokedAnsweredAfterwards() throws Exception {
        OcspResponder responder = pki.responder();
        List<SignedCertificate> certs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            certs.add(pki.issueGood(String.format("0010990123%02d", i)));
        }
        ExecutorService workers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int seed = t;
                done.add(workers.submit(() -> {
                    Random r = new Random(seed);
                    for (int i = 0; i < 300; i++) {
                        SignedCertificate c = certs.get(r.nextInt(certs.size()));
                        assertThat(responder.respond(Requests.of(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1,
                                c.serial().value())).status()).isEqualTo(OcspResponseStatus.SUCCESSFUL);
                    }
                }));
            }
            for (SignedCertificate c : certs) {
                pki.statuses.record(pki.ca, c.serial(), CertificateStatus.revoked(Instant.now(),
                        RevocationReason.KEY_COMPROMISE));
                responder.statusChanged(pki.ca, c.serial());
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            workers.shutdown();
        }

        for (SignedCertificate c : certs) {
            OcspReply reply = responder.respond(Requests.of(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1,
                    c.serial().value()));
            assertThat(Requests.basic(reply.der()).getResponses()[0].getCertStatus()).isInstanceOf(RevokedStatus.class);
        }
    }

    private static byte[] encode(OCSPReqBuilder b) {
        try {
            return b.build().getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
