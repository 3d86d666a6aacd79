package vn.govca.crl.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.CertificateList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.crl.domain.RevokedEntry;
import vn.govca.crl.testing.CrlFixture;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;

class CrlSignatureVerifierTest {

    private static final Instant T = Instant.parse("2025-02-10T08:30:00Z");
    private static CrlFixture ec;
    private static CrlFixture rsa;

    @TempDir
    Path dir;

    @BeforeAll
    static void issuers() {
        ec = CrlFixture.create(KeySpec.EC_P256);
        rsa = CrlFixture.create(KeySpec.RSA_2048);
    }

    @Test
    void isSignatureValid_crlOfIssuer_true() throws Exception {
        for (CrlFixture ca : List.of(ec, rsa)) {
            Path file = Files.write(dir.resolve("ca.crl"), crl(ca));

            assertThat(CrlSignatureVerifier.isSignatureValid(file, ca.issuer.publicKey())).isTrue();
        }
    }

    @Test
    void isSignatureValid_otherIssuerKey_false() throws Exception {
        CrlFixture other = CrlFixture.create(KeySpec.EC_P256);
        byte[] der = crl(ec);

        assertThat(CrlSignatureVerifier.isSignatureValid(new ByteArrayInputStream(der),
                other.pki.root.holder().getSubjectPublicKeyInfo())).isFalse();
    }

    @Test
    void isSignatureValid_alteredEntry_false() throws Exception {
        byte[] der = crl(rsa);
        int at = indexOf(der, new byte[] {0x02, 0x02, 0x12, 0x34});
        der[at + 3] ^= 1;

        assertThat(CrlSignatureVerifier.isSignatureValid(new ByteArrayInputStream(der), rsa.issuer.publicKey())).isFalse();
    }

    @Test
    void isSignatureValid_truncatedOrTrailingData_malformed() {
        byte[] der = crl(ec);
        byte[] truncated = Arrays.copyOf(der, der.length - 5);
        byte[] trailing = Arrays.copyOf(der, der.length + 1);

        for (byte[] bad : List.of(truncated, trailing, new byte[] {0x30}, new byte[] {0x04, 0x00})) {
            assertThatThrownBy(() -> CrlSignatureVerifier.isSignatureValid(new ByteArrayInputStream(bad),
                    ec.issuer.publicKey()))
                    .isInstanceOfSatisfying(GovCaException.class,
                            e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
        }
    }

    @Test
    void isSignatureValid_outerAlgorithmDiffers_malformed() throws Exception {
        CertificateList list = CrlFixture.parse(crl(ec)).toASN1Structure();
        byte[] swapped = new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {list.getTBSCertList(),
            SignatureAlgorithm.SHA384_WITH_ECDSA.algorithmIdentifier(), list.getSignature()}).getEncoded(ASN1Encoding.DER);

        assertThatThrownBy(() -> CrlSignatureVerifier.isSignatureValid(new ByteArrayInputStream(swapped),
                ec.issuer.publicKey()))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }

    private byte[] crl(CrlFixture ca) {
        return ca.write(ca.full(9).build(), List.of(RevokedEntry.of(BigInteger.valueOf(0x1234), T, 1),
                RevokedEntry.of(BigInteger.valueOf(0x5678), T, 4)), dir);
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }
}
