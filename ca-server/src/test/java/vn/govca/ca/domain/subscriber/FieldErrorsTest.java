package vn.govca.ca.domain.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.identity.TaxCode;

class FieldErrorsTest {

    @Test
    void required_ruleRefuses_errorPrefixedWithField() {
        FieldErrors errors = new FieldErrors();

        Object value = errors.required("taxCode", "123", (f, v) -> new TaxCode(v));

        assertThat(value).isNull();
        assertThat(errors.list()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("taxCode");
            assertThat(e.value()).isEqualTo("123");
            assertThat(e.message()).startsWith("taxCode: ");
        });
    }

    @Test
    void optional_blank_nullWithoutError() {
        FieldErrors errors = new FieldErrors();

        String value = errors.optional("budgetCode", "  ", (f, v) -> v);

        assertThat(value).isNull();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void throwIfAny_onlyPolicyErrors_policy() {
        FieldErrors errors = new FieldErrors();
        errors.add("dateOfBirth", "x", Category.POLICY_VIOLATION, "dateOfBirth too young");

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void throwIfAny_mixedErrors_malformed() {
        FieldErrors errors = new FieldErrors();
        errors.add("dateOfBirth", "x", Category.POLICY_VIOLATION, "dateOfBirth too young");
        errors.required("fullName", null, (f, v) -> v);

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
        assertThat(errors.has("fullName")).isTrue();
    }

    @Test
    void throwIfAny_noErrors_returns() {
        new FieldErrors().throwIfAny();
    }
}
