package vn.govca.ca.domain.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;

class KeyDeviceSerialTest {

    @Test
    void parse_lowerCaseWithSpaces_strippedAndUpperCase() {
        assertThat(KeyDeviceSerial.parse("  tk-2026/0001 ").value()).isEqualTo("TK-2026/0001");
    }

    @Test
    void parse_iccidAndUuid_accepted() {
        assertThat(KeyDeviceSerial.parse("8984048000123456789").value()).isEqualTo("8984048000123456789");
        assertThat(KeyDeviceSerial.parse("rs:3f2a9c1e-0b7d-4e55-9a61-2c0d5b8e7f10").value())
                .isEqualTo("RS:3F2A9C1E-0B7D-4E55-9A61-2C0D5B8E7F10");
    }

    @Test
    void parse_sixtyFourCharacters_acceptedSixtyFiveRefused() {
        assertThat(KeyDeviceSerial.parse("A".repeat(64)).value()).hasSize(64);
        assertMalformed("A".repeat(65));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-TK1", "TK 0001", "TK_01;DROP", "TOKEN#1", "Số01", "TK\u00000001"})
    void parse_blankOrOutsideTheAlphabet_malformed(String text) {
        assertMalformed(text);
    }

    @Test
    void parse_null_malformed() {
        assertMalformed(null);
    }

    @Test
    void constructor_lowerCase_refused() {
        assertThatThrownBy(() -> new KeyDeviceSerial("tk-1")).isInstanceOf(GovCaException.class);
    }

    private static void assertMalformed(String text) {
        assertThatThrownBy(() -> KeyDeviceSerial.parse(text)).isInstanceOf(GovCaException.class)
                .satisfies(e -> assertThat(((GovCaException) e).category()).isEqualTo(GovCaException.Category.MALFORMED));
    }
}
