package vn.govca.ca.domain.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0912345678|0912345678",
        "+84912345678|0912345678",
        "84912345678|0912345678",
        "0912 345 678|0912345678",
        "0912.345.678|0912345678",
        "+84 91 234 5678|0912345678",
        "(+84) 912-345-678|0912345678",
        "0321234567|0321234567",
        "0561234567|0561234567",
        "0771234567|0771234567",
        "0841234567|0841234567",
        "  0987654321  |0987654321"})
    void new_acceptedForms_canonicalNational(String input, String canonical) {
        assertThat(new PhoneNumber(input).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123", "02436789012", "0212345678", "0112345678", "01612345678", "0412345678",
        "0612345678", "091234567", "09123456789", "091234567a", "+85512345678", "", "   ", "8491234567"})
    void new_notAVietnameseMobile_malformed(String input) {
        assertThatThrownBy(() -> new PhoneNumber(input))
                .isInstanceOfSatisfying(GovCaException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.MALFORMED);
                    assertThat(e.getMessage()).startsWith("mobile ");
                });
    }

    @Test
    void international_nationalNumber_e164() {
        assertThat(new PhoneNumber("0912345678").international()).isEqualTo("+84912345678");
    }

    @Test
    void equals_sameNumberWrittenDifferently_equal() {
        assertThat(new PhoneNumber("+84 912 345 678")).isEqualTo(new PhoneNumber("0912.345.678"));
    }
}
