package vn.govca.pki.domain.identity;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * A budget-relationship code (mã số đơn vị có quan hệ với ngân sách, mã QHNS): 7 digits,
 * assigned by the Ministry of Finance to agencies that use the state budget. Organization
 * requests (form 02) carry it. No published check digit: the format is checked only.
 */
public record BudgetCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{7}");

    public BudgetCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw GovCaException.malformed("budget code (QHNS) must be exactly 7 digits, got "
                    + Identifiers.describe(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
