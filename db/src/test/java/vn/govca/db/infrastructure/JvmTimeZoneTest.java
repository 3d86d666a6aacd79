package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JvmTimeZoneTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Asia/Ho_Chi_Minh", "Asia/Bangkok"})
    void requireFixedOffset_zoneWithoutFutureTransitions_passes(String zone) {
        assertThatCode(() -> JvmTimeZone.requireFixedOffset(ZoneId.of(zone), NOW)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York"})
    void requireFixedOffset_daylightSavingZone_isRefused(String zone) {
        assertThatThrownBy(() -> JvmTimeZone.requireFixedOffset(ZoneId.of(zone), NOW))
                .isInstanceOf(IllegalStateException.class);
    }
}
