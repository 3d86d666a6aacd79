package vn.govca.ca.domain.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.identity.IdentifierType;

class PersonalIdTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CCCD|CCCD", "cccd|CCCD", "Căn cước công dân|CCCD", "CMND|CMND", "Chứng minh nhân dân|CMND",
        "Hộ chiếu|PASSPORT", "HC|PASSPORT", "passport|PASSPORT"})
    void fromLabel_knownLabels_type(String label, PersonalIdType type) {
        assertThat(PersonalIdType.fromLabel(label)).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GPLX", "bằng lái"})
    void fromLabel_unknown_malformed(String label) {
        assertMalformed(() -> PersonalIdType.fromLabel(label));
    }

    @Test
    void parse_citizenId_cccdIdentifier() {
        assertThat(PersonalIdType.CCCD.parse(" 001099012345 ").uidValue()).isEqualTo("CCCD:001099012345");
    }

    @Test
    void parse_oldIdNineDigits_cmndIdentifier() {
        assertThat(PersonalIdType.CMND.parse("123456789").type()).isEqualTo(IdentifierType.CMND);
    }

    @Test
    void parse_lowerCasePassport_upperCased() {
        assertThat(PersonalIdType.PASSPORT.parse("c1234567").uidValue()).isEqualTo("HC:C1234567");
    }

    @ParameterizedTest
    @CsvSource({"CCCD,12345", "CCCD,1099012345", "CCCD,999099012345", "CMND,1234567890", "PASSPORT,ABCDEFG"})
    void parse_numberNotFittingType_malformed(PersonalIdType type, String number) {
        assertMalformed(() -> type.parse(number));
    }

    private static void assertMalformed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }
}
