package vn.govca.ca.domain.ra;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * The serial number printed on a key storage device (a USB token's serial, a SIM-PKI card's
 * ICCID, a remote signing key's identifier), as the RA registers it. Stored in upper case: the
 * database keeps one device per kind and serial ({@code uq_key_device_kind_serial}), and MariaDB's
 * case-insensitive collation would otherwise treat {@code tk-1} and {@code TK-1} as one device where
 * H2 sees two.
 *
 * @param value 1 to 64 of A-Z, 0-9, '.', '_', ':', '/', '-', starting with a letter or digit
 */
public record KeyDeviceSerial(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SERIAL = Pattern.compile("[A-Z0-9][A-Z0-9._:/-]{0," + (MAX_LENGTH - 1) + "}");

    public KeyDeviceSerial {
        if (value == null || !SERIAL.matcher(value).matches()) {
            throw GovCaException.malformed("serial number '" + value + "' must be 1 to " + MAX_LENGTH
                    + " of A-Z, 0-9, '.', '_', ':', '/', '-', starting with a letter or digit");
        }
    }

    /** The serial as typed: surrounding spaces dropped, letters in upper case; MALFORMED when blank or invalid. */
    public static KeyDeviceSerial parse(String text) {
        if (text == null || text.isBlank()) {
            throw GovCaException.malformed("serial number is required");
        }
        String folded = Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
        if (folded.length() > MAX_LENGTH) {
            throw GovCaException.malformed("serial number has " + folded.length() + " characters; at most "
                    + MAX_LENGTH + " are allowed");
        }
        return new KeyDeviceSerial(folded);
    }

    @Override
    public String toString() {
        return value;
    }
}
