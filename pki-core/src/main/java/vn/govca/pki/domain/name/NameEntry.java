package vn.govca.pki.domain.name;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * One attribute of a distinguished name (a single-valued RDN). The value is stripped of
 * surrounding white space and NFC-normalized, so that a name typed with decomposed Vietnamese
 * diacritics (e.g. from a "Unicode tổ hợp" keyboard) encodes to the same bytes as a precomposed
 * one; relying software compares names byte-wise (RFC 5280 §7.1).
 */
public record NameEntry(DnAttribute attribute, String value) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PRINTABLE = Pattern.compile("[A-Za-z0-9 '()+,\\-./:=?]*");

    public NameEntry {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
        value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (value.isEmpty()) {
            throw GovCaException.malformed("subject attribute " + attribute + " is empty");
        }
        int length = value.codePointCount(0, value.length());
        if (length > attribute.maxLength()) {
            throw GovCaException.malformed("subject attribute " + attribute + " is " + length
                    + " characters, longer than the limit " + attribute.maxLength());
        }
        if (value.codePoints().anyMatch(cp -> Character.isISOControl(cp) || cp == 0xFFFD)) {
            throw GovCaException.malformed("subject attribute " + attribute + " contains control"
                    + " or replacement characters");
        }
        value = checkType(attribute, value);
    }

    private static String checkType(DnAttribute attribute, String value) {
        switch (attribute) {
            case C -> {
                if (!COUNTRY.matcher(value).matches()) {
                    throw GovCaException.malformed("country (C) must be two upper-case letters"
                            + " (ISO 3166), got '" + value + "'");
                }
            }
            case SERIALNUMBER -> {
                if (!PRINTABLE.matcher(value).matches()) {
                    throw GovCaException.malformed("SERIALNUMBER must use PrintableString characters"
                            + " only (A-Z a-z 0-9 space ' ( ) + , - . / : = ?)");
                }
            }
            case E -> {
                return new EmailAddress(value).value();
            }
            default -> {
                // UTF8String: any character that survived the checks above
            }
        }
        return value;
    }
}
