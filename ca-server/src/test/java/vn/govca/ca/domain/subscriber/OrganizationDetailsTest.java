package vn.govca.ca.domain.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.identity.TaxCode;
import vn.govca.pki.domain.name.EmailAddress;

class OrganizationDetailsTest {

    @Test
    void validate_validForm_typedRecord() {
        OrganizationDetails d = OrganizationDetails.validate(new OrganizationDetails.Form(" BỘ TÀI CHÍNH ",
                "Số 28 Trần Hưng Đạo, Hà Nội", "0100109106-001", "1051234", "vp@mof.gov.vn")).value();

        assertThat(d.name()).isEqualTo("BỘ TÀI CHÍNH");
        assertThat(d.taxCode().baseCode()).isEqualTo("0100109106");
        assertThat(d.budgetCode().value()).isEqualTo("1051234");
        assertThat(d.identifier().uidValue()).isEqualTo("MST:0100109106-001");
        assertThat(d.kind()).isEqualTo(SubscriberKind.ORGANIZATION);
    }

    @Test
    void validate_noBudgetCode_accepted() {
        OrganizationDetails d = OrganizationDetails.validate(new OrganizationDetails.Form("Cục Thuế", "Hà Nội",
                "0100109106", "", "ct@mof.gov.vn")).value();

        assertThat(d.budgetCode()).isNull();
    }

    @Test
    void validate_wrongTaxCheckDigit_malformed() {
        assertOnlyError(new OrganizationDetails.Form("Cục Thuế", "Hà Nội", "0100109107", "", "ct@mof.gov.vn"),
                "taxCode");
    }

    @Test
    void validate_sixDigitBudgetCode_malformed() {
        assertOnlyError(new OrganizationDetails.Form("Cục Thuế", "Hà Nội", "0100109106", "105123", "ct@mof.gov.vn"),
                "budgetCode");
    }

    @Test
    void validate_missingNameAndAddress_bothReported() {
        Validation<OrganizationDetails> result = OrganizationDetails.validate(
                new OrganizationDetails.Form(null, " ", "0100109106", null, "ct@mof.gov.vn"));

        assertThat(result.errors().list()).extracting(FieldError::field).containsExactly("name", "address");
    }

    @Test
    void new_missingTaxCode_malformed() {
        assertThatThrownBy(() -> new OrganizationDetails("Cục Thuế", "Hà Nội", null, null,
                new EmailAddress("ct@mof.gov.vn")))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void new_validValues_nameNormalized() {
        OrganizationDetails d = new OrganizationDetails("  Cục  Thuế ", "Hà Nội", new TaxCode("0100109106"), null,
                new EmailAddress("ct@MOF.gov.vn"));

        assertThat(d.name()).isEqualTo("Cục Thuế");
        assertThat(d.email().domain()).isEqualTo("mof.gov.vn");
    }

    private static void assertOnlyError(OrganizationDetails.Form form, String field) {
        assertThat(OrganizationDetails.validate(form).errors().list()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.category()).isEqualTo(Category.MALFORMED);
        });
    }
}
