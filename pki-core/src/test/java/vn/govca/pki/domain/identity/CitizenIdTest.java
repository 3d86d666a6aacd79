package vn.govca.pki.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class CitizenIdTest {

    @Test
    void constructor_validNumber_keepsValueAndProvince() {
        CitizenId id = new CitizenId("001099012345");
        assertThat(id.value()).isEqualTo("001099012345");
        assertThat(id.provinceCode()).isEqualTo("001");
    }

    @Test
    void constructor_lastProvince096_accepted() {
        assertThat(new CitizenId("096185000001").provinceCode()).isEqualTo("096");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00109901234", "0010990123456", "00109901234a", "001 99012345",
        "000099012345", "097099012345", "999099012345", "００１０９９０１２３４５"})
    void constructor_badNumber_malformed(String value) {
        assertThatThrownBy(() -> new CitizenId(value)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }
}
