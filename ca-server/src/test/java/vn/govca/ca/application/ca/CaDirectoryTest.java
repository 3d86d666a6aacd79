package vn.govca.ca.application.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;

class CaDirectoryTest {

    @ParameterizedTest
    @ValueSource(strings = {"CA-NhaNuoc-G2", "RootCA_G3", "a", "CA-deltas", "Delta-CA"})
    void requireValidName_urlSafeName_accepted(String name) {
        assertThat(CaDirectory.requireValidName(name)).isEqualTo(name);
    }

    /** {@code /crl/X-delta.crl} is the delta CRL of X: a CA named X-delta would share its file. */
    @ParameterizedTest
    @ValueSource(strings = {"CA-NhaNuoc-G2-delta", "-x", "CA/x", "CA x", ""})
    void requireValidName_deltaSuffixOrBadCharacters_malformed(String name) {
        assertThatThrownBy(() -> CaDirectory.requireValidName(name)).isInstanceOf(GovCaException.class)
                .extracting(e -> ((GovCaException) e).category()).isEqualTo(GovCaException.Category.MALFORMED);
    }
}
