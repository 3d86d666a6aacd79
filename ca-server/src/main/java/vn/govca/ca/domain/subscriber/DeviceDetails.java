package vn.govca.ca.domain.subscriber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.EmailAddress;

/**
 * A device, service or software subscriber as form 03 describes it: its name, the host names
 * that go into the {@code dNSName} SANs (RFC 5280 §4.2.1.6; 1-20, lower case, no duplicates,
 * each validated by {@link DnsName}) and the responsible official e-mail.
 */
public record DeviceDetails(String name, List<DnsName> hostNames, EmailAddress email) implements SubscriberDetails {

    /** The most host names one certificate carries. */
    public static final int MAX_HOST_NAMES = 20;

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\s,;]+");

    /**
     * The form as typed.
     *
     * @param hostNames host names separated by spaces, commas, semicolons or line breaks
     */
    public record Form(String name, String hostNames, String email) {
    }

    public DeviceDetails {
        FieldErrors errors = new FieldErrors();
        name = errors.required("name", name, SubscriberText::name);
        List<DnsName> checked = errors.present("hostNames", hostNames) == null ? null : errors.required("hostNames",
                String.join(" ", hostNames.stream().map(DnsName::value).toList()), DeviceDetails::hostNames);
        errors.present("email", email);
        errors.throwIfAny();
        hostNames = List.copyOf(checked);
    }

    /** Validates a typed form against every rule, collecting all field errors. */
    public static Validation<DeviceDetails> validate(Form form) {
        FieldErrors errors = new FieldErrors();
        String name = errors.required("name", form.name(), SubscriberText::name);
        List<DnsName> hosts = errors.required("hostNames", form.hostNames(), DeviceDetails::hostNames);
        EmailAddress email = errors.required("email", form.email(), (f, v) -> new EmailAddress(v));
        if (!errors.isEmpty()) {
            return new Validation<>(null, errors);
        }
        return new Validation<>(new DeviceDetails(name, hosts, email), errors);
    }

    @Override
    public SubscriberKind kind() {
        return SubscriberKind.DEVICE;
    }

    @Override
    public String displayName() {
        return name;
    }

    /**
     * Splits and validates a host-name list: 1-20 names, each a {@link DnsName}, no duplicates
     * (compared in lower case).
     */
    static List<DnsName> hostNames(String field, String text) {
        List<String> parts = LIST_SEPARATORS.splitAsStream(text).filter(p -> !p.isEmpty()).toList();
        if (parts.isEmpty()) {
            throw GovCaException.malformed(field + " must list 1-" + MAX_HOST_NAMES + " host names, got none");
        }
        if (parts.size() > MAX_HOST_NAMES) {
            throw GovCaException.policy(field + " lists " + parts.size() + " host names; at most "
                    + MAX_HOST_NAMES + " are allowed");
        }
        List<DnsName> names = new ArrayList<>();
        Set<DnsName> seen = new HashSet<>();
        for (String part : parts) {
            DnsName host;
            try {
                host = new DnsName(part);
            } catch (GovCaException e) {
                throw GovCaException.malformed(field + " " + SubscriberText.quote(part) + ": " + e.getMessage(), e);
            }
            if (!seen.add(host)) {
                throw GovCaException.policy(field + " " + SubscriberText.quote(text) + " lists "
                        + host.value() + " twice");
            }
            names.add(host);
        }
        return names;
    }
}
