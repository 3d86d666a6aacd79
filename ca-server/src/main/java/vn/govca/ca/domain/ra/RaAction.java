package vn.govca.ca.domain.ra;

import java.util.EnumSet;
import java.util.Set;
import vn.govca.ca.domain.auth.Role;

/**
 * Everything the registration authority lets someone do, with the roles that may do it (issue 4,
 * "Roles and authorization"). A subscriber manager's permitted actions are further limited to
 * their scope by {@link RaPolicy}; the Cipher Committee's roles act anywhere.
 */
public enum RaAction {
    /** Read provinces, agencies, subscribers, requests and certificates (managers: in scope). */
    VIEW(Role.CA_ADMIN, Role.CA_OPERATOR, Role.SUBSCRIBER_MANAGER, Role.AUDITOR),
    /** Edit the province list and the holiday calendar. */
    MANAGE_REFERENCE_DATA(Role.CA_ADMIN),
    /** Create and edit users and their roles and scopes. */
    MANAGE_USERS(Role.CA_ADMIN),
    /** Create and edit agencies (managers: below their scope). */
    MANAGE_AGENCIES(Role.CA_ADMIN, Role.SUBSCRIBER_MANAGER),
    /** Create and edit subscribers and key storage devices (managers: in scope). */
    MANAGE_SUBSCRIBERS(Role.CA_ADMIN, Role.SUBSCRIBER_MANAGER),
    /** File, edit, submit and cancel requests (managers: in scope). */
    FILE_REQUESTS(Role.CA_ADMIN, Role.CA_OPERATOR, Role.SUBSCRIBER_MANAGER),
    /** Import subscribers and requests in bulk from CSV (managers: in scope). */
    IMPORT(Role.CA_ADMIN, Role.SUBSCRIBER_MANAGER),
    /** Approve, reject, or ask for more information; retry execution of an approved request. */
    REVIEW_REQUESTS(Role.CA_ADMIN, Role.CA_OPERATOR),
    /** Take the one-time key package of a server-generated key (managers: in scope). */
    FETCH_KEY_PACKAGE(Role.CA_ADMIN, Role.CA_OPERATOR, Role.SUBSCRIBER_MANAGER),
    /** Read the audit log. */
    VIEW_AUDIT(Role.CA_ADMIN, Role.AUDITOR);

    private final Set<Role> roles;

    RaAction(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    /** The roles that may perform this action somewhere. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    /** The words used in error messages, e.g. {@code file requests}. */
    public String phrase() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
