package vn.govca.db.domain;

/**
 * What form 02 says about an organization subscriber: name, address, tax code (MST), 7-digit
 * budget code (mã QHNS) and official e-mail. Shapes as in {@link AgencyDetails}.
 */
public record OrganizationDetails(String name, String address, String taxCode, String budgetCode, String email) {

    public OrganizationDetails {
        ColumnValues.text("organization name", name, 255);
        ColumnValues.optionalText("address", address, 512);
        taxCode = AgencyDetails.shaped("tax code", taxCode, AgencyDetails.TAX_CODE,
                "10 digits, optionally followed by '-' and 3 digits");
        budgetCode = AgencyDetails.shaped("budget code", budgetCode, AgencyDetails.BUDGET_CODE, "7 digits");
        ColumnValues.optionalText("email", email, 255);
    }
}
