package vn.govca.ca.infrastructure.config;

import vn.govca.db.domain.RaRequestType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import vn.govca.ca.domain.ra.ApprovalPolicy;
import vn.govca.ca.domain.ra.DeadlinePolicy;

/**
 * How the registration authority decides approvals, deadlines and bulk-import limits (issue 4;
 * keys {@code govca.ra.*} in docs/configuration.md), validated at start-up.
 *
 * @param approvals     distinct approvals per request ({@code govca.ra.approvals.default},
 *                      {@code .caCertificate}, {@code .organizationRevocation}, {@code .profile.<name>})
 * @param deadlines     working days per request type ({@code govca.ra.deadline.<TYPE>=days}; NEW_ISSUANCE 3)
 * @param maxImportRows data rows one CSV import may hold ({@code govca.ra.import.maxRows}, 10,000)
 */
public record RaSettings(ApprovalPolicy approvals, DeadlinePolicy deadlines, int maxImportRows) {

    private static final String PROFILE_PREFIX = "govca.ra.approvals.profile.";
    private static final String DEADLINE_PREFIX = "govca.ra.deadline.";

    /** Reads and validates the {@code govca.ra.*} keys, reporting every problem at once. */
    public static RaSettings from(Properties p) {
        List<String> errors = new ArrayList<>();
        int def = number(p, "govca.ra.approvals.default", 1, 1, ApprovalPolicy.MAX, errors);
        int ca = number(p, "govca.ra.approvals.caCertificate", 2, 1, ApprovalPolicy.MAX, errors);
        int org = number(p, "govca.ra.approvals.organizationRevocation", 2, 1, ApprovalPolicy.MAX, errors);
        Map<String, Integer> perProfile = new HashMap<>();
        Map<RaRequestType, Integer> deadlines = new EnumMap<>(RaRequestType.class);
        deadlines.put(RaRequestType.NEW_ISSUANCE, 3);
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PROFILE_PREFIX)) {
                perProfile.put(key.substring(PROFILE_PREFIX.length()), number(p, key, 1, 1, ApprovalPolicy.MAX, errors));
            } else if (key.startsWith(DEADLINE_PREFIX)) {
                String type = key.substring(DEADLINE_PREFIX.length()).toUpperCase(Locale.ROOT);
                try {
                    deadlines.put(RaRequestType.valueOf(type), number(p, key, 3, 1, 60, errors));
                } catch (IllegalArgumentException e) {
                    errors.add(key + ": unknown request type " + type + "; one of "
                            + java.util.Arrays.toString(RaRequestType.values()));
                }
            }
        }
        int maxRows = number(p, "govca.ra.import.maxRows", 10_000, 1, 100_000, errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("invalid GovCA configuration: " + String.join("; ", errors));
        }
        return new RaSettings(new ApprovalPolicy(def, ca, org, perProfile), new DeadlinePolicy(deadlines), maxRows);
    }

    private static int number(Properties p, String key, int def, int min, int max, List<String> errors) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return def;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                errors.add(key + ": " + n + " is outside " + min + ".." + max);
                return def;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(key + ": \"" + v.trim() + "\" is not a whole number");
            return def;
        }
    }
}
