package vn.govca.pki.domain.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.security.KeyPair;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.testing.TestKeys;
import vn.govca.pki.testing.TestPki;

class PreparedCertificateTest {

    private final TestPki pki = TestPki.create(KeySpec.EC_P384, KeySpec.RSA_2048);

    private PreparedCertificate prepare() {
        KeyPair key = TestKeys.leaf(KeySpec.EC_P256);
        return CertificateBuilder.prepare(IssuanceRequest.builder(pki.profiles.get("organization"), pki.subIssuer())
                .subject(SubjectName.parse("C=VN, O=BỘ TÀI CHÍNH, CN=CỤC THUẾ, UID=MST:0100109106"))
                .publicKey(key.getPublic()).build(), TestPki.serial(), TestPki.clock());
    }

    private static void assertCategory(Runnable r, Category c) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(c));
    }

    @Test
    void sign_once_certificateCarriesLintedTbs() throws Exception {
        PreparedCertificate prepared = prepare();
        SignedCertificate signed = prepared.sign(pki.subSigner());
        assertThat(signed.certificate().getTBSCertificate()).isEqualTo(prepared.tbsDer());
        assertThat(signed.serial()).isEqualTo(prepared.serial());
        assertThat(signed.certificate().getSerialNumber()).isEqualTo(prepared.serial().value());
        assertThat(signed.der()).isEqualTo(signed.certificate().getEncoded());
        assertThat(Pem.decode(signed.pem(), Pem.CERTIFICATE)).isEqualTo(signed.der());
    }

    @Test
    void sign_twice_conflict() {
        PreparedCertificate prepared = prepare();
        prepared.sign(pki.subSigner());
        assertCategory(() -> prepared.sign(pki.subSigner()), Category.CONFLICT);
    }

    @Test
    void sign_concurrentCalls_exactlyOneSucceeds() throws Exception {
        PreparedCertificate prepared = prepare();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        try {
            Future<?>[] futures = new Future<?>[8];
            for (int i = 0; i < futures.length; i++) {
                futures[i] = pool.submit(() -> {
                    try {
                        prepared.sign(pki.subSigner());
                        ok.incrementAndGet();
                    } catch (GovCaException e) {
                        if (e.category() == Category.CONFLICT) {
                            conflicts.incrementAndGet();
                        }
                    }
                });
            }
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ok.get()).isEqualTo(1);
        assertThat(conflicts.get()).isEqualTo(7);
    }

    @Test
    void sign_failedAttempt_stillConsumed() {
        PreparedCertificate prepared = prepare();
        assertCategory(() -> prepared.sign(TestKeys.signer(pki.subKey.getPrivate(), "SHA384withRSA")), Category.INTERNAL);
        assertCategory(() -> prepared.sign(pki.subSigner()), Category.CONFLICT);
    }

    @Test
    void sign_signerOfOtherAlgorithm_internal() {
        assertCategory(() -> prepare().sign(TestKeys.signer(pki.subKey.getPrivate(), "SHA512withRSA")), Category.INTERNAL);
    }

    @Test
    void sign_keyNotTheIssuers_internal() {
        KeyPair other = TestKeys.shared(KeySpec.RSA_2048, 7);
        assertCategory(() -> prepare().sign(TestKeys.signer(other.getPrivate(), "SHA256withRSA")), Category.INTERNAL);
    }

    @Test
    void sign_signerReturnsGarbage_internal() {
        assertCategory(() -> prepare().sign(fixed(pki.subAlgorithm.algorithmIdentifier(), new byte[256])), Category.INTERNAL);
    }

    @Test
    void sign_signerFails_unavailable() {
        ContentSigner broken = new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return pki.subAlgorithm.algorithmIdentifier();
            }

            @Override
            public OutputStream getOutputStream() {
                return OutputStream.nullOutputStream();
            }

            @Override
            public byte[] getSignature() {
                throw new org.bouncycastle.operator.RuntimeOperatorException("token removed");
            }
        };
        assertCategory(() -> prepare().sign(broken), Category.UNAVAILABLE);
    }

    @Test
    void verify_certificateOfOtherTbs_internal() {
        SignedCertificate genuine = prepare().sign(pki.subSigner());
        PreparedCertificate other = prepare();
        assertCategory(() -> SignatureCheck.verify(other.tbsDer(), genuine.der(),
                pki.sub.holder().getSubjectPublicKeyInfo(), other.serial()), Category.INTERNAL);
    }

    @Test
    void verify_sameTbsGoodSignature_accepted() {
        PreparedCertificate prepared = prepare();
        byte[] tbs = prepared.tbsDer();
        SignedCertificate signed = prepared.sign(pki.subSigner());
        assertThat(SignatureCheck.verify(tbs, signed.der(), pki.sub.holder().getSubjectPublicKeyInfo(),
                signed.serial()).der()).isEqualTo(signed.der());
    }

    @Test
    void verify_undecodable_internal() {
        PreparedCertificate prepared = prepare();
        assertCategory(() -> SignatureCheck.verify(prepared.tbsDer(), new byte[] {0x30, 0x00},
                pki.sub.holder().getSubjectPublicKeyInfo(), prepared.serial()), Category.INTERNAL);
    }

    @Test
    void tbsDer_defensiveCopy() {
        PreparedCertificate prepared = prepare();
        byte[] copy = prepared.tbsDer();
        copy[10] ^= 0x55;
        assertThat(prepared.tbsDer()).isNotEqualTo(copy);
        assertThat(prepared.sign(pki.subSigner()).certificate()).isNotNull();
    }

    private static ContentSigner fixed(AlgorithmIdentifier alg, byte[] signature) {
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return alg;
            }

            @Override
            public OutputStream getOutputStream() {
                return OutputStream.nullOutputStream();
            }

            @Override
            public byte[] getSignature() {
                return signature.clone();
            }
        };
    }
}
