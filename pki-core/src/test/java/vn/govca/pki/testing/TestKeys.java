package vn.govca.pki.testing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Map;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;

/**
 * Key pairs and signers for tests, made with the JDK's own providers (no Bouncy Castle provider
 * is registered). {@link #shared(KeySpec)} hands out one immutable key pair per spec per JVM so
 * that the suite does not spend seconds generating RSA keys; {@link #fresh(KeySpec)} makes a new one.
 */
public final class TestKeys {

    private static final Map<String, KeyPair> SHARED = new java.util.HashMap<>();

    private TestKeys() {
    }

    /** The JVM-wide CA key pair of {@code spec} (slot 0). */
    public static KeyPair shared(KeySpec spec) {
        return shared(spec, 0);
    }

    /** The JVM-wide key pair of {@code spec} in {@code slot}: different slots, different keys. */
    public static synchronized KeyPair shared(KeySpec spec, int slot) {
        return SHARED.computeIfAbsent(spec + "/" + slot, k -> fresh(spec));
    }

    /** A subscriber key pair, distinct from every CA key. */
    public static KeyPair leaf(KeySpec spec) {
        return shared(spec, 1);
    }

    public static KeyPair fresh(KeySpec spec) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(spec.algorithm());
            g.initialize(spec.keyGenParameters());
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RSA key pair of any size and exponent (for weak-key tests). */
    public static KeyPair rsa(int bits, java.math.BigInteger exponent) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(new RSAKeyGenParameterSpec(bits, exponent));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An EC key pair on any curve the JDK knows (for unsupported-curve tests). */
    public static KeyPair ec(String curve) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec(curve));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ContentSigner signer(PrivateKey key, SignatureAlgorithm algorithm) {
        return signer(key, algorithm.jcaName());
    }

    public static ContentSigner signer(PrivateKey key, String jcaAlgorithm) {
        try {
            return new JcaContentSignerBuilder(jcaAlgorithm).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
