package vn.govca.ca.domain.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class InputDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "03/04/2000|2000-04-03",
        "3/4/2000|2000-04-03",
        "03-04-2000|2000-04-03",
        "03.04.2000|2000-04-03",
        "2000-04-03|2000-04-03",
        "29/02/2000|2000-02-29",
        " 31/12/1999 |1999-12-31"})
    void parse_dayFirstOrIso_date(String text, LocalDate expected) {
        assertThat(InputDate.parse("dateOfBirth", text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2000", "29/02/1999", "12/13/2000", "00/01/2000", "2000-4-3", "2000/04/03",
        "03/04/00", "tomorrow", "", "36892"})
    void parse_notADate_malformed(String text) {
        assertThatThrownBy(() -> InputDate.parse("dateOfBirth", text))
                .isInstanceOfSatisfying(GovCaException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.MALFORMED);
                    assertThat(e.getMessage()).startsWith("dateOfBirth");
                });
    }
}
