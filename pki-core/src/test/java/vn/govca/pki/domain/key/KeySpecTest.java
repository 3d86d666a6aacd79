package vn.govca.pki.domain.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.testing.TestKeys;

class KeySpecTest {

    private static SubjectPublicKeyInfo spki(KeyPair kp) {
        return SubjectPublicKeyInfo.getInstance(kp.getPublic().getEncoded());
    }

    private static SubjectPublicKeyInfo rsaSpki(BigInteger n, BigInteger e) {
        try {
            return new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                    new org.bouncycastle.asn1.pkcs.RSAPublicKey(n, e));
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void assertCategory(Runnable r, Category c) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(c));
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"RSA_2048", "EC_P256", "EC_P384"})
    void of_generatedKey_classified(KeySpec spec) {
        assertThat(KeySpec.of(spki(TestKeys.shared(spec)))).isEqualTo(spec);
    }

    @Test
    void of_rsa1024_policyViolation() {
        assertCategory(() -> KeySpec.of(spki(TestKeys.rsa(1024, RSAKeyGen.F4))), Category.POLICY_VIOLATION);
    }

    @Test
    void of_rsaExponent3_policyViolation() {
        RSAPublicKey k = (RSAPublicKey) TestKeys.shared(KeySpec.RSA_2048).getPublic();
        SubjectPublicKeyInfo weak = rsaSpki(k.getModulus(), BigInteger.valueOf(3));
        assertCategory(() -> KeySpec.of(weak), Category.POLICY_VIOLATION);
    }

    @Test
    void of_rsaEvenExponent_policyViolation() {
        RSAPublicKey k = (RSAPublicKey) TestKeys.shared(KeySpec.RSA_2048).getPublic();
        SubjectPublicKeyInfo weak = rsaSpki(k.getModulus(), BigInteger.valueOf(65538));
        assertCategory(() -> KeySpec.of(weak), Category.POLICY_VIOLATION);
    }

    @Test
    void of_rsaOddSize_policyViolation() {
        BigInteger n = BigInteger.ONE.shiftLeft(2100).add(BigInteger.ONE);
        assertCategory(() -> KeySpec.of(rsaSpki(n, RSAKeyGen.F4)), Category.POLICY_VIOLATION);
    }

    @Test
    void of_curveP521_policyViolation() {
        assertCategory(() -> KeySpec.of(spki(TestKeys.ec("secp521r1"))), Category.POLICY_VIOLATION);
    }

    @Test
    void of_pointNotOnCurve_rejected() {
        SubjectPublicKeyInfo good = spki(TestKeys.shared(KeySpec.EC_P256));
        byte[] point = good.getPublicKeyData().getBytes();
        point[point.length - 1] ^= 1;
        SubjectPublicKeyInfo bad = new SubjectPublicKeyInfo(good.getAlgorithm(), point);
        assertThatThrownBy(() -> KeySpec.of(bad)).isInstanceOf(GovCaException.class);
    }

    @Test
    void of_ecWithoutNamedCurve_policyViolation() {
        SubjectPublicKeyInfo good = spki(TestKeys.shared(KeySpec.EC_P256));
        SubjectPublicKeyInfo implicit = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, DERNull.INSTANCE),
                good.getPublicKeyData().getBytes());
        assertCategory(() -> KeySpec.of(implicit), Category.POLICY_VIOLATION);
    }

    @Test
    void of_ed25519_policyViolation() {
        SubjectPublicKeyInfo ed = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.101.112")), new byte[32]);
        assertCategory(() -> KeySpec.of(ed), Category.POLICY_VIOLATION);
    }

    @Test
    void of_garbageRsaKey_malformed() {
        SubjectPublicKeyInfo bad = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), new byte[] {1, 2, 3});
        assertCategory(() -> KeySpec.of(bad), Category.MALFORMED);
    }

    @Test
    void byName_knownAndUnknown() {
        assertThat(KeySpec.byName("EC-P384")).isEqualTo(KeySpec.EC_P384);
        assertThat(KeySpec.EC_P256.curve()).contains(SECObjectIdentifiers.secp256r1);
        assertCategory(() -> KeySpec.byName("RSA-1024"), Category.MALFORMED);
    }

    /** RSA F4 without importing the JCA spec class in every test. */
    private static final class RSAKeyGen {
        static final BigInteger F4 = BigInteger.valueOf(65537);
    }
}
