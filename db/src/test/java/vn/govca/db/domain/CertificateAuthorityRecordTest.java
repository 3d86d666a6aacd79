package vn.govca.db.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateAuthorityRecordTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final CaKey KEY = new CaKey("soft", "k", "RSA4096", "SHA256withRSA");

    private static CertificateAuthorityRecord awaiting() {
        return CertificateAuthorityRecord.awaitingCertificate("root-g1", "CN=Root", KEY, null, T0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GovCA Root", "../etc", "-root", "Cơ yếu"})
    void awaitingCertificate_nameUnsafeInUrls_isRejected(String name) {
        assertThatThrownBy(() -> CertificateAuthorityRecord.awaitingCertificate(name, "CN=Root", KEY, null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void activate_awaiting_isActiveWithCertificate() {
        CertificateAuthorityRecord ca = awaiting();

        ca.activate(new byte[] {1}, SerialHex.of("1"), T0, T0.plusSeconds(10), T0);

        assertThat(ca.isActive()).isTrue();
        assertThat(ca.serial().value()).isEqualTo("1");
    }

    @Test
    void disable_awaiting_isRefused() {
        assertThatThrownBy(() -> awaiting().disable(T0)).isInstanceOf(RecordStateException.class);
    }

    @Test
    void disableThenEnable_active_isActiveAgain() {
        CertificateAuthorityRecord ca = awaiting();
        ca.activate(new byte[] {1}, SerialHex.of("1"), T0, T0.plusSeconds(10), T0);

        ca.disable(T0);
        ca.enable(T0);

        assertThat(ca.status()).isEqualTo(CertificateAuthorityStatus.ACTIVE);
    }

    @Test
    void markRevoked_twice_isRefused() {
        CertificateAuthorityRecord ca = awaiting();
        ca.markRevoked(T0);

        assertThatThrownBy(() -> ca.markRevoked(T0)).isInstanceOf(RecordStateException.class);
        assertThatThrownBy(() -> ca.activate(new byte[] {1}, SerialHex.of("1"), T0, T0.plusSeconds(1), T0))
                .isInstanceOf(RecordStateException.class);
    }
}
