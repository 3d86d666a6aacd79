package vn.govca.pki.domain.name;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * A host name for a {@code dNSName} subject alternative name (RFC 5280 §4.2.1.6, preferred name
 * syntax of RFC 1034 §3.5 as relaxed by RFC 1123 §2.1). Stored in lower case. Internationalized
 * names must be given as A-labels ({@code xn--...}). Wildcards and IP addresses are not
 * accepted.
 */
public record DnsName(String value) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final int MAX_LENGTH = 253;

    public DnsName {
        Objects.requireNonNull(value, "value");
        value = value.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw GovCaException.malformed("DNS name must be 1-" + MAX_LENGTH + " characters, got "
                    + value.length());
        }
        String[] labels = value.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw GovCaException.malformed("DNS name '" + value + "' has an invalid label '" + label
                        + "' (letters, digits and inner hyphens, 1-63 characters; A-labels for IDN;"
                        + " no wildcards)");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw GovCaException.malformed("DNS name '" + value + "' looks like an IP address;"
                    + " IP address SANs are not supported");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
