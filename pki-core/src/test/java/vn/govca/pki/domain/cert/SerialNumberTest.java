package vn.govca.pki.domain.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Integer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class SerialNumberTest {

    @Test
    void random_manySerials_positiveAtMost20OctetsDistinct() throws Exception {
        SecureRandom rng = new SecureRandom();
        Set<BigInteger> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            SerialNumber s = SerialNumber.random(rng);
            assertThat(s.value().signum()).isPositive();
            byte[] der = new ASN1Integer(s.value()).getEncoded();
            assertThat(der.length - 2).isLessThanOrEqualTo(20);
            assertThat(s.value().bitLength()).isGreaterThan(64);
            seen.add(s.value());
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void random_allOnesSource_firstBitCleared() {
        SecureRandom ones = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0xFF);
            }
        };
        SerialNumber s = SerialNumber.random(ones);
        assertThat(s.octets()).hasSize(20);
        assertThat(s.value().bitLength()).isEqualTo(159);
    }

    @Test
    void random_zeroThenValue_neverZero() {
        SecureRandom zeroOnce = new SecureRandom() {
            private int calls;

            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) (calls++ == 0 ? 0 : 7));
            }
        };
        assertThat(SerialNumber.random(zeroOnce).value().signum()).isPositive();
    }

    @Test
    void hex_canonicalLowerCaseNoLeadingZeros() {
        SerialNumber s = SerialNumber.fromHex("00:0A:BC:DE");
        assertThat(s.hex()).isEqualTo("abcde");
        assertThat(s.toString()).isEqualTo("abcde");
        assertThat(SerialNumber.fromHex(s.hex())).isEqualTo(s);
        assertThat(SerialNumber.fromHex("ABCDE")).isEqualTo(s);
    }

    @Test
    void fromHex_maximum20Octets_accepted() {
        String max = "7f" + "ff".repeat(19);
        assertThat(SerialNumber.fromHex(max).octets()).hasSize(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "00", "80" + "00000000000000000000000000000000000000", "xyz", "-1", "0x10",
        "ffffffffffffffffffffffffffffffffffffffffff"})
    void fromHex_invalidOrOutOfRange_malformed(String hex) {
        assertThatThrownBy(() -> SerialNumber.fromHex(hex)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void constructor_negative_malformed() {
        assertThatThrownBy(() -> new SerialNumber(BigInteger.valueOf(-5))).isInstanceOf(GovCaException.class);
    }
}
