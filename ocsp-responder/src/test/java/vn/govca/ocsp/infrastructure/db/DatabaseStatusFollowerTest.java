package vn.govca.ocsp.infrastructure.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;

class DatabaseStatusFollowerTest {

    @Test
    void pollMillis_unset_isDefaultOneSecond() {
        assertThat(DatabaseStatusFollower.pollMillis(null)).isEqualTo(1000);
        assertThat(DatabaseStatusFollower.pollMillis(" ")).isEqualTo(1000);
    }

    @Test
    void pollMillis_inRange_isUsed() {
        assertThat(DatabaseStatusFollower.pollMillis(" 250 ")).isEqualTo(250);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "60001", "-1", "fast"})
    void pollMillis_outOfRangeOrNotANumber_throwsMalformed(String value) {
        assertThatThrownBy(() -> DatabaseStatusFollower.pollMillis(value))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }
}
