package vn.govca.ocsp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.ocsp.domain.CertificateStatus;
import vn.govca.ocsp.domain.NeverIssuedPolicy;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.domain.OcspResponseStatus;
import vn.govca.pki.domain.cert.RevocationReason;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.ocsp.testing.OpenSsl;
import vn.govca.ocsp.testing.Requests;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.testing.ExternalTool;
import vn.govca.pki.testing.TestPki;

/**
 * openssl as the independent client: it builds the requests and checks the answers — status per
 * certificate, the response signature and the delegation chain to the root. The responder key is
 * in a soft token, as in production.
 */
class OpenSslInteropTest {

    @TempDir
    Path dir;

    private OcspTestPki pki;
    private OpenSsl openssl;
    private OcspResponder responder;
    private SignedCertificate leaf;

    @BeforeEach
    void setUp() throws IOException {
        pki = OcspTestPki.withToken(Files.createDirectory(dir.resolve("token")));
        openssl = new OpenSsl(dir, pki);
        responder = pki.responder();
        leaf = pki.issueGood("001099012345");
        openssl.write("leaf", leaf);
    }

    private byte[] answer(byte[] request) {
        OcspReply reply = responder.respond(request);
        assertThat(reply.status()).isEqualTo(OcspResponseStatus.SUCCESSFUL);
        return reply.der();
    }

    private static void assertVerified(ExternalTool.Result r) {
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("Response verify OK").doesNotContain("WARNING");
    }

    @Test
    void opensslRequest_good_verifiedGood() throws Exception {
        byte[] resp = answer(openssl.request(List.of("leaf.pem"), "-no_nonce"));

        ExternalTool.Result r = openssl.check(resp, List.of("leaf.pem"));

        assertVerified(r);
        assertThat(r.output()).contains("leaf.pem: good");
    }

    @Test
    void opensslRequest_revoked_verifiedRevokedWithReasonAndTime() throws Exception {
        pki.statuses.record(pki.ca, leaf.serial(),
                CertificateStatus.revoked(Instant.parse("2025-06-01T08:30:00Z"), RevocationReason.KEY_COMPROMISE));
        responder.statusChanged(pki.ca, leaf.serial());

        ExternalTool.Result r = openssl.check(answer(openssl.request(List.of("leaf.pem"), "-no_nonce")),
                List.of("leaf.pem"));

        assertVerified(r);
        assertThat(r.output()).contains("leaf.pem: revoked").contains("Reason: keyCompromise")
                .contains("Revocation Time: Jun  1 08:30:00 2025 GMT");
    }

    @Test
    void opensslRequest_neverIssued_verifiedUnknown() throws Exception {
        String serial = "0x" + TestPki.serial().hex();

        ExternalTool.Result r = openssl.check(answer(openssl.request(List.of(serial), "-no_nonce")), List.of(serial));

        assertVerified(r);
        assertThat(r.output()).contains(serial + ": unknown");
    }

    @Test
    void opensslRequest_neverIssuedRevokedMode_verifiedRevokedHold() throws Exception {
        responder = pki.responder(OcspResponderConfig.builder().neverIssued(NeverIssuedPolicy.REVOKED).build());
        String serial = "0x" + TestPki.serial().hex();

        byte[] resp = answer(openssl.request(List.of(serial), "-no_nonce"));
        ExternalTool.Result r = openssl.check(resp, List.of(serial), "-resp_text");

        assertVerified(r);
        assertThat(r.output()).contains(serial + ": revoked").contains("Reason: certificateHold")
                .contains("Revocation Time: Jan  1 00:00:00 1970 GMT")
                .contains("Response Extensions:").contains("valid:"); // openssl's name for id-pkix-ocsp-extended-revoke
    }

    @Test
    void opensslRequest_sha256_verifiedGood() throws Exception {
        byte[] req = openssl.request(List.of("leaf.pem"), "-no_nonce", "-sha256");

        ExternalTool.Result r = openssl.check(answer(req), List.of("leaf.pem"), "-sha256");

        assertVerified(r);
        assertThat(r.output()).contains("leaf.pem: good");
    }

    @Test
    void opensslRequest_twoCertificates_bothAnswered() throws Exception {
        SignedCertificate other = pki.issueGood("001099012346");
        openssl.write("other", other);
        pki.statuses.record(pki.ca, other.serial(), CertificateStatus.revoked(pki.clock.instant(),
                RevocationReason.CESSATION_OF_OPERATION));

        ExternalTool.Result r = openssl.check(answer(openssl.request(List.of("leaf.pem", "other.pem"), "-no_nonce")),
                List.of("leaf.pem", "other.pem"));

        assertVerified(r);
        assertThat(r.output()).contains("leaf.pem: good").contains("other.pem: revoked")
                .contains("Reason: cessationOfOperation");
    }

    @Test
    void opensslRequest_withNonce_nonceEchoedAndChecked() throws Exception {
        byte[] req = openssl.request(List.of("leaf.pem"));
        byte[] resp = answer(req);
        Files.write(dir.resolve("resp.der"), resp);

        ExternalTool.Result r = ExternalTool.run(dir, "openssl", "ocsp", "-reqin", "req.der", "-respin", "resp.der",
                "-CAfile", "root.pem", "-verify_other", "ca.pem");

        assertVerified(r);
        byte[] sent = new OCSPReq(req).getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue().getOctets();
        BasicOCSPResp basic = Requests.basic(resp);
        assertThat(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue().getOctets())
                .isEqualTo(sent);
        assertThat(ASN1OctetString.getInstance(sent).getOctets()).hasSize(16);
    }

    @Test
    void opensslRequest_get_sameAnswerAsPost() throws Exception {
        byte[] req = openssl.request(List.of("leaf.pem"), "-no_nonce");
        byte[] post = answer(req);

        OcspReply get = responder.respondToGet(java.util.Base64.getUrlEncoder().encodeToString(req));

        assertThat(get.der()).isEqualTo(post);
        assertVerified(openssl.check(get.der(), List.of("leaf.pem")));
    }

    @Test
    void bcRequestUnknownSerialNumber_opensslReadsUnknown() throws Exception {
        BigInteger serial = BigInteger.valueOf(4242);
        byte[] req = Requests.of(pki.pki.sub.holder(), vn.govca.ocsp.domain.CertIdHashAlgorithm.SHA1, serial);

        ExternalTool.Result r = openssl.check(answer(req), List.of("4242"));

        assertVerified(r);
        assertThat(r.output()).contains("4242: unknown");
    }
}
