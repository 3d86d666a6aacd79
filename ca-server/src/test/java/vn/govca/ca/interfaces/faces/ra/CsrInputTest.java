package vn.govca.ca.interfaces.faces.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.Pem;

class CsrInputTest {

    private static final byte[] DER = {0x30, 0x03, 0x02, 0x01, 0x01};

    @Test
    void pem_derUpload_encodedAsCertificateRequestPem() {
        String pem = CsrInput.pem(DER, "ignored");
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
        assertThat(Pem.decode(pem, Pem.CERTIFICATE_REQUEST)).isEqualTo(DER);
    }

    @Test
    void pem_pemUpload_keptAsText() {
        String text = Pem.encode(Pem.CERTIFICATE_REQUEST, DER);
        assertThat(CsrInput.pem(text.getBytes(StandardCharsets.US_ASCII), null)).isEqualTo(text);
    }

    @Test
    void pem_noUploadButPaste_pasteTrimmed() {
        assertThat(CsrInput.pem(new byte[0], "  -----BEGIN X-----\n ")).isEqualTo("-----BEGIN X-----\n");
    }

    @Test
    void pem_nothingGiven_null() {
        assertThat(CsrInput.pem(null, "  ")).isNull();
    }

    @Test
    void pem_oversizedUpload_tooLarge() {
        assertThatThrownBy(() -> CsrInput.pem(new byte[CsrInput.MAX_BYTES + 1], null))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.TOO_LARGE));
    }
}
