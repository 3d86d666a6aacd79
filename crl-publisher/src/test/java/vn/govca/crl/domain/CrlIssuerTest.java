package vn.govca.crl.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.testing.TestKeys;
import vn.govca.pki.testing.TestPki;

class CrlIssuerTest {

    @Test
    void of_caCertificate_subjectAndSubjectKeyIdentifier() {
        TestPki pki = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P256);

        CrlIssuer issuer = CrlIssuer.of(pki.sub.holder(), pki.subAlgorithm);

        assertThat(issuer.name()).isEqualTo(pki.sub.holder().getSubject());
        assertThat(issuer.keyIdentifier()).isEqualTo(
                SubjectKeyIdentifier.fromExtensions(pki.sub.holder().getExtensions()).getKeyIdentifier());
        assertThat(issuer.publicKey()).isEqualTo(pki.sub.holder().getSubjectPublicKeyInfo());
    }

    @Test
    void of_algorithmForOtherKeyType_policyViolation() {
        TestPki pki = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P256);

        assertThatThrownBy(() -> CrlIssuer.of(pki.sub.holder(), SignatureAlgorithm.SHA256_WITH_RSA))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.POLICY_VIOLATION));
    }

    @Test
    void new_emptyKeyIdentifier_malformed() {
        TestPki pki = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P256);

        assertThatThrownBy(() -> new CrlIssuer(pki.sub.holder().getSubject(), new byte[0],
                pki.sub.holder().getSubjectPublicKeyInfo(), pki.subAlgorithm))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }

    @Test
    void of_endEntityCertificate_policyViolation() throws Exception {
        assertThatThrownBy(() -> CrlIssuer.of(certificate(null), SignatureAlgorithm.SHA256_WITH_ECDSA))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.POLICY_VIOLATION));
    }

    @Test
    void of_caWithoutCrlSign_policyViolation() throws Exception {
        X509CertificateHolder ca = certificate(new KeyUsage(KeyUsage.keyCertSign));

        assertThatThrownBy(() -> CrlIssuer.of(ca, SignatureAlgorithm.SHA256_WITH_ECDSA))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.POLICY_VIOLATION));
    }

    /** A self-signed certificate with an SKI; a CA with {@code usage} if given, else an end entity. */
    private static X509CertificateHolder certificate(KeyUsage usage) throws Exception {
        KeyPair key = TestKeys.shared(KeySpec.EC_P256, 5);
        X500Name name = new X500Name("C=VN, CN=Thu nghiem");
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
                Date.from(TestPki.NOW), Date.from(TestPki.NOW.plusSeconds(86_400)), name, key.getPublic());
        b.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(key.getPublic()));
        if (usage != null) {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, usage);
        }
        return b.build(TestKeys.signer(key.getPrivate(), SignatureAlgorithm.SHA256_WITH_ECDSA));
    }
}
