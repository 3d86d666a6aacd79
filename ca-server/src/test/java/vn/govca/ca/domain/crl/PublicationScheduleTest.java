package vn.govca.ca.domain.crl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicationScheduleTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final PublicationSchedule HOURLY = new PublicationSchedule(Duration.ofMinutes(60),
            Duration.ofMinutes(30));

    @Test
    void nextUpdate_hourlyWithHalfHourOverlap_coversNextIssueByTheOverlap() {
        Instant next = HOURLY.nextUpdate(T0);

        assertThat(next).isEqualTo(T0.plus(Duration.ofMinutes(90)));
        assertThat(next).isAfter(T0.plus(HOURLY.period()));
    }

    @Test
    void isDue_beforeAndAtPeriod_falseThenTrue() {
        assertThat(HOURLY.isDue(T0, T0.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(HOURLY.isDue(T0, T0.plus(Duration.ofMinutes(60)))).isTrue();
        assertThat(HOURLY.isDue(T0, T0.plus(Duration.ofDays(2)))).isTrue();
    }

    @Test
    void maxAge_capsAtPeriodAndNextUpdateNeverNegative() {
        Instant next = HOURLY.nextUpdate(T0);

        assertThat(HOURLY.maxAge(next, T0)).isEqualTo(Duration.ofMinutes(60));
        assertThat(HOURLY.maxAge(next, T0.plus(Duration.ofMinutes(80)))).isEqualTo(Duration.ofMinutes(10));
        assertThat(HOURLY.maxAge(next, next.plusSeconds(5))).isEqualTo(Duration.ZERO);
    }

    @Test
    void constructor_underOneMinute_isRejected() {
        assertThatThrownBy(() -> new PublicationSchedule(Duration.ofSeconds(59), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicationSchedule(Duration.ofMinutes(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
