package vn.govca.ca.domain.auth;

import java.util.Objects;
import vn.govca.db.domain.RaScope;

/**
 * Who is acting: the authenticated administrator, as the audit log names them, with the part of
 * the country they may act in ({@code scope}: everywhere for the Cipher Committee's roles; a
 * province or an agency tree for a subscriber manager; null for a manager whose scope was never
 * assigned, who may see and do nothing) and the stamp of the credential they signed in with
 * ({@code credential}, see {@link CredentialStamp}; null where no sign-in is behind the principal,
 * e.g. the server's own start-up actions). A web session or bearer token stays valid only while
 * the account still yields an equal principal: same role, scope and credential.
 */
public record Principal(long id, String username, Role role, String method, RaScope scope,
                        CredentialStamp credential) implements java.io.Serializable {

    public Principal {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(method, "method");
        if (role != Role.SUBSCRIBER_MANAGER && (scope == null || !scope.isEverywhere())) {
            throw new IllegalArgumentException("only a subscriber manager has a limited scope, not " + role);
        }
        if (role == Role.SUBSCRIBER_MANAGER && scope != null && scope.isEverywhere()) {
            throw new IllegalArgumentException("a subscriber manager's scope is a province or an agency tree");
        }
    }

    /** A principal without a credential stamp. */
    public Principal(long id, String username, Role role, String method, RaScope scope) {
        this(id, username, role, method, scope, null);
    }

    /**
     * A principal with the default scope of its role: everywhere for the Cipher Committee's roles,
     * none for a subscriber manager (whose scope must be assigned).
     */
    public Principal(long id, String username, Role role, String method) {
        this(id, username, role, method, role == Role.SUBSCRIBER_MANAGER ? null : RaScope.everywhere());
    }

    /** Whether something of {@code provinceId} managed by the agency at {@code agencyPath} is in scope. */
    public boolean covers(Long provinceId, String agencyPath) {
        return scope != null && scope.covers(provinceId, agencyPath);
    }

    /** The scope to filter queries with; FORBIDDEN for a manager without one. */
    public RaScope requireScope() {
        if (scope == null) {
            throw new vn.govca.pki.domain.GovCaException(vn.govca.pki.domain.GovCaException.Category.FORBIDDEN,
                    username + " has no province or agency assigned yet; ask a CA administrator");
        }
        return scope;
    }

    /** The scope's description for messages. */
    public String scopeText() {
        if (scope == null) {
            return "no scope";
        }
        if (scope.isEverywhere()) {
            return "everywhere";
        }
        return scope.provinceId() != null ? "province #" + scope.provinceId() : "agency tree " + scope.agencyPath();
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
