package vn.govca.pki.domain.name;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * An e-mail address for an {@code rfc822Name} SAN and the {@code E} (emailAddress) attribute:
 * a {@code Mailbox} of RFC 5321 with a dot-atom local part, ASCII only (RFC 5280 §4.2.1.6 puts
 * it in an IA5String). The domain is stored in lower case; the local part as given.
 */
public record EmailAddress(String value) {

    private static final Pattern LOCAL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH) {
            throw GovCaException.malformed("e-mail address is " + value.length()
                    + " characters, longer than the limit " + MAX_LENGTH);
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at > MAX_LOCAL || !LOCAL.matcher(value.substring(0, at)).matches()) {
            throw GovCaException.malformed("e-mail address '" + value + "' is not a valid ASCII"
                    + " mailbox (local@domain, local part at most 64 characters)");
        }
        DnsName domain = new DnsName(value.substring(at + 1));
        if (!domain.value().contains(".")) {
            throw GovCaException.malformed("e-mail address '" + value + "' needs a fully qualified domain");
        }
        value = value.substring(0, at + 1) + domain.value();
    }

    /** The domain part, lower case. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
