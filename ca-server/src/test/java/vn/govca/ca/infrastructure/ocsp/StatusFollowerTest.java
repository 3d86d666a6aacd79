package vn.govca.ca.infrastructure.ocsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;

class StatusFollowerTest {

    @Test
    void pollMillis_unset_isDefaultOneSecond() {
        assertThat(StatusFollower.pollMillis(null)).isEqualTo(1000);
        assertThat(StatusFollower.pollMillis(" ")).isEqualTo(1000);
    }

    @Test
    void pollMillis_inRange_isUsed() {
        assertThat(StatusFollower.pollMillis(" 250 ")).isEqualTo(250);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "60001", "-1", "fast"})
    void pollMillis_outOfRangeOrNotANumber_throwsMalformed(String value) {
        assertThatThrownBy(() -> StatusFollower.pollMillis(value))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }
}
