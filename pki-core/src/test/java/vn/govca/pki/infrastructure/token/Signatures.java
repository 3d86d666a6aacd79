package vn.govca.pki.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PSSParameterSpec;
import java.util.Locale;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.token.CryptoToken;

/**
 * Signs with a token's signer and checks the signature over the JDK's providers (SunRsaSign,
 * SunEC): an implementation that shares no code with Bouncy Castle's signing. PKCS#1 v1.5 and
 * ECDSA go through Bouncy Castle's {@code ContentVerifierProvider}; RSASSA-PSS, whose
 * parameterised name the JDK does not know, through the JDK's {@code RSASSA-PSS} directly.
 */
final class Signatures {

    private Signatures() {
    }

    /** Signs {@code message} with {@code signer} and verifies the result with {@code publicKey}. */
    static boolean signAndVerify(ContentSigner signer, PublicKey publicKey, String message) {
        byte[] data = message.getBytes(StandardCharsets.UTF_8);
        try {
            try (OutputStream out = signer.getOutputStream()) {
                out.write(data);
            }
            byte[] signature = signer.getSignature();
            AlgorithmIdentifier algorithm = signer.getAlgorithmIdentifier();
            if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(algorithm.getAlgorithm())) {
                return verifyPss(publicKey, algorithm, data, signature);
            }
            ContentVerifier verifier = new JcaContentVerifierProviderBuilder().build(publicKey).get(algorithm);
            try (OutputStream out = verifier.getOutputStream()) {
                out.write(data);
            }
            return verifier.verify(signature);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs with the key's default algorithm and verifies with its public key. */
    static boolean signAndVerify(CryptoToken token, String alias, String message) {
        return signAndVerify(token.signer(alias), token.publicKey(alias), message);
    }

    /**
     * Generates an RSA-2048, an EC-P256 and an EC-P384 key in {@code token} and checks that
     * {@code token.signer(alias, a.jcaName())} signs verifiably, with the canonical
     * AlgorithmIdentifier, for every {@link SignatureAlgorithm} {@code a} that matches the key.
     */
    static void assertEveryMatchingAlgorithmSigns(CryptoToken token) {
        for (KeySpec spec : new KeySpec[] {KeySpec.RSA_2048, KeySpec.EC_P256, KeySpec.EC_P384}) {
            String alias = spec.externalName().toLowerCase(Locale.ROOT);
            PublicKey publicKey = token.generateKeyPair(alias, spec);
            for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
                if (!algorithm.matches(spec)) {
                    continue;
                }
                ContentSigner signer = token.signer(alias, algorithm.jcaName());
                assertThat(signer.getAlgorithmIdentifier()).as("%s with %s", algorithm, spec)
                        .isEqualTo(algorithm.algorithmIdentifier());
                assertThat(signAndVerify(signer, publicKey, "m")).as("%s with %s", algorithm, spec).isTrue();
            }
        }
    }

    private static boolean verifyPss(PublicKey key, AlgorithmIdentifier algorithm, byte[] data, byte[] signature)
            throws GeneralSecurityException, IOException {
        AlgorithmParameters params = AlgorithmParameters.getInstance("RSASSA-PSS");
        params.init(algorithm.getParameters().toASN1Primitive().getEncoded());
        Signature verifier = Signature.getInstance("RSASSA-PSS");
        verifier.setParameter(params.getParameterSpec(PSSParameterSpec.class));
        verifier.initVerify(key);
        verifier.update(data);
        return verifier.verify(signature);
    }
}
