package vn.govca.db.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SerialHex, Sha256Hex, SearchText. */
class ValuesTest {

    @Test
    void serialHex_upperCaseWithLeadingZeros_isCanonicalLowerCase() {
        assertThat(SerialHex.of("00FF0A").value()).isEqualTo("ff0a");
        assertThat(SerialHex.of("00" + "f".repeat(40)).value()).hasSize(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "000", "xyz", "-1", "12 34"})
    void serialHex_notAPositiveHexInteger_isRejected(String value) {
        assertThatThrownBy(() -> SerialHex.of(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serialHex_moreThanTwentyOctets_isRejected() {
        assertThatThrownBy(() -> SerialHex.of("1" + "0".repeat(40))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sha256Hex_digestOfEmpty_isKnownVector() {
        assertThat(Sha256Hex.digestOf(new byte[0]).value())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void sha256Hex_wrongLength_isRejected() {
        assertThatThrownBy(() -> Sha256Hex.of("abcd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fold_vietnameseWithDiacritics_isPlainLowerCase() {
        assertThat(SearchText.fold("  Phạm   Văn Đức\tBan Cơ yếu Chính phủ ")).isEqualTo("pham van duc ban co yeu chinh phu");
        assertThat(SearchText.fold("Nguye\u0302\u0303n")).isEqualTo(SearchText.fold("Nguyễn")).isEqualTo("nguyen");
    }

    @Test
    void fold_longText_isCutWithoutSplittingSurrogatePair() {
        String folded = SearchText.fold("a".repeat(SearchText.MAX_LENGTH - 1) + "😀😀");

        assertThat(folded).hasSize(SearchText.MAX_LENGTH - 1);
        assertThat(SearchText.fold(null)).isEmpty();
    }
}
