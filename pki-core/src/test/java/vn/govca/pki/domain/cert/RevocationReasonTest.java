package vn.govca.pki.domain.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;

class RevocationReasonTest {

    @Test
    void parse_rfcNameConstantOrCode_sameReason() {
        assertThat(RevocationReason.parse("keyCompromise")).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(RevocationReason.parse("KEY_COMPROMISE")).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(RevocationReason.parse("1")).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(RevocationReason.parse("certificatehold").code()).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "7", "8", "removeFromCRL", "lost", "11"})
    void parse_unknownOrNotARevocationReason_malformed(String text) {
        assertThatThrownBy(() -> RevocationReason.parse(text)).isInstanceOf(GovCaException.class)
                .extracting(e -> ((GovCaException) e).category()).isEqualTo(GovCaException.Category.MALFORMED);
    }

    @Test
    void ofCode_everyReason_roundTrips() {
        for (RevocationReason r : RevocationReason.values()) {
            assertThat(RevocationReason.ofCode(r.code())).isEqualTo(r);
        }
    }
}
