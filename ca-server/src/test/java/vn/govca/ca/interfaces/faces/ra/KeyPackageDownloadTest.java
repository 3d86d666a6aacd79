package vn.govca.ca.interfaces.faces.ra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyPackageDownloadTest {

    @Test
    void typedTwice_sameText_true() {
        assertThat(KeyPackageDownload.typedTwice("mat-khau-2026-dai", "mat-khau-2026-dai")).isTrue();
    }

    @Test
    void typedTwice_differentOrOneMissing_false() {
        assertThat(KeyPackageDownload.typedTwice("mat-khau-2026-dai", "mat-khau-2026-dal")).isFalse();
        assertThat(KeyPackageDownload.typedTwice("mat-khau-2026-dai", null)).isFalse();
        assertThat(KeyPackageDownload.typedTwice(null, "mat-khau-2026-dai")).isFalse();
    }

    @Test
    void typedTwice_bothMissing_trueSoTheServiceRefusesTheEmptyPassword() {
        assertThat(KeyPackageDownload.typedTwice(null, "")).isTrue();
    }
}
