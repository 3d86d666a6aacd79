package vn.govca.pki.domain.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * A tax code (mã số thuế, MST) of an organization: 10 digits, or 10 digits, a hyphen and a
 * 3-digit branch number (a dependent unit, e.g. {@code 0100109106-001}). Carried in
 * {@code UID} as {@code MST:<code>}.
 *
 * <p>The 10th digit is a check digit over the first nine with the weights
 * 31, 29, 23, 19, 17, 13, 7, 5, 3: {@code check = 10 - (sum mod 11)}. A sum whose remainder is
 * 0 would need check "10"; the tax authority never issues such codes, so they are refused. The
 * branch number 000 is never issued either. The canonical form keeps the hyphen.
 */
public record TaxCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{10})(?:-(\\d{3}))?");
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    public TaxCode {
        Objects.requireNonNull(value, "value");
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            throw GovCaException.malformed("tax code (MST) must be 10 digits or 10 digits-3 digits,"
                    + " got " + Identifiers.describe(value));
        }
        String base = m.group(1);
        int expected = checkDigit(base);
        int actual = base.charAt(9) - '0';
        if (expected != actual) {
            throw GovCaException.malformed("tax code (MST) " + value + " has check digit " + actual
                    + ", expected " + (expected < 0 ? "none (code not issuable)" : expected));
        }
        if ("000".equals(m.group(2))) {
            throw GovCaException.malformed("tax code (MST) branch number must be 001-999, got 000");
        }
    }

    /** The 10-digit code of the legal entity (without the branch suffix). */
    public String baseCode() {
        return value.substring(0, 10);
    }

    /** The branch (dependent unit) number, if this is a 13-digit code. */
    public Optional<String> branch() {
        return value.length() > 10 ? Optional.of(value.substring(11)) : Optional.empty();
    }

    /** Returns the check digit for the first nine digits of {@code base}, or -1 if none fits. */
    static int checkDigit(String base) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (base.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        return check == 10 ? -1 : check;
    }

    @Override
    public String toString() {
        return value;
    }
}
