package vn.govca.dist.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x509.AccessDescription;

/**
 * A {@code 201} answer of {@code POST /api/v1/certificates} (docs/api.md) with the certificates it
 * carries — the subscriber certificate and {@code chainPem} (issuing CA, then root) — and the
 * checks every subscriber certificate must pass whatever its profile.
 *
 * @param json    the answer
 * @param leaf    {@code certificatePem}
 * @param issuing {@code chainPem[0]}
 * @param root    {@code chainPem[1]}
 */
public record IssuedCertificate(JsonObject json, CertificateFacts leaf, CertificateFacts issuing,
                                CertificateFacts root) {

    /** Reads a 201 answer whose chain has the issuing CA and the root. */
    public static IssuedCertificate of(ApiResponse r) {
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        JsonObject j = r.json();
        assertThat(j.getString("status")).isEqualTo("ACTIVE");
        JsonArray chain = j.getJsonArray("chainPem");
        assertThat(chain).as("chainPem of %s", r).hasSize(2);
        return new IssuedCertificate(j, CertificateFacts.parse(j.getString("certificatePem")),
                CertificateFacts.parse(chain.getString(0)), CertificateFacts.parse(chain.getString(1)));
    }

    /** The serial as the API writes it (hex). */
    public String serial() {
        return json.getString("serial");
    }

    /**
     * What every subscriber certificate of {@code caName} carries: v3, a positive serial of at most
     * 20 octets (RFC 5280 §4.1.2.2) equal to the API's, critical basicConstraints CA:false and
     * keyUsage, SKI and AKI, the CRL DP, Freshest CRL (delta CRLs), AIA OCSP and caIssuers under
     * {@code publicBase} (§4.2.1.13, §4.2.1.15, §4.2.2.1), and — no validityDays asked — the
     * profile maximum {@code maxDays}.
     */
    public void assertSubscriberCertificateOf(String caName, String publicBase, int maxDays) {
        BigInteger serial = leaf.certificate().getSerialNumber();
        assertThat(serial.signum()).isPositive();
        assertThat(serial.toByteArray().length).isLessThanOrEqualTo(20);
        assertThat(serial).isEqualTo(new BigInteger(serial(), 16));
        assertThat(leaf.certificate().getVersion()).isEqualTo(3);
        assertThat(leaf.certificate().getBasicConstraints()).isEqualTo(-1);
        assertThat(leaf.critical("2.5.29.19")).as("basicConstraints critical").isTrue();
        assertThat(leaf.critical("2.5.29.15")).as("keyUsage critical").isTrue();
        assertThat(leaf.certificate().getExtensionValue("2.5.29.14")).as("subjectKeyIdentifier").isNotNull();
        assertThat(leaf.certificate().getExtensionValue("2.5.29.35")).as("authorityKeyIdentifier").isNotNull();
        assertThat(leaf.crlDistributionPoints()).containsExactly(publicBase + "/crl/" + caName + ".crl");
        assertThat(leaf.freshestCrl()).as("Freshest CRL: the CA publishes delta CRLs")
                .containsExactly(publicBase + "/crl/" + caName + "-delta.crl");
        assertThat(leaf.authorityInformationAccess(AccessDescription.id_ad_ocsp)).containsExactly(publicBase + "/ocsp");
        assertThat(leaf.authorityInformationAccess(AccessDescription.id_ad_caIssuers))
                .containsExactly(publicBase + "/ca/" + caName + ".crt");
        Instant notBefore = leaf.certificate().getNotBefore().toInstant();
        Instant notAfter = leaf.certificate().getNotAfter().toInstant();
        assertThat(Duration.between(notBefore, notAfter).plusSeconds(1)).as("default validity: profile maximum")
                .isEqualTo(Duration.ofDays(maxDays));
        assertThat(notBefore).isBefore(Instant.now().plusSeconds(60));
    }

    /** OpenSSL ({@code -x509_strict}), GnuTLS (decode and verify) and the JDK's PKIX validate the chain. */
    public void assertValidatesIndependently(Path dir) throws GeneralSecurityException {
        var openssl = ChainValidators.openssl(dir, root.certificate(), issuing.certificate(), leaf.certificate());
        assertThat(openssl.exitCode()).as("%s", openssl).isZero();
        assertThat(openssl.output()).contains("leaf.pem: OK");
        var info = ChainValidators.certtoolInfo(dir, leaf.certificate());
        assertThat(info.exitCode()).as("%s", info).isZero();
        var gnutls = ChainValidators.certtoolVerify(dir, root.certificate(), issuing.certificate(), leaf.certificate());
        assertThat(gnutls.exitCode()).as("%s", gnutls).isZero();
        ChainValidators.pkix(root.certificate(), issuing.certificate(), leaf.certificate());
    }
}
