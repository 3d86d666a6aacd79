package vn.govca.pki.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class TaxCodeTest {

    /** Real, published tax codes (Viettel, VNPT, Vietcombank, FPT) carry a valid check digit. */
    @ParameterizedTest
    @ValueSource(strings = {"0100109106", "0100684378", "0100112437", "0101248141", "0100109106-001", "0100684378-999"})
    void constructor_publishedCodes_accepted(String value) {
        assertThat(new TaxCode(value).value()).isEqualTo(value);
    }

    @Test
    void constructor_branchCode_exposesBaseAndBranch() {
        TaxCode code = new TaxCode("0100109106-012");
        assertThat(code.baseCode()).isEqualTo("0100109106");
        assertThat(code.branch()).contains("012");
        assertThat(new TaxCode("0100109106").branch()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100109107", "0100684370", "0100109106-000", "010010910", "01001091061",
        "0100109106001", "0100109106-01", "0100109106 001", "01001O9106", ""})
    void constructor_badFormatOrCheckDigit_malformed(String value) {
        assertThatThrownBy(() -> new TaxCode(value)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void checkDigit_remainderZero_noValidDigit() {
        // 000000000 -> sum 0 -> 10 - 0 = 10: no single check digit, never issued
        assertThat(TaxCode.checkDigit("000000000")).isEqualTo(-1);
        assertThatThrownBy(() -> new TaxCode("0000000000")).isInstanceOf(GovCaException.class);
    }

    @Test
    void checkDigit_allWeights_applied() {
        // 1 in each position in turn: check = 10 - (weight mod 11)
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        for (int i = 0; i < 9; i++) {
            char[] digits = "000000000".toCharArray();
            digits[i] = '1';
            int expected = 10 - weights[i] % 11;
            assertThat(TaxCode.checkDigit(new String(digits))).isEqualTo(expected == 10 ? -1 : expected);
        }
    }
}
