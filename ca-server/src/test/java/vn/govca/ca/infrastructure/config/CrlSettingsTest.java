package vn.govca.ca.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrlSettingsTest {

    private static final Path HOME = Path.of("/srv/govca/var");

    @Test
    void from_noKeys_defaults() {
        CrlSettings s = CrlSettings.from(HOME, new Properties());

        assertThat(s.directory()).isEqualTo(HOME.resolve("crl"));
        assertThat(s.spoolDirectory()).isEqualTo(HOME.resolve("crl-spool"));
        assertThat(s.full().period()).isEqualTo(Duration.ofMinutes(60));
        assertThat(s.full().overlap()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.deltaEnabled()).isTrue();
        assertThat(s.delta().period()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.delta().overlap()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.coalesce()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.keepExpired()).isFalse();
    }

    @Test
    void from_everyKeySet_valuesTaken() {
        Properties p = new Properties();
        p.setProperty("govca.crl.dir", "/var/www/crl");
        p.setProperty("govca.crl.periodMinutes", "1440");
        p.setProperty("govca.crl.overlapMinutes", " 360 ");
        p.setProperty("govca.crl.coalesceSeconds", "0");
        p.setProperty("govca.crl.delta.enabled", "FALSE");
        p.setProperty("govca.crl.delta.periodMinutes", "60");
        p.setProperty("govca.crl.keepExpired", "true");

        CrlSettings s = CrlSettings.from(HOME, p);

        assertThat(s.directory()).isEqualTo(Path.of("/var/www/crl"));
        assertThat(s.full().nextUpdate(java.time.Instant.EPOCH))
                .isEqualTo(java.time.Instant.EPOCH.plus(Duration.ofHours(30)));
        assertThat(s.coalesce()).isZero();
        assertThat(s.deltaEnabled()).isFalse();
        assertThat(s.delta().period()).isEqualTo(Duration.ofHours(1));
        assertThat(s.keepExpired()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "govca.crl.periodMinutes, 0",
        "govca.crl.overlapMinutes, 0",
        "govca.crl.overlapMinutes, soon",
        "govca.crl.coalesceSeconds, 301",
        "govca.crl.delta.enabled, yes",
        "govca.crl.delta.periodMinutes, 61",
        "govca.crl.keepExpired, 1"})
    void from_badValue_refusedNamingTheKey(String key, String value) {
        Properties p = new Properties();
        p.setProperty(key, value);

        assertThatThrownBy(() -> CrlSettings.from(HOME, p)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(key);
    }
}
