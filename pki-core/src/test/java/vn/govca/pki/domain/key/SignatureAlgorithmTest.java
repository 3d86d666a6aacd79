package vn.govca.pki.domain.key;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SignatureAlgorithmTest {

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void algorithmIdentifier_sameAsBouncyCastleFinder(SignatureAlgorithm alg) {
        AlgorithmIdentifier bc = new DefaultSignatureAlgorithmIdentifierFinder().find(alg.jcaName());
        assertThat(alg.algorithmIdentifier()).isEqualTo(bc);
        assertThat(SignatureAlgorithm.of(bc)).contains(alg);
    }

    @Test
    void of_rsaWithoutNullParameters_notCanonical() {
        assertThat(SignatureAlgorithm.of(new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption))).isEmpty();
        assertThat(SignatureAlgorithm.byOid(PKCSObjectIdentifiers.sha256WithRSAEncryption))
                .contains(SignatureAlgorithm.SHA256_WITH_RSA);
    }

    @Test
    void of_sha1_refused() {
        assertThat(SignatureAlgorithm.of(new AlgorithmIdentifier(PKCSObjectIdentifiers.sha1WithRSAEncryption,
                DERNull.INSTANCE))).isEmpty();
        assertThat(SignatureAlgorithm.byOid(X9ObjectIdentifiers.ecdsa_with_SHA1)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"RSA_2048, SHA256withRSA", "RSA_3072, SHA256withRSA", "RSA_4096, SHA256withRSA",
        "EC_P256, SHA256withECDSA", "EC_P384, SHA384withECDSA"})
    void defaultFor_eachSpec_hashMatchesKeyStrength(KeySpec spec, String jcaName) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.defaultFor(spec);
        assertThat(algorithm.jcaName()).isEqualTo(jcaName);
        assertThat(algorithm.matches(spec)).isTrue();
    }

    @Test
    void defaultFor_keys() {
        assertThat(SignatureAlgorithm.defaultFor(KeySpec.RSA_4096)).isEqualTo(SignatureAlgorithm.SHA256_WITH_RSA);
        assertThat(SignatureAlgorithm.defaultFor(KeySpec.EC_P384)).isEqualTo(SignatureAlgorithm.SHA384_WITH_ECDSA);
        assertThat(SignatureAlgorithm.SHA256_WITH_ECDSA.matches(KeySpec.RSA_2048)).isFalse();
        assertThat(SignatureAlgorithm.byJcaName("sha256withrsa")).contains(SignatureAlgorithm.SHA256_WITH_RSA);
    }
}
