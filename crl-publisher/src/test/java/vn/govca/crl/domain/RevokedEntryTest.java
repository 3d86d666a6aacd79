package vn.govca.crl.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;

class RevokedEntryTest {

    private static final Instant AT = Instant.parse("2025-03-01T02:00:00.789Z");

    @Test
    void new_subSecondTimes_keptToTheSecond() {
        RevokedEntry e = RevokedEntry.of(BigInteger.TEN, AT, RevokedEntry.KEY_COMPROMISE, AT.minusMillis(1500));

        assertThat(e.revocationTime()).isEqualTo(Instant.parse("2025-03-01T02:00:00Z"));
        assertThat(e.invalidity()).contains(Instant.parse("2025-03-01T01:59:59Z"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 8, 9, 10})
    void new_rfc5280Reason_accepted(int code) {
        assertThat(RevokedEntry.of(BigInteger.ONE, AT, code).reasonCode()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 7, 11, 255})
    void new_unusedOrUnknownReason_malformed(int code) {
        assertThatThrownBy(() -> RevokedEntry.of(BigInteger.ONE, AT, code))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }

    @Test
    void new_zeroNegativeOrLongSerial_malformed() {
        for (BigInteger serial : new BigInteger[] {BigInteger.ZERO, BigInteger.valueOf(-5), BigInteger.ONE.shiftLeft(159)}) {
            assertThatThrownBy(() -> RevokedEntry.of(serial, AT, 1))
                    .isInstanceOfSatisfying(GovCaException.class,
                            e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
        }
    }

    @Test
    void new_twentyOctetSerial_accepted() {
        BigInteger max = BigInteger.ONE.shiftLeft(159).subtract(BigInteger.ONE);

        assertThat(RevokedEntry.of(max, AT, 1).serial().toByteArray()).hasSize(20);
    }

    @Test
    void releasedFromHold_isRemoveFromCrl() {
        RevokedEntry e = RevokedEntry.releasedFromHold(BigInteger.TWO, AT);

        assertThat(e.removeFromCrl()).isTrue();
        assertThat(e.reasonCode()).isEqualTo(RevokedEntry.REMOVE_FROM_CRL);
        assertThat(RevokedEntry.of(BigInteger.TWO, AT, RevokedEntry.CERTIFICATE_HOLD).removeFromCrl()).isFalse();
    }

    @Test
    void new_removeFromCrlWithInvalidityDate_malformed() {
        assertThatThrownBy(() -> new RevokedEntry(BigInteger.TWO, AT, RevokedEntry.REMOVE_FROM_CRL, AT))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }

    @Test
    void new_yearBeyond9999_malformed() {
        assertThatThrownBy(() -> RevokedEntry.of(BigInteger.ONE, Instant.parse("+10000-01-01T00:00:00Z"), 1))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }
}
