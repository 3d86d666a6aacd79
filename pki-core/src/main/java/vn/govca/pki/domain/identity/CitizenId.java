package vn.govca.pki.domain.identity;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * A citizen identity number (số Căn cước công dân / số định danh cá nhân, CCCD): 12 digits.
 *
 * <p>The first three digits are the code of the province where the birth was registered
 * (Circular 07/2016/TT-BCA, Annex: 001 Hà Nội … 096 Cà Mau). We check the range 001–096 only,
 * not the gaps inside it, so that a valid number is never refused because of a code table that
 * changed (provinces were merged in 2025). The rest (century/sex digit, year of birth, random
 * part) carries no checksum and is checked as digits only.
 *
 * <p>Carried in the subject {@code UID} as {@code CCCD:<number>} (see {@link VnIdentifier}).
 */
public record CitizenId(String value) {

    private static final Pattern DIGITS_12 = Pattern.compile("\\d{12}");
    private static final int MIN_PROVINCE = 1;
    private static final int MAX_PROVINCE = 96;

    public CitizenId {
        Objects.requireNonNull(value, "value");
        if (!DIGITS_12.matcher(value).matches()) {
            throw GovCaException.malformed("citizen ID (CCCD) must be exactly 12 digits, got "
                    + Identifiers.describe(value));
        }
        int province = Integer.parseInt(value.substring(0, 3));
        if (province < MIN_PROVINCE || province > MAX_PROVINCE) {
            throw GovCaException.malformed("citizen ID (CCCD) province code " + value.substring(0, 3)
                    + " is outside 001-096");
        }
    }

    /** The three-digit province-of-birth-registration code, e.g. {@code "001"} for Hà Nội. */
    public String provinceCode() {
        return value.substring(0, 3);
    }

    @Override
    public String toString() {
        return value;
    }
}
