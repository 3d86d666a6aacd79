package vn.govca.ocsp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.TestKeys;
import vn.govca.pki.testing.TestPki;

class ResponderCredentialTest {

    private final OcspTestPki pki = OcspTestPki.create();

    private static void assertPolicy(Runnable r) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void of_leafWithoutOcspSigning_policyViolation() {
        X509CertificateHolder leaf = pki.issueGood("001099012345").holder();

        assertPolicy(() -> ResponderCredential.of(leaf,
                () -> TestKeys.signer(TestKeys.leaf(KeySpec.EC_P256).getPrivate(), "SHA256withECDSA")));
    }

    @Test
    void of_caCertificate_policyViolation() {
        assertPolicy(() -> ResponderCredential.of(pki.pki.sub.holder(), pki.pki::subSigner));
    }

    @Test
    void of_keyNotMatchingCertificate_policyViolation() {
        assertPolicy(() -> ResponderCredential.of(pki.responderCertificate.holder(),
                () -> TestKeys.signer(TestKeys.leaf(KeySpec.EC_P256).getPrivate(), "SHA256withECDSA")));
    }

    @Test
    void renewalDue_withinMargin_true() {
        var c = pki.credential;

        assertThat(c.renewalDue(c.notAfter().minus(Duration.ofDays(11)), Duration.ofDays(10))).isFalse();
        assertThat(c.renewalDue(c.notAfter().minus(Duration.ofDays(9)), Duration.ofDays(10))).isTrue();
        assertThat(c.isValidAt(c.notBefore())).isTrue();
        assertThat(c.isValidAt(c.notAfter().plusSeconds(1))).isFalse();
    }

    @Test
    void sign_concurrentThreads_allSignaturesVerify() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<byte[]>>();
            for (int i = 0; i < 200; i++) {
                byte[] data = ("message " + i).getBytes();
                futures.add(pool.submit(() -> pki.credential.sign(s -> {
                    try {
                        s.getOutputStream().write(data);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                    return s.getSignature();
                })));
            }
            for (int i = 0; i < futures.size(); i++) {
                java.security.Signature v = java.security.Signature.getInstance("SHA256withECDSA");
                v.initVerify(pki.responderCertificate.certificate().getPublicKey());
                v.update(("message " + i).getBytes());
                assertThat(v.verify(futures.get(i).get())).as("signature %d", i).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void servedIssuer_responderOfAnotherCa_policyViolation() {
        TestPki other = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P384);

        assertPolicy(() -> new ServedIssuer(new CaRef(9, "other"), other.sub.holder(), pki.credential));
    }

    @Test
    void servedIssuer_hashKeys_matchBouncyCastleCertificateId() throws Exception {
        ServedIssuer issuer = pki.issuer;
        for (CertIdHashAlgorithm a : CertIdHashAlgorithm.values()) {
            var id = vn.govca.ocsp.testing.Requests.certId(pki.pki.sub.holder(), a, java.math.BigInteger.ONE);

            assertThat(issuer.hashKey(a)).isEqualTo(new IssuerHashKey(a, id.getIssuerNameHash(), id.getIssuerKeyHash()));
        }
    }
}
