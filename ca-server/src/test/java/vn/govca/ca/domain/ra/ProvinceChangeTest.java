package vn.govca.ca.domain.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.govca.db.domain.ProvinceKind;
import vn.govca.pki.domain.GovCaException;

class ProvinceChangeTest {

    @Test
    void parse_decomposedNameExtraSpacesLowerCaseKind_nfcOneSpaceAndKind() {
        String decomposed = Normalizer.normalize("Tỉnh  Sơn La ", Normalizer.Form.NFD);
        ProvinceChange c = ProvinceChange.parse(" " + decomposed, "province", false);
        assertThat(c.name()).isEqualTo(Normalizer.normalize("Tỉnh Sơn La", Normalizer.Form.NFC));
        assertThat(Normalizer.isNormalized(c.name(), Normalizer.Form.NFC)).isTrue();
        assertThat(c.kind()).isEqualTo(ProvinceKind.PROVINCE);
        assertThat(c.active()).isFalse();
    }

    @Test
    void parse_activeAbsent_null() {
        assertThat(ProvinceChange.parse("Thành phố Huế", "CITY", null).active()).isNull();
    }

    @Test
    void parse_blankNameOrMissingOrUnknownKind_malformed() {
        assertMalformed(() -> ProvinceChange.parse(" ", "CITY", true));
        assertMalformed(() -> ProvinceChange.parse(null, "CITY", true));
        assertMalformed(() -> ProvinceChange.parse("Tỉnh Sơn La", null, true));
        assertMalformed(() -> ProvinceChange.parse("Tỉnh Sơn La", "DISTRICT", true));
    }

    @Test
    void parse_nameOf129Characters_malformed128Accepted() {
        assertThat(ProvinceChange.parse("Đ".repeat(128), "PROVINCE", null).name()).hasSize(128);
        assertMalformed(() -> ProvinceChange.parse("Đ".repeat(129), "PROVINCE", null));
    }

    @Test
    void parse_controlCharacter_malformed() {
        assertMalformed(() -> ProvinceChange.parse("Tỉnh\u0007Sơn La", "PROVINCE", null));
    }

    @Test
    void sameNameAs_caseAndAccentsAside_true() {
        ProvinceChange c = ProvinceChange.parse("Thành phố Hà Nội", "CITY", null);
        assertThat(c.sameNameAs("thanh pho ha noi")).isTrue();
        assertThat(c.sameNameAs("THÀNH PHỐ  HÀ NỘI")).isTrue();
        assertThat(c.sameNameAs("Thành phố Hải Phòng")).isFalse();
        assertThat(c.sameNameAs(null)).isFalse();
    }

    private static void assertMalformed(Runnable r) {
        assertThatThrownBy(r::run).isInstanceOf(GovCaException.class)
                .satisfies(e -> assertThat(((GovCaException) e).category()).isEqualTo(GovCaException.Category.MALFORMED));
    }
}
