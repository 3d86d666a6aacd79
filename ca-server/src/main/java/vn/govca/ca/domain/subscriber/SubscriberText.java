package vn.govca.ca.domain.subscriber;

import java.text.Normalizer;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * The rule for text a person types into a subscriber record (names, addresses, places,
 * positions): Unicode NFC (so that "Nguyễn" typed with combining marks and with precomposed
 * letters is one name, as RFC 5280 §7.1 expects of UTF8String attributes), no-break spaces
 * turned into spaces, runs of spaces collapsed, trimmed, 1-255 characters, and no control or
 * invisible format characters (which could hide a different name behind the one displayed).
 */
public final class SubscriberText {

    /** The longest accepted text, in characters (UTF-16 units after NFC). */
    public static final int MAX_LENGTH = 255;

    private static final int MAX_ECHO = 40;
    private static final Pattern SPACE_RUNS = Pattern.compile(" {2,}");

    private SubscriberText() {
    }

    /**
     * Returns the canonical form of a name-like value.
     *
     * @param field the field name for the message, e.g. {@code fullName}
     * @throws GovCaException MALFORMED if empty after trimming, too long, or with a control character
     */
    public static String name(String field, String value) {
        if (value == null) {
            throw GovCaException.malformed(field + " is required");
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC).replace('\u00A0', ' ');
        String text = SPACE_RUNS.matcher(nfc).replaceAll(" ").strip();
        if (text.isEmpty()) {
            throw GovCaException.malformed(field + " must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw GovCaException.malformed(field + " " + quote(text) + " must be 1-" + MAX_LENGTH
                    + " characters, got " + text.length());
        }
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
                throw GovCaException.malformed(field + " " + quote(text) + " must not contain control"
                        + " or invisible characters, got U+" + String.format("%04X", codePoint)
                        + " at position " + (i + 1));
            }
        }
        return text;
    }

    /**
     * Quotes a value for an error message, cut to a bounded length so that a huge input is never
     * echoed whole, with control characters shown as {@code ?}.
     */
    public static String quote(String value) {
        String shown = value == null ? "" : value;
        StringBuilder out = new StringBuilder("\"");
        int limit = Math.min(shown.length(), MAX_ECHO);
        for (int i = 0; i < limit; i++) {
            char c = shown.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        out.append(shown.length() > MAX_ECHO ? "...\" (" + shown.length() + " characters)" : "\"");
        return out.toString();
    }
}
