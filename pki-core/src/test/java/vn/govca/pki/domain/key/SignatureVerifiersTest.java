package vn.govca.pki.domain.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.ContentVerifier;
import org.junit.jupiter.api.Test;

class SignatureVerifiersTest {

    private static boolean verifies(org.bouncycastle.operator.ContentVerifierProvider p, SignatureAlgorithm alg,
                                    byte[] data, byte[] sig) throws Exception {
        ContentVerifier v = p.get(alg.algorithmIdentifier());
        v.getOutputStream().write(data);
        return v.verify(sig);
    }

    @Test
    void forIssuerKey_cachedEcKey_verifiesGoodAndRefusesBadSignaturesRepeatedly() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(KeySpec.EC_P256.keyGenParameters());
        KeyPair kp = g.generateKeyPair();
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(kp.getPublic().getEncoded());
        byte[] data = "tbs".getBytes(StandardCharsets.UTF_8);
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(kp.getPrivate());
        s.update(data);
        byte[] sig = s.sign();

        for (int i = 0; i < 3; i++) {
            assertThat(verifies(SignatureVerifiers.forIssuerKey(spki), SignatureAlgorithm.SHA256_WITH_ECDSA, data, sig))
                    .isTrue();
            assertThat(verifies(SignatureVerifiers.forIssuerKey(spki), SignatureAlgorithm.SHA256_WITH_ECDSA,
                    "other".getBytes(StandardCharsets.UTF_8), sig)).isFalse();
        }
    }

    @Test
    void forIssuerKey_rsaKey_sameAnswerAsForKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(KeySpec.RSA_2048.keyGenParameters());
        KeyPair kp = g.generateKeyPair();
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(kp.getPublic().getEncoded());
        byte[] data = "tbs".getBytes(StandardCharsets.UTF_8);
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(kp.getPrivate());
        s.update(data);
        byte[] sig = s.sign();

        assertThat(verifies(SignatureVerifiers.forIssuerKey(spki), SignatureAlgorithm.SHA256_WITH_RSA, data, sig))
                .isTrue();
        assertThat(verifies(SignatureVerifiers.forKey(spki), SignatureAlgorithm.SHA256_WITH_RSA, data, sig)).isTrue();
    }
}
