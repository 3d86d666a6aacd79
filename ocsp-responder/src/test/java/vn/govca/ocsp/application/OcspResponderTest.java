package vn.govca.ocsp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.ResponderID;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.govca.ocsp.domain.BouncyCastle;
import vn.govca.ocsp.domain.CertIdHashAlgorithm;
import vn.govca.ocsp.domain.NeverIssuedPolicy;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.domain.OcspResponseStatus;
import vn.govca.pki.domain.cert.RevocationReason;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.ocsp.testing.Requests;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.TestPki;

class OcspResponderTest {

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

    private BasicOCSPResp answered(byte[] request) {
        OcspReply reply = responder.respond(request);
        assertThat(reply.status()).isEqualTo(OcspResponseStatus.SUCCESSFUL);
        BasicOCSPResp basic = Requests.basic(reply.der());
        assertThat(pki.credential.verifies(basic)).isTrue();
        return basic;
    }

    private void revoke(SignedCertificate cert, Instant at, RevocationReason reason) {
        pki.statuses.record(pki.ca, cert.serial(), vn.govca.ocsp.domain.CertificateStatus.revoked(at, reason));
        responder.statusChanged(pki.ca, cert.serial());
    }

    @Test
    void respond_goodCertificate_goodSignedByDelegatedResponder() throws Exception {
        BasicOCSPResp basic = answered(request(leaf.serial().value()));

        SingleResp single = basic.getResponses()[0];
        assertThat(single.getCertStatus()).isEqualTo(CertificateStatus.GOOD);
        assertThat(single.getCertID()).isEqualTo(Requests.certId(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1,
                leaf.serial().value()));
        assertThat(basic.getCerts()).containsExactly(pki.responderCertificate.holder());
        assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.provider())
                .build(pki.responderCertificate.holder()))).isTrue();
        assertThat(basic.getSignatureAlgOID().getId()).isEqualTo("1.2.840.10045.4.3.2");
        byte[] keyHash = CertIdHashAlgorithm.SHA1.digest(
                pki.responderCertificate.holder().getSubjectPublicKeyInfo().getPublicKeyData().getBytes());
        assertThat(basic.getResponderId().toASN1Primitive())
                .isEqualTo(new ResponderID(new DEROctetString(keyHash)));
    }

    @Test
    void respond_goodCertificate_timesFollowConfiguration() {
        OcspReply reply = responder.respond(request(leaf.serial().value()));
        BasicOCSPResp basic = Requests.basic(reply.der());
        Instant now = pki.clock.instant().truncatedTo(ChronoUnit.SECONDS);

        SingleResp single = basic.getResponses()[0];
        assertThat(single.getThisUpdate().toInstant()).isEqualTo(now);
        assertThat(single.getNextUpdate().toInstant()).isEqualTo(now.plus(Duration.ofHours(4)));
        assertThat(basic.getProducedAt().toInstant()).isEqualTo(now);
        assertThat(reply.thisUpdate()).contains(now);
        assertThat(reply.nextUpdate()).contains(now.plus(Duration.ofHours(4)));
        assertThat(reply.producedAt()).contains(now);
    }

    @Test
    void respond_revokedCertificate_revokedWithTimeAndReason() {
        Instant at = pki.clock.instant().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        revoke(leaf, at, RevocationReason.KEY_COMPROMISE);

        SingleResp single = answered(request(leaf.serial().value())).getResponses()[0];

        assertThat(single.getCertStatus()).isInstanceOfSatisfying(RevokedStatus.class, r -> {
            assertThat(r.getRevocationTime().toInstant()).isEqualTo(at);
            assertThat(r.hasRevocationReason()).isTrue();
            assertThat(r.getRevocationReason()).isEqualTo(CRLReason.keyCompromise);
        });
    }

    @Test
    void respond_revokedUnspecified_noReasonField() {
        revoke(leaf, pki.clock.instant(), RevocationReason.UNSPECIFIED);

        SingleResp single = answered(request(leaf.serial().value())).getResponses()[0];

        assertThat(single.getCertStatus()).isInstanceOfSatisfying(RevokedStatus.class,
                r -> assertThat(r.hasRevocationReason()).isFalse());
    }

    @Test
    void respond_neverIssuedDefault_unknownWithoutExtendedRevoke() {
        BasicOCSPResp basic = answered(request(TestPki.serial().value()));

        assertThat(basic.getResponses()[0].getCertStatus()).isInstanceOf(UnknownStatus.class);
        assertThat(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_extended_revoke)).isNull();
    }

    @Test
    void respond_neverIssuedRevokedMode_revokedHoldAt1970WithExtendedRevoke() {
        responder = pki.responder(OcspResponderConfig.builder().neverIssued(NeverIssuedPolicy.REVOKED).build());

        BasicOCSPResp basic = answered(request(TestPki.serial().value()));

        assertThat(basic.getResponses()[0].getCertStatus()).isInstanceOfSatisfying(RevokedStatus.class, r -> {
            assertThat(r.getRevocationTime().toInstant()).isEqualTo(Instant.EPOCH);
            assertThat(r.getRevocationReason()).isEqualTo(CRLReason.certificateHold);
        });
        assertThat(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_extended_revoke)).isNotNull()
                .satisfies(e -> assertThat(e.isCritical()).isFalse());
    }

    @Test
    void respond_neverIssuedRevokedMode_issuedCertificateStillGood() {
        responder = pki.responder(OcspResponderConfig.builder().neverIssued(NeverIssuedPolicy.REVOKED).build());

        BasicOCSPResp basic = answered(request(leaf.serial().value()));

        assertThat(basic.getResponses()[0].getCertStatus()).isEqualTo(CertificateStatus.GOOD);
        assertThat(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_extended_revoke)).isNull();
    }

    @Test
    void respond_impossibleSerials_neverIssuedWithoutAskingTheSource() {
        int before = pki.statuses.reads();

        BasicOCSPResp basic = answered(request(BigInteger.ZERO, BigInteger.valueOf(-5), BigInteger.TWO.pow(200)));

        assertThat(basic.getResponses()).hasSize(3)
                .allSatisfy(s -> assertThat(s.getCertStatus()).isInstanceOf(UnknownStatus.class));
        assertThat(pki.statuses.reads()).isEqualTo(before);
    }

    @Test
    void respond_unknownIssuer_unauthorized() {
        TestPki other = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P384);

        OcspReply reply = responder.respond(Requests.of(other.sub.holder(), CertIdHashAlgorithm.SHA1, BigInteger.TEN));

        assertThat(reply.status()).isEqualTo(OcspResponseStatus.UNAUTHORIZED);
        assertThat(Requests.status(reply.der())).isEqualTo(OCSPResp.UNAUTHORIZED);
        assertThat(reply.cacheable()).isFalse();
    }

    @Test
    void respond_rootAsIssuer_unauthorized() {
        OcspReply reply = responder.respond(Requests.of(pki.pki.root.holder(), CertIdHashAlgorithm.SHA1,
                pki.pki.sub.serial().value()));

        assertThat(reply.status()).isEqualTo(OcspResponseStatus.UNAUTHORIZED);
    }

    @Test
    void respond_garbage_malformedRequest() {
        OcspReply reply = responder.respond("GET / HTTP/1.1\r\n\r\n".getBytes());

        assertThat(reply.status()).isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
        assertThat(Requests.status(reply.der())).isEqualTo(OCSPResp.MALFORMED_REQUEST);
    }

    @Test
    void respond_truncated_malformedRequest() {
        byte[] full = request(leaf.serial().value());

        for (int cut : new int[] {1, 2, full.length / 2, full.length - 1}) {
            assertThat(responder.respond(Arrays.copyOf(full, cut)).status())
                    .as("cut at %d", cut).isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
        }
    }

    @Test
    void respond_trailingBytes_malformedRequest() {
        byte[] full = request(leaf.serial().value());

        assertThat(responder.respond(Arrays.copyOf(full, full.length + 3)).status())
                .isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
    }

    @Test
    void respond_seventyKibibytes_malformedRequest() {
        assertThat(responder.respond(new byte[70 * 1024]).status()).isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
        assertThat(responder.respond(new byte[0]).status()).isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
        assertThat(responder.respond(null).status()).isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
    }

    @Test
    void respond_nonce_echoedAndNotCacheable() throws Exception {
        byte[] nonce = new byte[32];
        Arrays.fill(nonce, (byte) 0x5a);

        OcspReply reply = responder.respond(Requests.withNonce(nonce, pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1,
                leaf.serial().value()));

        BasicOCSPResp basic = Requests.basic(reply.der());
        assertThat(ASN1OctetString.getInstance(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)
                .getParsedValue()).getOctets()).isEqualTo(nonce);
        assertThat(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).isCritical()).isFalse();
        assertThat(reply.cacheable()).isFalse();
        assertThat(reply.etag()).isEmpty();
        assertThat(reply.maxAgeSeconds(pki.clock.instant())).isZero();
        assertThat(responder.preProducedCount()).isZero();
    }

    @Test
    void respond_nonceAfterPreProduced_usesItsStatusUntilTheStatusChanges() throws Exception {
        answered(request(leaf.serial().value()));
        int before = pki.statuses.reads();
        byte[] nonce = new byte[16];

        BasicOCSPResp first = Requests.basic(responder.respond(Requests.withNonce(nonce, pki.pki.sub.holder(),
                CertIdHashAlgorithm.SHA1, leaf.serial().value())).der());
        assertThat(first.getResponses()[0].getCertStatus()).isEqualTo(CertificateStatus.GOOD);
        assertThat(pki.statuses.reads()).isEqualTo(before);

        revoke(leaf, pki.clock.instant(), RevocationReason.KEY_COMPROMISE);
        BasicOCSPResp second = Requests.basic(responder.respond(Requests.withNonce(nonce, pki.pki.sub.holder(),
                CertIdHashAlgorithm.SHA1, leaf.serial().value())).der());
        assertThat(second.getResponses()[0].getCertStatus()).isInstanceOf(RevokedStatus.class);
        assertThat(pki.statuses.reads()).isGreaterThan(before);
    }

    @Test
    void respond_nonceForty_malformedRequest() {
        OcspReply reply = responder.respond(Requests.withNonce(new byte[40], pki.pki.sub.holder(),
                CertIdHashAlgorithm.SHA1, leaf.serial().value()));

        assertThat(reply.status()).isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
    }

    @Test
    void respond_sha256CertId_answeredWithSameCertId() {
        byte[] req = Requests.of(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA256, leaf.serial().value());

        SingleResp single = answered(req).getResponses()[0];

        assertThat(single.getCertID().getHashAlgOID()).isEqualTo(CertIdHashAlgorithm.SHA256.oid());
        assertThat(single.getCertID()).isEqualTo(Requests.certId(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA256,
                leaf.serial().value()));
        assertThat(single.getCertStatus()).isEqualTo(CertificateStatus.GOOD);
    }

    @Test
    void respond_multipleCertIds_eachAnsweredInOrder() {
        SignedCertificate revoked = pki.issueGood("001099012346");
        revoke(revoked, pki.clock.instant(), RevocationReason.SUPERSEDED);
        BigInteger never = TestPki.serial().value();

        SingleResp[] singles = answered(request(leaf.serial().value(), revoked.serial().value(), never)).getResponses();

        assertThat(singles).extracting(s -> s.getCertID().getSerialNumber())
                .containsExactly(leaf.serial().value(), revoked.serial().value(), never);
        assertThat(singles[0].getCertStatus()).isEqualTo(CertificateStatus.GOOD);
        assertThat(singles[1].getCertStatus()).isInstanceOf(RevokedStatus.class);
        assertThat(singles[2].getCertStatus()).isInstanceOf(UnknownStatus.class);
    }

    @Test
    void respond_moreCertIdsThanAllowed_malformedRequest() {
        BigInteger[] serials = new BigInteger[11];
        Arrays.fill(serials, leaf.serial().value());

        assertThat(responder.respond(request(serials)).status()).isEqualTo(OcspResponseStatus.MALFORMED_REQUEST);
        assertThat(responder.respond(request(Arrays.copyOf(serials, 10))).status())
                .isEqualTo(OcspResponseStatus.SUCCESSFUL);
    }

    @Test
    void respond_sourceUnavailable_tryLater() {
        pki.statuses.failWith(GovCaException.unavailable("database replica unreachable", null));

        assertThat(responder.respond(request(leaf.serial().value())).status()).isEqualTo(OcspResponseStatus.TRY_LATER);
    }

    @Test
    void respond_sourceBroken_internalError() {
        pki.statuses.failWith(new IllegalStateException("bug"));

        OcspReply reply = responder.respond(request(leaf.serial().value(), leaf.serial().value()));

        assertThat(reply.status()).isEqualTo(OcspResponseStatus.INTERNAL_ERROR);
        assertThat(Requests.status(reply.der())).isEqualTo(OCSPResp.INTERNAL_ERROR);
    }

    @Test
    void respond_signatureRequiredUnsigned_sigRequired() {
        responder = pki.responder(OcspResponderConfig.builder().requestSignature(RequestSignaturePolicy.REQUIRE).build());

        assertThat(responder.respond(request(leaf.serial().value())).status())
                .isEqualTo(OcspResponseStatus.SIG_REQUIRED);
    }
}
