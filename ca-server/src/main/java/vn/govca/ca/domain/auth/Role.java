package vn.govca.ca.domain.auth;

/**
 * The roles of issue 4 / DESIGN invariant 8. Checked in the application services, never only in
 * the UI.
 */
public enum Role {
    /** Cipher Committee administrator: everything, including CAs, profiles, users. */
    CA_ADMIN,
    /** Reviews, approves, issues and revokes anywhere. */
    CA_OPERATOR,
    /** Provincial RA officer: acts within one province or agency tree only. */
    SUBSCRIBER_MANAGER,
    /** Read-only, including the audit log. */
    AUDITOR;

    public boolean mayIssue() {
        return this == CA_ADMIN || this == CA_OPERATOR;
    }

    public boolean mayManageCas() {
        return this == CA_ADMIN;
    }

    public boolean mayRead() {
        return true;
    }
}
