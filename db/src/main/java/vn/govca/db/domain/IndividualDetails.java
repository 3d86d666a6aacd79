package vn.govca.db.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What form 01 says about an individual subscriber. The identity number is stored as given
 * without spaces; its check (CCCD: 12 digits, CMND: 9 or 12, passport: letters and digits) is
 * done here because the unique key (agency, id type, id number) relies on one spelling per person.
 * E-mail and phone syntax are the service layer's value objects.
 *
 * @param idType   null together with {@code idNumber} when the person has none on file
 * @param jobTitle chức vụ
 */
public record IndividualDetails(String fullName, LocalDate dateOfBirth, IdentityDocumentType idType, String idNumber,
                                LocalDate idIssueDate, String idIssuePlace, String jobTitle, String mobile,
                                String email) {

    private static final Pattern CCCD = Pattern.compile("[0-9]{12}");
    private static final Pattern CMND = Pattern.compile("[0-9]{9}|[0-9]{12}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{6,32}");

    public IndividualDetails {
        ColumnValues.text("full name", fullName, 255);
        if ((idType == null) != (idNumber == null || idNumber.isBlank())) {
            throw new IllegalArgumentException("identity document type and number go together; got type " + idType
                    + " and number '" + idNumber + "'");
        }
        if (idType != null) {
            idNumber = checkedNumber(idType, idNumber);
        }
        ColumnValues.optionalText("identity issue place", idIssuePlace, 255);
        ColumnValues.optionalText("position", jobTitle, 255);
        ColumnValues.optionalText("mobile", mobile, 20);
        ColumnValues.optionalText("email", email, 255);
    }

    private static String checkedNumber(IdentityDocumentType type, String number) {
        String n = Objects.requireNonNull(number, "idNumber").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        Pattern shape = switch (type) {
            case CCCD -> CCCD;
            case CMND -> CMND;
            case PASSPORT -> PASSPORT;
        };
        if (!shape.matcher(n).matches()) {
            throw new IllegalArgumentException(type + " number '" + number + "' must be " + switch (type) {
                case CCCD -> "12 digits";
                case CMND -> "9 or 12 digits";
                case PASSPORT -> "6 to 32 letters or digits";
            });
        }
        return n;
    }
}
