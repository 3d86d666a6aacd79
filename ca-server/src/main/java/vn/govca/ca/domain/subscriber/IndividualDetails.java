package vn.govca.ca.domain.subscriber;

import java.time.LocalDate;
import java.time.Period;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.identity.VnIdentifier;
import vn.govca.pki.domain.name.EmailAddress;

/**
 * An individual subscriber as form 01 describes them (Decree 68/2024/NĐ-CP): the person's name,
 * date of birth, identity document, contact and position. The number is carried in the subject
 * {@code UID} with its type prefix (see {@link PersonalIdType}).
 *
 * <p>The constructor enforces the rules that do not depend on the day: names in NFC and 1-255
 * characters, a number that fits its document type, an issue date after the date of birth. The
 * rules that do (age 18-100, issue date not in the future) depend on the filing day and are
 * applied by {@link #validate(Form, LocalDate)} and {@link #checkDatesOn(LocalDate)}, so that a
 * stored record stays readable after its subject turns 101.
 *
 * @param position optional (chức vụ), null when not given
 */
public record IndividualDetails(String fullName, LocalDate dateOfBirth, PersonalIdType idType, String idNumber,
        LocalDate idIssueDate, String idIssuePlace, EmailAddress email, PhoneNumber mobile, String position)
        implements SubscriberDetails {

    /** The youngest accepted subscriber, in whole years on the filing day. */
    public static final int MIN_AGE = 18;
    /** The oldest accepted subscriber, in whole years on the filing day. */
    public static final int MAX_AGE = 100;

    /** The form as typed: every field a string, dates as {@code dd/MM/yyyy} or {@code yyyy-MM-dd}. */
    public record Form(String fullName, String dateOfBirth, String idType, String idNumber, String idIssueDate,
            String idIssuePlace, String email, String mobile, String position) {
    }

    public IndividualDetails {
        FieldErrors errors = new FieldErrors();
        fullName = errors.required("fullName", fullName, SubscriberText::name);
        errors.present("dateOfBirth", dateOfBirth);
        if (errors.present("idType", idType) != null) {
            idNumber = errors.required("idNumber", idNumber, (f, v) -> idType.parse(v).number());
        }
        errors.present("idIssueDate", idIssueDate);
        idIssuePlace = errors.required("idIssuePlace", idIssuePlace, SubscriberText::name);
        errors.present("email", email);
        errors.present("mobile", mobile);
        position = errors.optional("position", position, SubscriberText::name);
        issuedAfterBirth(errors, dateOfBirth, idIssueDate);
        errors.throwIfAny();
    }

    /**
     * Validates a typed form against every rule, collecting all field errors.
     *
     * @param today the filing day, for the age and issue-date rules
     */
    public static Validation<IndividualDetails> validate(Form form, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        String fullName = errors.required("fullName", form.fullName(), SubscriberText::name);
        LocalDate born = errors.required("dateOfBirth", form.dateOfBirth(), InputDate::parse);
        PersonalIdType type = errors.required("idType", form.idType(), (f, v) -> PersonalIdType.fromLabel(v));
        String number = errors.required("idNumber", form.idNumber(),
                (f, v) -> type == null ? v : type.parse(v).number());
        LocalDate issued = errors.required("idIssueDate", form.idIssueDate(), InputDate::parse);
        String place = errors.required("idIssuePlace", form.idIssuePlace(), SubscriberText::name);
        EmailAddress email = errors.required("email", form.email(), (f, v) -> new EmailAddress(v));
        PhoneNumber mobile = errors.required("mobile", form.mobile(), (f, v) -> new PhoneNumber(v));
        String position = errors.optional("position", form.position(), SubscriberText::name);
        checkDates(errors, born, form.dateOfBirth(), issued, form.idIssueDate(), today);
        if (!errors.isEmpty()) {
            return new Validation<>(null, errors);
        }
        return new Validation<>(new IndividualDetails(fullName, born, type, number, issued, place, email, mobile,
                position), errors);
    }

    /** Applies the day-dependent rules (age 18-100, issue date not in the future) on {@code today}. */
    public FieldErrors checkDatesOn(LocalDate today) {
        FieldErrors errors = new FieldErrors();
        checkDates(errors, dateOfBirth, dateOfBirth.toString(), idIssueDate, idIssueDate.toString(), today);
        return errors;
    }

    /** Refuses the record on {@code today} if a day-dependent rule fails (POLICY_VIOLATION). */
    public void requireDatesOn(LocalDate today) {
        checkDatesOn(today).throwIfAny();
    }

    /** The age in whole years on {@code day}. */
    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The identifier for the subject UID, e.g. {@code CCCD:001099012345}. */
    public VnIdentifier identifier() {
        return idType.parse(idNumber);
    }

    @Override
    public SubscriberKind kind() {
        return SubscriberKind.INDIVIDUAL;
    }

    @Override
    public String displayName() {
        return fullName;
    }

    private static void checkDates(FieldErrors errors, LocalDate born, String bornText, LocalDate issued,
            String issuedText, LocalDate today) {
        if (born != null) {
            int age = Period.between(born, today).getYears();
            if (age < MIN_AGE || age > MAX_AGE) {
                errors.add("dateOfBirth", bornText, Category.POLICY_VIOLATION, "dateOfBirth "
                        + SubscriberText.quote(bornText) + " gives age " + age + " on " + today
                        + "; a subscriber must be " + MIN_AGE + "-" + MAX_AGE + " years old");
            }
        }
        if (issued != null && issued.isAfter(today)) {
            errors.add("idIssueDate", issuedText, Category.POLICY_VIOLATION, "idIssueDate "
                    + SubscriberText.quote(issuedText) + " must not be after today (" + today + ")");
        } else {
            issuedAfterBirth(errors, born, issued);
        }
    }

    private static void issuedAfterBirth(FieldErrors errors, LocalDate born, LocalDate issued) {
        if (born != null && issued != null && !issued.isAfter(born)) {
            errors.add("idIssueDate", issued.toString(), Category.POLICY_VIOLATION, "idIssueDate "
                    + SubscriberText.quote(issued.toString()) + " must be after dateOfBirth " + born);
        }
    }
}
