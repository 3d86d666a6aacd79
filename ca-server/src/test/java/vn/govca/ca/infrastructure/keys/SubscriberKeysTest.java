package vn.govca.ca.infrastructure.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.infrastructure.cert.CsrParser;

class SubscriberKeysTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void generate_profileAllowsEcOnly_ecP256() {
        KeyPair pair = SubscriberKeys.generate(EnumSet.of(KeySpec.EC_P256, KeySpec.EC_P384), RANDOM);
        assertThat(pair.getPublic().getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void generate_noSupportedSpec_policyViolation() {
        assertThatThrownBy(() -> SubscriberKeys.generate(EnumSet.noneOf(KeySpec.class), RANDOM))
                .extracting(e -> ((GovCaException) e).category()).isEqualTo(GovCaException.Category.POLICY_VIOLATION);
    }

    @Test
    void csr_generatedKey_parsesWithProofOfPossession() {
        KeyPair pair = SubscriberKeys.generate(EnumSet.of(KeySpec.EC_P256), RANDOM);
        String pem = SubscriberKeys.csr(pair, SubjectName.parse("C=VN, CN=Phạm Văn A"), List.of());
        assertThat(CsrParser.parse(pem).subjectName().toString()).contains("Phạm Văn A");
    }

    @Test
    void pkcs12_withPassword_opensWithKeyAndChain_shortPasswordRefused() throws Exception {
        KeyPair pair = SubscriberKeys.generate(EnumSet.of(KeySpec.EC_P256), RANDOM);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        X509Certificate cert = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                new JcaX509v3CertificateBuilder(new X500Name("CN=t"), BigInteger.TEN, Date.from(now),
                        Date.from(now.plusSeconds(3600)), new X500Name("CN=t"), pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        char[] password = "mat khau tai ve 2026".toCharArray();
        byte[] p12 = SubscriberKeys.pkcs12(pair.getPrivate().getEncoded(), "EC", List.of(cert.getEncoded()), password);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(new ByteArrayInputStream(p12), password);
        assertThat(ks.getKey("subscriber", password)).isEqualTo(pair.getPrivate());
        assertThat(ks.getCertificateChain("subscriber")).hasSize(1);
        assertThatThrownBy(() -> SubscriberKeys.pkcs12(pair.getPrivate().getEncoded(), "EC",
                List.of(cert.getEncoded()), "short".toCharArray()))
                .extracting(e -> ((GovCaException) e).category()).isEqualTo(GovCaException.Category.POLICY_VIOLATION);
        assertThatThrownBy(() -> SubscriberKeys.pkcs12(pair.getPrivate().getEncoded(), "EC",
                List.of(cert.getEncoded()), "mật khẩu tải về 2026".toCharArray()))
                .extracting(e -> ((GovCaException) e).category()).isEqualTo(GovCaException.Category.POLICY_VIOLATION);
    }
}
