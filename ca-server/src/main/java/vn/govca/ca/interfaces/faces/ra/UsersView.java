package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.govca.ca.application.auth.UserService;
import vn.govca.ca.application.ra.AgencyService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.pki.domain.GovCaException;

/**
 * Users page ({@code users.xhtml}, CA administrators): the accounts with their role and scope, and
 * the form that creates one — a subscriber manager scoped to a province or an agency tree, the
 * other roles everywhere — and, per account, the actions that change it: role and scope, disable
 * (lock) and enable (unlock), a new password. {@link UserService} refuses anyone but a CA
 * administrator, and refuses them on their own account where they could lock themselves out.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One account as the table shows it.
     *
     * @param locked repeated wrong passwords locked it for a while (enable unlocks it)
     */
    public record UserRow(String username, String displayName, String role, Long provinceId, Long agencyId,
                          boolean enabled, boolean locked) implements Serializable {
    }

    @Inject
    UserService users;

    @Inject
    AgencyService agencies;

    @Inject
    RaSession session;

    private List<UserRow> rows = List.of();
    private Map<String, Long> provinceChoices = Map.of();
    private boolean allowed;
    private String username;
    private String displayName;
    private String role = Role.SUBSCRIBER_MANAGER.name();
    private Long scopeProvinceId;
    private Long scopeAgencyId;
    private String password;
    private String fingerprint;
    private String email;
    private String selected;
    private String editRole;
    private Long editProvinceId;
    private Long editAgencyId;
    private String newPassword;

    /** View action: the accounts (CA administrators only; others see why not). */
    public void load() {
        try {
            Principal who = session.requirePrincipal();
            rows = users.list(who).stream().map(UsersView::row).toList();
            Map<String, Long> provinces = new LinkedHashMap<>();
            for (ProvinceRecord p : agencies.provinces(who)) {
                provinces.put(p.name() + " (" + p.code() + ")", p.id());
            }
            provinceChoices = provinces;
            allowed = true;
        } catch (GovCaException e) {
            allowed = false;
            WorkflowMessages.refused(e);
        }
    }

    private static UserRow row(AdministratorRecord a) {
        return new UserRow(a.username(), a.displayName(), a.role().name(), a.scopeProvinceId(), a.scopeAgencyId(),
                a.enabled(), a.lockedUntil() != null && Instant.now().isBefore(a.lockedUntil()));
    }

    /** Edit button of a row: the account's role and scope go into the edit form. */
    public void select(UserRow row) {
        selected = row.username();
        editRole = row.role();
        editProvinceId = row.provinceId();
        editAgencyId = row.agencyId();
        newPassword = null;
    }

    public void cancelEdit() {
        selected = null;
        newPassword = null;
    }

    /** Save-role button of the edit form: role and scope (only a subscriber manager keeps a scope). */
    public void saveRole() {
        try {
            Role r = Role.valueOf(editRole);
            boolean scoped = r == Role.SUBSCRIBER_MANAGER;
            AdministratorRecord a = users.assignRole(session.requirePrincipal(), selected, r,
                    scoped && editAgencyId == null ? editProvinceId : null, scoped ? editAgencyId : null);
            RegistryMessages.info("usr.roleChanged", a.username(), WorkflowMessages.text("role." + a.role().name()));
            cancelEdit();
            load();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** Reset-password button of the edit form. */
    public void resetPassword() {
        try {
            AdministratorRecord a = users.resetPassword(session.requirePrincipal(), selected,
                    newPassword == null ? null : newPassword.toCharArray());
            RegistryMessages.info("usr.passwordReset", a.username());
            newPassword = null;
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** Disable button of a row. */
    public void disable(UserRow row) {
        try {
            AdministratorRecord a = users.disable(session.requirePrincipal(), row.username());
            RegistryMessages.info("usr.disabled", a.username());
            load();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** Enable button of a row: re-enables a disabled account or unlocks a locked one. */
    public void enable(UserRow row) {
        try {
            AdministratorRecord a = users.enable(session.requirePrincipal(), row.username());
            RegistryMessages.info("usr.enabled", a.username());
            load();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** The signed-in user, whose own row offers no disable button. */
    public String getSelf() {
        return session.getUsername();
    }

    public boolean isEditing() {
        return selected != null;
    }

    public String getSelected() {
        return selected;
    }

    public String getEditRole() {
        return editRole;
    }

    public void setEditRole(String editRole) {
        this.editRole = editRole;
    }

    public Long getEditProvinceId() {
        return editProvinceId;
    }

    public void setEditProvinceId(Long editProvinceId) {
        this.editProvinceId = editProvinceId;
    }

    public Long getEditAgencyId() {
        return editAgencyId;
    }

    public void setEditAgencyId(Long editAgencyId) {
        this.editAgencyId = editAgencyId;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    /** Save button. */
    public void create() {
        try {
            Role r = Role.valueOf(role);
            boolean scoped = r == Role.SUBSCRIBER_MANAGER;
            AdministratorRecord a = users.create(session.requirePrincipal(), new UserService.NewUser(username,
                    displayName, r, scoped && scopeAgencyId == null ? scopeProvinceId : null,
                    scoped ? scopeAgencyId : null, password == null || password.isEmpty() ? null : password.toCharArray(),
                    fingerprint == null || fingerprint.isBlank() ? null : fingerprint.trim(), email));
            WorkflowMessages.info("users.created", a.username());
            password = null;
            username = null;
            displayName = null;
            load();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Enum::name).toList();
    }

    public List<UserRow> getRows() {
        return rows;
    }

    public Map<String, Long> getProvinceChoices() {
        return provinceChoices;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Long getScopeProvinceId() {
        return scopeProvinceId;
    }

    public void setScopeProvinceId(Long scopeProvinceId) {
        this.scopeProvinceId = scopeProvinceId;
    }

    public Long getScopeAgencyId() {
        return scopeAgencyId;
    }

    public void setScopeAgencyId(Long scopeAgencyId) {
        this.scopeAgencyId = scopeAgencyId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public void setFingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
