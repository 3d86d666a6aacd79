package vn.govca.pki.domain.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class PemTest {

    private static final byte[] DATA = new byte[200];

    static {
        for (int i = 0; i < DATA.length; i++) {
            DATA[i] = (byte) i;
        }
    }

    @Test
    void encode_decode_roundTrip64CharLines() {
        String pem = Pem.encode(Pem.CERTIFICATE, DATA);
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        assertThat(pem.lines().skip(1).findFirst().orElseThrow()).hasSize(64);
        assertThat(Pem.decode(pem, Pem.CERTIFICATE)).isEqualTo(DATA);
        assertThat(Pem.looksLikePem(("\n  " + pem).getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(Pem.looksLikePem(DATA)).isFalse();
    }

    @Test
    void decode_wrongLabel_malformed() {
        String pem = Pem.encode(Pem.X509_CRL, DATA);
        assertThatThrownBy(() -> Pem.decode(pem, Pem.CERTIFICATE)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void decode_truncatedOrCorrupt_malformed() {
        String pem = Pem.encode(Pem.CERTIFICATE, DATA);
        for (String bad : new String[] {pem.substring(0, pem.length() - 10), pem.replace("AAEC", "A*EC"),
            pem + pem, "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n",
            pem.replace("END CERTIFICATE", "END X509 CRL")}) {
            assertThatThrownBy(() -> Pem.decode(bad, Pem.CERTIFICATE)).isInstanceOfSatisfying(GovCaException.class,
                    e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
        }
    }
}
