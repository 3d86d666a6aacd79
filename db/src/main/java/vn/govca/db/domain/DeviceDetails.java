package vn.govca.db.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What form 03 says about a device, service or software subscriber: its name, the DNS names it
 * answers to (stored one per line, lower case) and the responsible official e-mail.
 */
public record DeviceDetails(String name, List<String> hostNames, String email) {

    /** Length of the {@code host_names} column. */
    public static final int MAX_HOST_NAMES_LENGTH = 2048;
    private static final Pattern DNS_NAME = Pattern.compile(
            "(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public DeviceDetails {
        ColumnValues.text("device name", name, 255);
        hostNames = hostNames == null ? List.of()
                : hostNames.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        for (String h : hostNames) {
            if (h.length() > 253 || !DNS_NAME.matcher(h).matches()) {
                throw new IllegalArgumentException("host name '" + h + "' is not a DNS name (RFC 1035 labels)");
            }
        }
        ColumnValues.optionalText("host names", String.join("\n", hostNames), MAX_HOST_NAMES_LENGTH);
        ColumnValues.optionalText("email", email, 255);
    }

    /** The stored form: one name per line; null when there are none. */
    String joinedHostNames() {
        return hostNames.isEmpty() ? null : String.join("\n", hostNames);
    }

    static List<String> splitHostNames(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }
}
