package vn.govca.pki.domain.identity;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * A passport number (hộ chiếu), carried in {@code UID} as {@code HC:<number>}. Vietnamese
 * passports use one letter and seven digits (e.g. {@code C1234567}); foreign passports differ,
 * so we accept 6 to 12 upper-case letters and digits (the ICAO 9303 document-number alphabet)
 * with at least one digit. Lower case is refused rather than silently changed.
 */
public record PassportNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("(?=.*\\d)[A-Z0-9]{6,12}");

    public PassportNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw GovCaException.malformed("passport number must be 6-12 upper-case letters or digits"
                    + " with at least one digit, got " + Identifiers.describe(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
