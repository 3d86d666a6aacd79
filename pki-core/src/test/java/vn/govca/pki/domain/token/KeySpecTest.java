package vn.govca.pki.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class KeySpecTest {

    @ParameterizedTest
    @CsvSource({
        "RSA-2048, RSA_2048", "rsa_3072, RSA_3072", "RSA4096, RSA_4096",
        "EC-P256, EC_P256", "P-256, EC_P256", "ec-p-256, EC_P256", "secp256r1, EC_P256", "prime256v1, EC_P256",
        "EC-P384, EC_P384", "P-384, EC_P384", "secp384r1, EC_P384"})
    void parse_knownSpelling_returnsSpec(String text, KeySpec expected) {
        assertThat(KeySpec.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(KeySpec.class)
    void parse_label_roundTrips(KeySpec spec) {
        assertThat(KeySpec.parse(spec.label())).isEqualTo(spec);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "DSA-2048", "EC-P521x", "ed25519"})
    void parse_unknownSpelling_malformed(String text) {
        assertCategory(() -> KeySpec.parse(text), Category.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA-1024", "RSA-8192", "rsa 2560"})
    void parse_unsupportedRsaSize_policyViolation(String text) {
        assertCategory(() -> KeySpec.parse(text), Category.POLICY_VIOLATION);
    }

    @Test
    void accessors_eachSpec_describeKey() {
        assertThat(KeySpec.RSA_3072.algorithm()).isEqualTo("RSA");
        assertThat(KeySpec.RSA_3072.keySize()).isEqualTo(3072);
        assertThat(KeySpec.RSA_3072.curve()).isEmpty();
        assertThat(KeySpec.EC_P384.algorithm()).isEqualTo("EC");
        assertThat(KeySpec.EC_P384.curve()).contains("P-384");
        assertThat(KeySpec.RSA_4096.defaultSignatureAlgorithm()).isEqualTo("SHA256withRSA");
        assertThat(KeySpec.EC_P256.defaultSignatureAlgorithm()).isEqualTo("SHA256withECDSA");
        assertThat(KeySpec.EC_P384.defaultSignatureAlgorithm()).isEqualTo("SHA384withECDSA");
    }

    @Test
    void of_rsa2048_returnsRsa2048() throws GeneralSecurityException {
        assertThat(KeySpec.of(generate("RSA", new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4))))
                .isEqualTo(KeySpec.RSA_2048);
    }

    @ParameterizedTest
    @CsvSource({"secp256r1, EC_P256", "secp384r1, EC_P384"})
    void of_namedCurve_returnsSpec(String curve, KeySpec expected) throws GeneralSecurityException {
        assertThat(KeySpec.of(generate("EC", new ECGenParameterSpec(curve)))).isEqualTo(expected);
    }

    @Test
    void of_rsa1024_policyViolation() throws GeneralSecurityException {
        PublicKey weak = generate("RSA", new RSAKeyGenParameterSpec(1024, RSAKeyGenParameterSpec.F4));
        assertCategory(() -> KeySpec.of(weak), Category.POLICY_VIOLATION);
    }

    @Test
    void of_rsaExponent3_policyViolation() throws GeneralSecurityException {
        PublicKey weak = generate("RSA", new RSAKeyGenParameterSpec(2048, BigInteger.valueOf(3)));
        assertCategory(() -> KeySpec.of(weak), Category.POLICY_VIOLATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"secp521r1", "secp256k1"})
    void of_otherCurve_policyViolation(String curve) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        g.initialize(new ECGenParameterSpec(curve));
        PublicKey key = g.generateKeyPair().getPublic();
        assertCategory(() -> KeySpec.of(key), Category.POLICY_VIOLATION);
    }

    @Test
    void of_ed25519_policyViolation() throws GeneralSecurityException {
        PublicKey key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        assertCategory(() -> KeySpec.of(key), Category.POLICY_VIOLATION);
    }

    @Test
    void of_null_malformed() {
        assertCategory(() -> KeySpec.of(null), Category.MALFORMED);
    }

    private static PublicKey generate(String algorithm, AlgorithmParameterSpec params) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
        g.initialize(params);
        return g.generateKeyPair().getPublic();
    }

    private static void assertCategory(ThrowingCallable call, Category category) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(category));
    }
}
