package vn.govca.pki.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class VnIdentifierTest {

    @Test
    void parse_citizenId_typeAndNumber() {
        VnIdentifier id = VnIdentifier.parse("CCCD:001099012345");
        assertThat(id.type()).isEqualTo(IdentifierType.CCCD);
        assertThat(id.number()).isEqualTo("001099012345");
        assertThat(id.uidValue()).isEqualTo("CCCD:001099012345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CMND:123456789", "HC:C1234567", "MST:0100109106", "MST:0100109106-001"})
    void parse_eachType_roundTrips(String value) {
        assertThat(VnIdentifier.parse(value).uidValue()).isEqualTo(value);
    }

    @Test
    void of_valueObjects_sameAsParse() {
        assertThat(VnIdentifier.of(new TaxCode("0100684378"))).isEqualTo(VnIdentifier.parse("MST:0100684378"));
        assertThat(VnIdentifier.of(new CitizenId("001099012345")).type()).isEqualTo(IdentifierType.CCCD);
        assertThat(VnIdentifier.of(new OldIdNumber("123456789")).type()).isEqualTo(IdentifierType.CMND);
        assertThat(VnIdentifier.of(new PassportNumber("C1234567")).type()).isEqualTo(IdentifierType.HC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"001099012345", "cccd:001099012345", "CCCD 001099012345", "CMT:123456789",
        ":123", "CCCD:", "CCCD:00109901234", "MST:0100109107", "HC:c1234567", "CCCD:001099012345:1",
        "CCCD:0010990123450000000000000000000000000000000000000000000000000000"})
    void parse_bad_malformed(String value) {
        assertThatThrownBy(() -> VnIdentifier.parse(value)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }
}
