package vn.govca.pki.domain.profile;

import java.util.EnumSet;
import java.util.Set;
import vn.govca.pki.domain.GovCaException;

/**
 * The extended key usage a profile grants (RFC 5280 §4.2.1.12): {@code required} purposes are
 * always present; {@code optional} ones only when the request asks for them. With neither, the
 * certificate has no EKU extension.
 */
public record ExtendedKeyUsageRule(boolean critical, Set<ExtendedKeyUsagePurpose> required,
        Set<ExtendedKeyUsagePurpose> optional) {

    public static final ExtendedKeyUsageRule NONE = new ExtendedKeyUsageRule(false, Set.of(), Set.of());

    public ExtendedKeyUsageRule {
        required = Enums.copy(ExtendedKeyUsagePurpose.class, required);
        optional = Enums.copy(ExtendedKeyUsagePurpose.class, optional);
        for (ExtendedKeyUsagePurpose p : optional) {
            if (required.contains(p)) {
                throw GovCaException.policy("field extendedKeyUsage.optional: " + p
                        + " is also in extendedKeyUsage.required");
            }
        }
    }

    /** Whether {@code purpose} may appear in a certificate of this profile. */
    public boolean allows(ExtendedKeyUsagePurpose purpose) {
        return required.contains(purpose) || optional.contains(purpose);
    }

    /**
     * The purposes for a certificate whose request asked for {@code requested}.
     *
     * @throws GovCaException POLICY_VIOLATION if a requested purpose is not allowed
     */
    public Set<ExtendedKeyUsagePurpose> resolve(Set<ExtendedKeyUsagePurpose> requested) {
        Set<ExtendedKeyUsagePurpose> out = EnumSet.noneOf(ExtendedKeyUsagePurpose.class);
        out.addAll(required);
        for (ExtendedKeyUsagePurpose p : requested) {
            if (!allows(p)) {
                throw GovCaException.policy("extended key usage " + p + " is not allowed by the profile"
                        + " (allowed: required " + required + ", optional " + optional + ")");
            }
            out.add(p);
        }
        return Enums.copy(ExtendedKeyUsagePurpose.class, out);
    }
}
