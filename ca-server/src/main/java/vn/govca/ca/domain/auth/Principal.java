package vn.govca.ca.domain.auth;

import java.util.Objects;

/** Who is acting: the authenticated administrator, as the audit log names them. */
public record Principal(long id, String username, Role role, String method) {

    public Principal {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(method, "method");
    }

    /**
     * Refuses the action unless this principal holds one of the roles (DESIGN invariant 8:
     * authorization is checked in the service layer).
     */
    public void requireAnyOf(String action, Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return;
            }
        }
        throw new vn.govca.pki.domain.GovCaException(vn.govca.pki.domain.GovCaException.Category.FORBIDDEN,
                "role " + role + " may not " + action + "; required: " + java.util.Arrays.toString(roles));
    }

    /** The name written into audit rows, e.g. {@code admin (client-certificate)}. */
    public String auditName() {
        return username + " (" + method + ")";
    }
}
