package vn.govca.ocsp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.govca.ocsp.domain.CertIdHashAlgorithm;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.domain.OcspResponseStatus;
import vn.govca.ocsp.domain.ResponderCredential;
import vn.govca.pki.domain.cert.RevocationReason;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.ocsp.testing.Requests;
import vn.govca.pki.domain.cert.SignedCertificate;

/** Pre-produced responses, HTTP caching facts, GET decoding and the responder certificate's life. */
class OcspResponderCachingTest {

    private OcspTestPki pki;
    private OcspResponder responder;
    private SignedCertificate leaf;

    @BeforeEach
    void setUp() {
        pki = OcspTestPki.create();
        responder = pki.responder();
        leaf = pki.issueGood("001099012345");
    }

    private byte[] request(BigInteger... serials) {
        return Requests.of(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1, serials);
    }

    private void revoke(SignedCertificate cert, Instant at, RevocationReason reason) {
        pki.statuses.record(pki.ca, cert.serial(), vn.govca.ocsp.domain.CertificateStatus.revoked(at, reason));
        responder.statusChanged(pki.ca, cert.serial());
    }

    @Test
    void respond_responderCertificateExpired_tryLater() {
        pki.advance(Duration.ofDays(31));

        assertThat(responder.respond(request(leaf.serial().value())).status()).isEqualTo(OcspResponseStatus.TRY_LATER);
    }

    @Test
    void respond_nearResponderExpiry_nextUpdateCappedAtCertificateEnd() {
        pki.advance(Duration.ofDays(30).minusHours(1));

        OcspReply reply = responder.respond(request(leaf.serial().value()));

        assertThat(reply.nextUpdate()).contains(pki.credential.notAfter());
    }

    @Test
    void respondToGet_base64AndBase64Url_sameAnswer() {
        byte[] req = request(leaf.serial().value());
        String std = Base64.getEncoder().encodeToString(req);
        String url = Base64.getUrlEncoder().withoutPadding().encodeToString(req);
        String percent = std.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");

        OcspReply first = responder.respondToGet(std);

        assertThat(first.status()).isEqualTo(OcspResponseStatus.SUCCESSFUL);
        assertThat(responder.respondToGet(url).der()).isEqualTo(first.der());
        assertThat(responder.respondToGet(percent).der()).isEqualTo(first.der());
        assertThat(responder.respondToGet("not base64!").status()).isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
    }

    @Test
    void respond_preProduced_cacheHeadersBoundedByMaxAgeAndNextUpdate() {
        OcspReply reply = responder.respond(request(leaf.serial().value()));
        Instant now = pki.clock.instant();

        assertThat(reply.cacheable()).isTrue();
        assertThat(reply.etag()).hasValueSatisfying(e -> assertThat(e).matches("\"[A-Za-z0-9_-]{22}\""));
        assertThat(reply.maxAgeSeconds(now)).isEqualTo(60);
        assertThat(reply.maxAgeSeconds(reply.nextUpdate().orElseThrow().minusSeconds(10))).isEqualTo(10);
        assertThat(reply.maxAgeSeconds(reply.nextUpdate().orElseThrow().plusSeconds(10))).isZero();
    }

    @Test
    void respond_cacheHit_identicalBytesWithoutReadingStatus() {
        byte[] req = request(leaf.serial().value());
        OcspReply first = responder.respond(req);
        int reads = pki.statuses.reads();
        pki.advance(Duration.ofMinutes(10));

        OcspReply second = responder.respond(req);

        assertThat(second.der()).isEqualTo(first.der());
        assertThat(second.etag()).isEqualTo(first.etag());
        assertThat(pki.statuses.reads()).isEqualTo(reads);
    }

    @Test
    void respond_afterInvalidate_newBytesWithNewStatus() {
        byte[] req = request(leaf.serial().value());
        OcspReply before = responder.respond(req);

        revoke(leaf, pki.clock.instant(), RevocationReason.KEY_COMPROMISE);
        OcspReply after = responder.respond(req);

        assertThat(after.der()).isNotEqualTo(before.der());
        assertThat(after.etag()).isNotEqualTo(before.etag());
        assertThat(Requests.basic(after.der()).getResponses()[0].getCertStatus()).isInstanceOf(RevokedStatus.class);
    }

    @Test
    void respond_pastReuseWindow_resignedWithNewTimes() {
        byte[] req = request(leaf.serial().value());
        OcspReply first = responder.respond(req);

        pki.advance(Duration.ofHours(3).plusSeconds(1));
        OcspReply second = responder.respond(req);

        assertThat(second.thisUpdate().orElseThrow()).isAfter(first.thisUpdate().orElseThrow());
        assertThat(second.der()).isNotEqualTo(first.der());
    }

    @Test
    void respond_renewedResponderCertificate_signedWithNewCertificate() {
        byte[] req = request(leaf.serial().value());
        IssuerDirectory directory = pki.directory();
        responder = new OcspResponder(OcspResponderConfig.defaults(), directory, pki.statuses, pki.clock);
        responder.respond(req);
        pki.advance(Duration.ofMinutes(5));
        ResponderCredential renewed = pki.renewedCredential();
        directory.put(pki.issuer.withCredential(renewed));

        OcspReply reply = responder.respond(req);

        BasicOCSPResp basic = Requests.basic(reply.der());
        assertThat(basic.getCerts()).containsExactly(renewed.certificate());
        assertThat(renewed.verifies(basic)).isTrue();
    }

    @Test
    void respond_noCaching_stillAnswersAndKeepsNothing() {
        responder = pki.responder(OcspResponderConfig.builder().cacheEntries(0).neverIssuedCacheEntries(0).build());

        assertThat(responder.respond(request(leaf.serial().value())).status()).isEqualTo(OcspResponseStatus.SUCCESSFUL);
        assertThat(responder.preProducedCount()).isZero();
    }
}
