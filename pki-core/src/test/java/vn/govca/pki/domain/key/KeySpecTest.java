package vn.govca.pki.domain.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
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
    void of_curveSecp256k1_policyViolation() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        g.initialize(new ECGenParameterSpec("secp256k1"));
        SubjectPublicKeyInfo koblitz = SubjectPublicKeyInfo.getInstance(g.generateKeyPair().getPublic().getEncoded());
        assertCategory(() -> KeySpec.of(koblitz), Category.POLICY_VIOLATION);
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"RSA_2048", "EC_P256", "EC_P384"})
    void of_jcaPublicKey_classifiedAsItsEncoding(KeySpec spec) {
        assertThat(KeySpec.of(TestKeys.shared(spec).getPublic())).isEqualTo(spec);
    }

    @Test
    void of_jcaPublicKeyRsa1024_policyViolation() {
        PublicKey weak = TestKeys.rsa(1024, RSAKeyGen.F4).getPublic();
        assertCategory(() -> KeySpec.of(weak), Category.POLICY_VIOLATION);
    }

    @Test
    void of_jcaPublicKeyEd25519_policyViolation() throws GeneralSecurityException {
        PublicKey ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        assertCategory(() -> KeySpec.of(ed), Category.POLICY_VIOLATION);
    }

    @Test
    void of_nullPublicKey_malformed() {
        assertCategory(() -> KeySpec.of((PublicKey) null), Category.MALFORMED);
    }

    @ParameterizedTest
    @CsvSource({
        "RSA-2048, RSA_2048", "rsa_3072, RSA_3072", "RSA4096, RSA_4096", "rsa 2048, RSA_2048",
        "EC-P256, EC_P256", "P-256, EC_P256", "ec-p-256, EC_P256", "secp256r1, EC_P256", "prime256v1, EC_P256",
        "EC-P384, EC_P384", "P-384, EC_P384", "secp384r1, EC_P384"})
    void parse_knownSpelling_returnsSpec(String text, KeySpec expected) {
        assertThat(KeySpec.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(KeySpec.class)
    void parse_externalName_roundTrips(KeySpec spec) {
        assertThat(KeySpec.parse(spec.externalName())).isEqualTo(spec);
        assertThat(KeySpec.byName(spec.externalName())).isEqualTo(spec);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "DSA-2048", "EC-P521x", "ed25519", "P-521"})
    void parse_unknownSpelling_malformed(String text) {
        assertCategory(() -> KeySpec.parse(text), Category.MALFORMED);
    }

    @Test
    void parse_null_malformed() {
        assertCategory(() -> KeySpec.parse(null), Category.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA-1024", "rsa_1024", "RSA-8192", "rsa 2560"})
    void parse_unsupportedRsaSize_policyViolation(String text) {
        assertCategory(() -> KeySpec.parse(text), Category.POLICY_VIOLATION);
    }

    @Test
    void accessors_eachKind_describeKey() {
        assertThat(KeySpec.RSA_3072.algorithm()).isEqualTo("RSA");
        assertThat(KeySpec.RSA_3072.bits()).isEqualTo(3072);
        assertThat(KeySpec.RSA_3072.curve()).isEmpty();
        assertThat(KeySpec.RSA_3072.isRsa()).isTrue();
        assertThat(KeySpec.EC_P384.algorithm()).isEqualTo("EC");
        assertThat(KeySpec.EC_P384.bits()).isEqualTo(384);
        assertThat(KeySpec.EC_P384.curve()).contains(SECObjectIdentifiers.secp384r1);
        assertThat(KeySpec.EC_P384.isEc()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"RSA_2048", "EC_P256", "EC_P384"})
    void keyGenParameters_jcaGenerator_generatesKeyOfThatSpec(KeySpec spec) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance(spec.algorithm());
        g.initialize(spec.keyGenParameters());
        assertThat(KeySpec.of(g.generateKeyPair().getPublic())).isEqualTo(spec);
    }

    @Test
    void keyGenParameters_rsa4096_sizeAndExponentF4() {
        RSAKeyGenParameterSpec p = (RSAKeyGenParameterSpec) KeySpec.RSA_4096.keyGenParameters();
        assertThat(p.getKeysize()).isEqualTo(4096);
        assertThat(p.getPublicExponent()).isEqualTo(RSAKeyGenParameterSpec.F4);
        assertThat(((ECGenParameterSpec) KeySpec.EC_P384.keyGenParameters()).getName()).isEqualTo("secp384r1");
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
