package vn.govca.ocsp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.govca.ocsp.domain.CertIdHashAlgorithm;
import vn.govca.ocsp.domain.CertificateStatus;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.domain.OcspResponseStatus;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.ocsp.testing.Requests;
import vn.govca.pki.domain.cert.RevocationReason;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.TestPki;

/**
 * {@link OcspResponder#cached}: what the HTTP fast path may answer on an I/O thread — only what
 * needs neither the status source nor a signature, and exactly what {@link OcspResponder#respond}
 * would answer.
 */
class OcspResponderCachedTest {

    private OcspTestPki pki;
    private OcspResponder responder;
    private SignedCertificate leaf;

    @BeforeEach
    void setUp() {
        pki = OcspTestPki.create();
        responder = pki.responder();
        leaf = pki.issueGood("001099012346");
    }

    private byte[] request(BigInteger... serials) {
        return Requests.of(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1, serials);
    }

    @Test
    void cached_beforeAnyResponse_emptyAndNothingRead() {
        int reads = pki.statuses.reads();

        assertThat(responder.cached(request(leaf.serial().value()))).isEmpty();
        assertThat(pki.statuses.reads()).isEqualTo(reads);
    }

    @Test
    void cached_afterRespond_theSameBytesWithoutReadingTheSource() {
        byte[] req = request(leaf.serial().value());
        OcspReply produced = responder.respond(req);
        int reads = pki.statuses.reads();

        OcspReply cached = responder.cached(req).orElseThrow();

        assertThat(cached.der()).isEqualTo(produced.der());
        assertThat(cached.etag()).isEqualTo(produced.etag());
        assertThat(pki.statuses.reads()).isEqualTo(reads);
        assertThat(responder.cachedGet(Base64.getUrlEncoder().withoutPadding().encodeToString(req)))
                .get().extracting(OcspReply::der).isEqualTo(produced.der());
    }

    @Test
    void cached_sameSerialOtherHashAlgorithm_emptyUntilThatCertIdIsAnswered() {
        // each CertID form is answered with its own echo (RFC 6960 §4.2.1): the plain look-up keys
        // on the hash algorithm as the full parse does
        responder.respond(request(leaf.serial().value()));
        byte[] sha256 = Requests.of(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA256, leaf.serial().value());

        assertThat(responder.cached(sha256)).isEmpty();
        OcspReply produced = responder.respond(sha256);
        assertThat(responder.cached(sha256)).get().extracting(OcspReply::der).isEqualTo(produced.der());
        assertThat(Requests.basic(produced.der()).getResponses()[0].getCertID().getHashAlgOID())
                .isEqualTo(CertIdHashAlgorithm.SHA256.oid());
    }

    @Test
    void cached_afterRevocation_emptyUntilRespondProducesTheRevokedAnswer() {
        byte[] req = request(leaf.serial().value());
        responder.respond(req);
        pki.statuses.record(pki.ca, leaf.serial(),
                CertificateStatus.revoked(pki.clock.instant(), RevocationReason.KEY_COMPROMISE));
        responder.statusChanged(pki.ca, leaf.serial());

        assertThat(responder.cached(req)).isEmpty();
        OcspReply revoked = responder.respond(req);
        assertThat(responder.cached(req)).get().extracting(OcspReply::der).isEqualTo(revoked.der());
    }

    @Test
    void cached_pastTheRefreshPoint_emptySoThatRespondRenewsIt() {
        byte[] req = request(leaf.serial().value());
        responder.respond(req);

        pki.advance(Duration.ofDays(1));

        assertThat(responder.cached(req)).isEmpty();
    }

    @Test
    void cached_nonceOrSeveralCertIds_emptyEvenWhenEachIsCached() {
        BigInteger serial = leaf.serial().value();
        responder.respond(request(serial));
        SignedCertificate other = pki.issueGood("001099012347");
        responder.respond(request(other.serial().value()));

        assertThat(responder.cached(Requests.withNonce(new byte[16], pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1,
                serial))).isEmpty();
        assertThat(responder.cached(request(serial, other.serial().value()))).isEmpty();
    }

    @Test
    void signedFromMemory_nonceAndSeveralPreProducedStatuses_signedWithoutReadingTheSource() throws Exception {
        BigInteger serial = leaf.serial().value();
        SignedCertificate other = pki.issueGood("001099012348");
        responder.respond(request(serial));
        responder.respond(request(other.serial().value()));
        int reads = pki.statuses.reads();
        byte[] nonce = {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7};

        OcspReply reply = responder.signedFromMemory(Requests.withNonce(nonce, pki.pki.sub.holder(),
                CertIdHashAlgorithm.SHA1, serial, other.serial().value())).orElseThrow();

        assertThat(pki.statuses.reads()).isEqualTo(reads);
        assertThat(reply.cacheable()).isFalse();
        org.bouncycastle.cert.ocsp.BasicOCSPResp basic = Requests.basic(reply.der());
        assertThat(basic.getResponses()).hasSize(2);
        assertThat(basic.getExtension(org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers.id_pkix_ocsp_nonce)
                .getExtnValue().getOctets()).endsWith(nonce);
        assertThat(basic.isSignatureValid(new org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder()
                .build(pki.responderCertificate.holder()))).isTrue();
    }

    @Test
    void signedFromMemory_aStatusNotPreProduced_emptyAndNothingRead() {
        responder.respond(request(leaf.serial().value()));
        SignedCertificate fresh = pki.issueGood("001099012349");
        int reads = pki.statuses.reads();

        assertThat(responder.signedFromMemory(Requests.withNonce(new byte[16], pki.pki.sub.holder(),
                CertIdHashAlgorithm.SHA1, leaf.serial().value(), fresh.serial().value()))).isEmpty();
        assertThat(pki.statuses.reads()).isEqualTo(reads);
    }

    @Test
    void signedFromMemory_afterRevocation_emptyUntilTheRevokedStatusIsRead() {
        responder.respond(request(leaf.serial().value()));
        pki.statuses.record(pki.ca, leaf.serial(),
                CertificateStatus.revoked(pki.clock.instant(), RevocationReason.KEY_COMPROMISE));
        responder.statusChanged(pki.ca, leaf.serial());

        assertThat(responder.signedFromMemory(Requests.withNonce(new byte[16], pki.pki.sub.holder(),
                CertIdHashAlgorithm.SHA1, leaf.serial().value()))).isEmpty();
    }

    @Test
    void cached_malformedOrUnknownIssuer_answeredAsRespondAnswers() {
        TestPki stranger = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P384);

        assertThat(responder.cached(new byte[] {0x30, 0x03, 0x01})).get()
                .extracting(OcspReply::status).isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
        assertThat(responder.cachedGet("%%%")).get()
                .extracting(OcspReply::status).isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
        assertThat(responder.cached(Requests.of(stranger.sub.holder(), CertIdHashAlgorithm.SHA1, BigInteger.TEN)))
                .get().extracting(OcspReply::status).isEqualTo(OcspResponseStatus.UNAUTHORIZED);
    }

    @Test
    void cached_sourceBroken_emptyLeavingTheFaultToRespond() {
        pki.statuses.failWith(new IllegalStateException("disk on fire"));

        assertThat(responder.cached(request(leaf.serial().value()))).isEmpty();
        assertThat(responder.respond(request(leaf.serial().value())).status())
                .isEqualTo(OcspResponseStatus.INTERNAL_ERROR);
    }
}
