package vn.govca.pki.domain.identity;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * An old identity card number (Chứng minh nhân dân, CMND): 9 digits (the original card) or 12
 * digits (the 2012 card). No checksum exists; only the format is checked. Still accepted in
 * {@code UID} as {@code CMND:<number>} for certificates of people who have not moved to CCCD.
 */
public record OldIdNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{9}|\\d{12}");

    public OldIdNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw GovCaException.malformed("old ID number (CMND) must be 9 or 12 digits, got "
                    + Identifiers.describe(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
