package vn.govca.db.domain;

import java.util.regex.Pattern;

/**
 * What form 02 says about a managing agency or organization: name, tax code (MST: 10 digits, or
 * 10 digits, '-' and a 3-digit branch number), 7-digit budget code (mã QHNS), address and
 * official e-mail. Checks here are the columns' shapes; check digits and e-mail syntax are the
 * service layer's value objects.
 */
public record AgencyDetails(String name, String taxCode, String budgetCode, String address, String email) {

    static final Pattern TAX_CODE = Pattern.compile("[0-9]{10}(-[0-9]{3})?");
    static final Pattern BUDGET_CODE = Pattern.compile("[0-9]{7}");

    public AgencyDetails {
        ColumnValues.text("agency name", name, 255);
        taxCode = shaped("tax code", taxCode, TAX_CODE, "10 digits, optionally followed by '-' and 3 digits");
        budgetCode = shaped("budget code", budgetCode, BUDGET_CODE, "7 digits");
        ColumnValues.optionalText("address", address, 512);
        ColumnValues.optionalText("email", email, 255);
    }

    /** Only a name. */
    public static AgencyDetails named(String name) {
        return new AgencyDetails(name, null, null, null, null);
    }

    static String shaped(String what, String value, Pattern shape, String rule) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!shape.matcher(v).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' must be " + rule);
        }
        return v;
    }
}
