package vn.govca.ca.domain.subscriber;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * A Vietnamese mobile number (số điện thoại di động), the contact for token delivery and PIN
 * notices. Accepted as written by people: {@code 0912345678}, {@code +84912345678},
 * {@code 84912345678}, with spaces, dots, hyphens or parentheses between digits. Stored in the
 * national form {@code 0xxxxxxxxx}: 10 digits whose prefix is one of the mobile ranges in use
 * since the 2018 renumbering (03x, 05x, 07x, 08x, 09x). Landlines (02x, 11 digits) are refused.
 */
public record PhoneNumber(String value) {

    private static final Pattern NATIONAL = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-\u00A0]");
    private static final String RULE =
            " must be a Vietnamese mobile number of 10 digits (03x, 05x, 07x, 08x, 09x)";

    /**
     * Parses and canonicalizes the number.
     *
     * @throws GovCaException MALFORMED naming the value and the rule
     */
    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        String digits = SEPARATORS.matcher(value.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        if (!NATIONAL.matcher(digits).matches()) {
            throw GovCaException.malformed("mobile " + SubscriberText.quote(value) + RULE);
        }
        value = digits;
    }

    /** The international form (E.164), e.g. {@code +84912345678}. */
    public String international() {
        return "+84" + value.substring(1);
    }

    @Override
    public String toString() {
        return value;
    }
}
