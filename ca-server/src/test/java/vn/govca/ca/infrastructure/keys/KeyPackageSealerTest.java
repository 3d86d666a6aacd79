package vn.govca.ca.infrastructure.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;

class KeyPackageSealerTest {

    private static final byte[] SECRET = new byte[32];
    private final KeyPackageSealer sealer = new KeyPackageSealer(SECRET, new SecureRandom());

    @Test
    void open_sealedBytes_roundTrip_andCiphertextDiffers() {
        byte[] plain = "khóa bí mật PKCS#8".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] sealed = sealer.seal(plain);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(sealer.open(sealed)).isEqualTo(plain);
        assertThat(sealer.seal(plain)).isNotEqualTo(sealed);
    }

    @Test
    void open_alteredByte_internalError() {
        byte[] sealed = sealer.seal(new byte[100]);
        sealed[20] ^= 1;
        assertThatThrownBy(() -> sealer.open(sealed)).isInstanceOf(GovCaException.class)
                .extracting(e -> ((GovCaException) e).category()).isEqualTo(GovCaException.Category.INTERNAL);
    }

    @Test
    void open_otherServerSecret_refused() {
        byte[] other = new byte[32];
        Arrays.fill(other, (byte) 7);
        byte[] sealed = new KeyPackageSealer(other, new SecureRandom()).seal(new byte[10]);
        assertThatThrownBy(() -> sealer.open(sealed)).isInstanceOf(GovCaException.class);
    }

    @Test
    void constructor_shortSecret_refused() {
        assertThatThrownBy(() -> new KeyPackageSealer(new byte[16], new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
