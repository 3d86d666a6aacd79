package vn.govca.pki.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class OtherIdentifiersTest {

    private static void assertMalformed(Runnable r) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "012345678901"})
    void oldIdNumber_nineOrTwelveDigits_accepted(String value) {
        assertThat(new OldIdNumber(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890", "12345678901", "1234567890123", "12345678x"})
    void oldIdNumber_otherLengths_malformed(String value) {
        assertMalformed(() -> new OldIdNumber(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C1234567", "B7654321", "N12345678", "123456789"})
    void passportNumber_valid_accepted(String value) {
        assertThat(new PassportNumber(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1234567", "C123", "ABCDEFGH", "C1234567890123", "C123-4567", ""})
    void passportNumber_invalid_malformed(String value) {
        assertMalformed(() -> new PassportNumber(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "0000001"})
    void budgetCode_sevenDigits_accepted(String value) {
        assertThat(new BudgetCode(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "12345678", "123456a", ""})
    void budgetCode_invalid_malformed(String value) {
        assertMalformed(() -> new BudgetCode(value));
    }

    @Test
    void identifierType_prefix_includesColon() {
        assertThat(IdentifierType.CCCD.prefix()).isEqualTo("CCCD:");
        assertThat(IdentifierType.byName("MST")).contains(IdentifierType.MST);
        assertThat(IdentifierType.byName("mst")).isEmpty();
    }
}
