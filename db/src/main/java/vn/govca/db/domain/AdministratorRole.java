package vn.govca.db.domain;

/** Roles of GovCA's operators; what each may do is decided in the service layer. */
public enum AdministratorRole {
    CA_ADMIN, CA_OPERATOR, SUBSCRIBER_MANAGER, AUDITOR
}
