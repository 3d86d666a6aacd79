package vn.govca.ca.domain.auth;

import vn.govca.pki.domain.GovCaException;

/**
 * A user's role and, for a subscriber manager, the part of the country they act in (issue 4
 * "Roles"; DESIGN invariant 8): one province or one central agency's tree, never both. The
 * Cipher Committee's roles act everywhere and carry no scope. A manager without a scope is
 * allowed (an account prepared before its province is decided); they see and do nothing until
 * a CA administrator assigns one.
 */
public record RoleAssignment(Role role, Long scopeProvinceId, Long scopeAgencyId) {

    public RoleAssignment {
        if (role == null) {
            throw GovCaException.malformed("role is required; one of " + java.util.Arrays.toString(Role.values()));
        }
        boolean scoped = scopeProvinceId != null || scopeAgencyId != null;
        if (role != Role.SUBSCRIBER_MANAGER && scoped) {
            throw GovCaException.malformed("only a subscriber manager has a scope; " + role + " acts everywhere");
        }
        if (scopeProvinceId != null && scopeAgencyId != null) {
            throw GovCaException.malformed("a scope is one province or one agency tree, not both");
        }
        if (scopeProvinceId != null && scopeProvinceId <= 0 || scopeAgencyId != null && scopeAgencyId <= 0) {
            throw GovCaException.malformed("scope ids must be positive");
        }
    }

    /** How the audit log and messages name the scope, e.g. {@code province #14}. */
    public String scopeText() {
        if (scopeProvinceId != null) {
            return "province #" + scopeProvinceId;
        }
        if (scopeAgencyId != null) {
            return "agency tree #" + scopeAgencyId;
        }
        return role == Role.SUBSCRIBER_MANAGER ? "no scope" : "everywhere";
    }
}
