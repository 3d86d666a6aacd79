package vn.govca.ca.domain.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class SubscriberTextTest {

    @Test
    void name_decomposedVietnamese_nfc() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hương", Normalizer.Form.NFD);

        String name = SubscriberText.name("fullName", decomposed);

        assertThat(name).isEqualTo(Normalizer.normalize("Nguyễn Thị Hương", Normalizer.Form.NFC));
        assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void name_surroundingAndRepeatedSpaces_trimmedAndCollapsed() {
        assertThat(SubscriberText.name("fullName", " \u00A0Phạm  Văn\u00A0 A \t")).isEqualTo("Phạm Văn A");
    }

    @Test
    void name_255Characters_accepted() {
        assertThat(SubscriberText.name("fullName", "ă".repeat(255))).hasSize(255);
    }

    @Test
    void name_256Characters_malformed() {
        assertMalformed(() -> SubscriberText.name("fullName", "a".repeat(256)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Phạm\u0000Văn", "Phạm\nVăn", "Phạm\u202EVăn", "Phạm\u200BVăn", "a\uD800b"})
    void name_emptyOrControlCharacters_malformed(String value) {
        assertMalformed(() -> SubscriberText.name("fullName", value));
    }

    @Test
    void name_null_malformed() {
        assertMalformed(() -> SubscriberText.name("fullName", null));
    }

    @Test
    void name_supplementaryCharacter_accepted() {
        assertThat(SubscriberText.name("name", "Trần 𠀀")).isEqualTo("Trần 𠀀");
    }

    @Test
    void name_error_namesField() {
        assertThatThrownBy(() -> SubscriberText.name("idIssuePlace", " "))
                .hasMessageStartingWith("idIssuePlace");
    }

    @Test
    void quote_longValue_bounded() {
        assertThat(SubscriberText.quote("x".repeat(5000))).hasSizeLessThan(80).contains("5000");
    }

    private static void assertMalformed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }
}
