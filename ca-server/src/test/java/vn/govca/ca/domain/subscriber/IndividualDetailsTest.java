package vn.govca.ca.domain.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.name.EmailAddress;

class IndividualDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static IndividualDetails.Form form() {
        return new IndividualDetails.Form("Phạm Văn A", "15/03/1990", "CCCD", "001090012345", "10/08/2021",
                "Cục Cảnh sát quản lý hành chính về trật tự xã hội", "anpv@bcy.gov.vn", "0912 345 678",
                "Chuyên viên");
    }

    private static IndividualDetails.Form with(String field, String value) {
        IndividualDetails.Form f = form();
        return new IndividualDetails.Form(
                field.equals("fullName") ? value : f.fullName(),
                field.equals("dateOfBirth") ? value : f.dateOfBirth(),
                field.equals("idType") ? value : f.idType(),
                field.equals("idNumber") ? value : f.idNumber(),
                field.equals("idIssueDate") ? value : f.idIssueDate(),
                field.equals("idIssuePlace") ? value : f.idIssuePlace(),
                field.equals("email") ? value : f.email(),
                field.equals("mobile") ? value : f.mobile(),
                field.equals("position") ? value : f.position());
    }

    @Test
    void validate_validForm_typedRecord() {
        Validation<IndividualDetails> result = IndividualDetails.validate(form(), TODAY);

        assertThat(result.isValid()).isTrue();
        IndividualDetails d = result.value();
        assertThat(d.fullName()).isEqualTo("Phạm Văn A");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1990, 3, 15));
        assertThat(d.idType()).isEqualTo(PersonalIdType.CCCD);
        assertThat(d.identifier().uidValue()).isEqualTo("CCCD:001090012345");
        assertThat(d.mobile().value()).isEqualTo("0912345678");
        assertThat(d.email().value()).isEqualTo("anpv@bcy.gov.vn");
        assertThat(d.kind()).isEqualTo(SubscriberKind.INDIVIDUAL);
        assertThat(d.displayName()).isEqualTo("Phạm Văn A");
        assertThat(d.ageOn(TODAY)).isEqualTo(35);
    }

    @Test
    void validate_blankPosition_null() {
        assertThat(IndividualDetails.validate(with("position", " "), TODAY).value().position()).isNull();
    }

    @Test
    void validate_eighteenthBirthdayToday_accepted() {
        assertThat(IndividualDetails.validate(with("dateOfBirth", "01/06/2007"), TODAY)
                .isValid()).isTrue();
    }

    @Test
    void validate_dayBeforeEighteenthBirthday_policy() {
        assertOnlyError(with("dateOfBirth", "02/06/2007"), "dateOfBirth", Category.POLICY_VIOLATION);
    }

    @Test
    void validate_age101_policy() {
        assertOnlyError(with("dateOfBirth", "31/05/1924"), "dateOfBirth", Category.POLICY_VIOLATION);
    }

    @Test
    void validate_age100_accepted() {
        assertThat(IndividualDetails.validate(with("dateOfBirth", "01/06/1925"), TODAY).isValid()).isTrue();
    }

    @Test
    void validate_issueDateInFuture_policy() {
        assertOnlyError(with("idIssueDate", "02/06/2025"), "idIssueDate", Category.POLICY_VIOLATION);
    }

    @Test
    void validate_issueDateBeforeBirth_policy() {
        assertOnlyError(with("idIssueDate", "01/01/1989"), "idIssueDate", Category.POLICY_VIOLATION);
    }

    @Test
    void validate_issueDateToday_accepted() {
        assertThat(IndividualDetails.validate(with("idIssueDate", "2025-06-01"), TODAY).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fullName", "dateOfBirth", "idType", "idNumber", "idIssueDate", "idIssuePlace", "email",
        "mobile"})
    void validate_requiredFieldBlank_malformed(String field) {
        assertOnlyError(with(field, ""), field, Category.MALFORMED);
    }

    @Test
    void validate_badMobile_malformedNamingField() {
        Validation<IndividualDetails> result = IndividualDetails.validate(with("mobile", "0123"), TODAY);

        assertThat(result.errors().list()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("mobile");
            assertThat(e.value()).isEqualTo("0123");
            assertThat(e.category()).isEqualTo(Category.MALFORMED);
            assertThat(e.message()).startsWith("mobile");
        });
    }

    @Test
    void validate_badEmail_malformed() {
        assertOnlyError(with("email", "an pv@bcy"), "email", Category.MALFORMED);
    }

    @Test
    void validate_cccdWithElevenDigits_malformed() {
        assertOnlyError(with("idNumber", "01090012345"), "idNumber", Category.MALFORMED);
    }

    @Test
    void validate_passportNumber_accepted() {
        IndividualDetails.Form f = form();
        IndividualDetails.Form passport = new IndividualDetails.Form(f.fullName(), f.dateOfBirth(), "Hộ chiếu",
                "c1234567", f.idIssueDate(), f.idIssuePlace(), f.email(), f.mobile(), f.position());

        IndividualDetails d = IndividualDetails.validate(passport, TODAY).value();

        assertThat(d.identifier().uidValue()).isEqualTo("HC:C1234567");
    }

    @Test
    void validate_controlCharacterInName_malformed() {
        assertOnlyError(with("fullName", "Phạm\u0007Văn A"), "fullName", Category.MALFORMED);
    }

    @Test
    void validate_manyBadFields_everyFieldReported() {
        IndividualDetails.Form bad = new IndividualDetails.Form("", "31/02/1990", "GPLX", "123", "tomorrow", "",
                "not-an-email", "0123", "Chuyên viên");

        Validation<IndividualDetails> result = IndividualDetails.validate(bad, TODAY);

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors().list()).extracting(FieldError::field).containsExactly("fullName", "dateOfBirth",
                "idType", "idIssueDate", "idIssuePlace", "email", "mobile");
        assertThatThrownBy(result::orThrow).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void new_issueDateBeforeBirth_policy() {
        assertThatThrownBy(() -> new IndividualDetails("Phạm Văn A", LocalDate.of(1990, 1, 1), PersonalIdType.CCCD,
                "001090012345", LocalDate.of(1989, 1, 1), "Hà Nội", new EmailAddress("a@b.vn"),
                new PhoneNumber("0912345678"), null))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void new_numberNotFittingType_malformed() {
        assertThatThrownBy(() -> new IndividualDetails("Phạm Văn A", LocalDate.of(1990, 1, 1), PersonalIdType.CMND,
                "1234", LocalDate.of(2010, 1, 1), "Hà Nội", new EmailAddress("a@b.vn"),
                new PhoneNumber("0912345678"), null))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void checkDatesOn_subscriberNowTooOld_policyButRecordStillReadable() {
        IndividualDetails d = IndividualDetails.validate(form(), TODAY).value();

        assertThat(d.checkDatesOn(TODAY).isEmpty()).isTrue();
        assertThatThrownBy(() -> d.requireDatesOn(LocalDate.of(2091, 6, 1)))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    private static void assertOnlyError(IndividualDetails.Form form, String field, Category category) {
        Validation<IndividualDetails> result = IndividualDetails.validate(form, TODAY);

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors().list()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.category()).isEqualTo(category);
            assertThat(e.message()).startsWith(field);
        });
    }
}
