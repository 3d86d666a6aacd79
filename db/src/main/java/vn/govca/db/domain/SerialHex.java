package vn.govca.db.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A certificate serial number as the database keys it: the lower-case hexadecimal form of a
 * positive integer of at most 20 octets, without leading zeros (RFC 5280 section 4.1.2.2).
 * Leading zeros (e.g. the sign octet of a DER INTEGER) are dropped on construction: one
 * integer has exactly one form, so {@code uq_certificate_ca_serial} catches every reuse.
 */
public record SerialHex(String value) {

    private static final Pattern CANONICAL = Pattern.compile("[1-9a-f][0-9a-f]{0,39}");

    public SerialHex {
        Objects.requireNonNull(value, "serial");
        String given = value;
        value = stripLeadingZeros(value.toLowerCase(Locale.ROOT));
        if (!CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("serial '" + given
                    + "' must be the hex digits of a positive integer of at most 20 octets (40 digits)");
        }
    }

    public static SerialHex of(String value) {
        return new SerialHex(value);
    }

    private static String stripLeadingZeros(String hex) {
        int i = 0;
        while (i < hex.length() - 1 && hex.charAt(i) == '0') {
            i++;
        }
        return hex.substring(i);
    }

    @Override
    public String toString() {
        return value;
    }
}
