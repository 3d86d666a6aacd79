package vn.govca.ca.interfaces.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.TestPki;

class DecodedCertificateTest {

    static TestPki pki;

    @BeforeAll
    static void build() {
        pki = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P256);
    }

    @Test
    void decode_subCaCertificate_namesKeyAndExtensionsInWords() {
        DecodedCertificate d = DecodedCertificate.decode(pki.sub.der());

        assertThat(d.subject()).isEqualTo(TestPki.SUB_DN.toString());
        assertThat(d.issuer()).isEqualTo(TestPki.ROOT_DN.toString());
        assertThat(d.serial()).isEqualToIgnoringCase(pki.sub.serial().hex().replaceFirst("^0+", ""));
        assertThat(d.publicKey()).isEqualTo("EC 256 bit");
        assertThat(d.signatureAlgorithm()).contains("ECDSA");
        assertThat(d.extensions()).extracting(DecodedCertificate.ExtensionLine::name)
                .contains("basicConstraints", "keyUsage", "subjectKeyIdentifier", "authorityKeyIdentifier",
                        "cRLDistributionPoints", "authorityInfoAccess");
        assertThat(line(d, "basicConstraints").critical()).isTrue();
        assertThat(line(d, "basicConstraints").value()).startsWith("CA: true");
        assertThat(line(d, "keyUsage").value()).contains("keyCertSign").contains("cRLSign");
        assertThat(line(d, "cRLDistributionPoints").value())
                .isEqualTo("URI:" + TestPki.BASE_URL + "/crl/" + TestPki.ROOT_NAME + ".crl");
        assertThat(line(d, "authorityInfoAccess").value())
                .isEqualTo("caIssuers: URI:" + TestPki.BASE_URL + "/ca/" + TestPki.ROOT_NAME + ".crt");
    }

    @Test
    void decode_truncatedDer_internal() {
        byte[] der = pki.sub.der();
        assertThatThrownBy(() -> DecodedCertificate.decode(java.util.Arrays.copyOf(der, der.length / 2)))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.INTERNAL));
    }

    private static DecodedCertificate.ExtensionLine line(DecodedCertificate d, String name) {
        return d.extensions().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
