package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An operator of GovCA: who they are, their role, and how they log in (a password hash, the
 * SHA-256 fingerprint of their client certificate, or both). Repeated failed logins lock the
 * account for a while. Usernames are stored in lower case so that uniqueness is the same on
 * H2 (case-sensitive) and MariaDB (case-insensitive collation).
 */
@Entity
@Table(name = "administrator")
public class AdministratorRecord {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private AdministratorRole role;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "cert_fingerprint", length = 64)
    private String certFingerprint;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "scope_province_id")
    private Long scopeProvinceId;

    @Column(name = "scope_agency_id")
    private Long scopeAgencyId;

    @Column(name = "email", length = 255)
    private String email;

    @Column(name = "locale", length = 8)
    private String locale;

    protected AdministratorRecord() {
    }

    /**
     * A new, enabled administrator.
     *
     * @param passwordHash    an encoded hash (e.g. PBKDF2 or bcrypt string), never a password;
     *                        null for certificate-only login
     * @param certFingerprint SHA-256 of the client certificate's DER; null for password-only
     */
    public static AdministratorRecord enrol(String username, String displayName, AdministratorRole role,
                                            String passwordHash, Sha256Hex certFingerprint, Instant at) {
        if (passwordHash == null && certFingerprint == null) {
            throw new IllegalArgumentException("administrator " + username
                    + " needs a password hash or a client-certificate fingerprint to log in");
        }
        AdministratorRecord a = new AdministratorRecord();
        a.username = normalizeUsername(username);
        a.displayName = ColumnValues.text("display_name", displayName, 255);
        a.role = Objects.requireNonNull(role, "role");
        a.passwordHash = ColumnValues.optionalText("password_hash", passwordHash, 255);
        a.certFingerprint = certFingerprint == null ? null : certFingerprint.value();
        a.enabled = true;
        a.createdAt = ColumnValues.time("created_at", at);
        return a;
    }

    /** The stored form of a username: lower case, 1 to 64 of a-z 0-9 . _ @ -. */
    public static String normalizeUsername(String username) {
        Objects.requireNonNull(username, "username");
        String lower = username.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(lower).matches()) {
            throw new IllegalArgumentException("username '" + username
                    + "' must be 1 to 64 of a-z, 0-9, '.', '_', '@', '-', starting with a letter or digit");
        }
        return lower;
    }

    /** True when the account is enabled and not locked at {@code now}. */
    public boolean mayLogInAt(Instant now) {
        return enabled && (lockedUntil == null || !now.isBefore(lockedUntil));
    }

    /**
     * Counts a failed login; the {@code maxFailures}-th in a row locks the account for
     * {@code lockout} and starts the count again.
     */
    public void recordFailedLogin(Instant at, int maxFailures, Duration lockout) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures " + maxFailures + " must be at least 1");
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = ColumnValues.time("locked_until", at.plus(lockout));
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changeRole(AdministratorRole newRole) {
        this.role = Objects.requireNonNull(newRole, "role");
    }

    public void changeDisplayName(String newDisplayName) {
        this.displayName = ColumnValues.text("display_name", newDisplayName, 255);
    }

    public void changePasswordHash(String newPasswordHash) {
        this.passwordHash = ColumnValues.text("password_hash", newPasswordHash, 255);
    }

    public void bindCertificate(Sha256Hex fingerprint) {
        this.certFingerprint = Objects.requireNonNull(fingerprint, "fingerprint").value();
    }

    /**
     * A subscriber manager's scope becomes one province: they see and manage only its agencies,
     * subscribers, requests and certificates.
     */
    public void scopeToProvince(long provinceId) {
        this.scopeProvinceId = provinceId;
        this.scopeAgencyId = null;
    }

    /** A subscriber manager's scope becomes one agency's tree (a ministry or other central body). */
    public void scopeToAgencyTree(long agencyId) {
        this.scopeAgencyId = agencyId;
        this.scopeProvinceId = null;
    }

    /** No scope: for CA administrators, operators and auditors, who see everything. */
    public void clearScope() {
        this.scopeProvinceId = null;
        this.scopeAgencyId = null;
    }

    /** @param newEmail official e-mail for notifications; null to remove (syntax checked by the caller) */
    public void changeEmail(String newEmail) {
        this.email = ColumnValues.optionalText("email", newEmail, 255);
    }

    /** @param languageTag UI language, e.g. {@code vi} or {@code en}; null for the default */
    public void changeLocale(String languageTag) {
        if (languageTag != null && !languageTag.matches("[a-z]{2,3}(-[A-Z]{2})?")) {
            throw new IllegalArgumentException("locale '" + languageTag + "' must be a language tag like vi or en-US");
        }
        this.locale = languageTag;
    }

    /** The province a subscriber manager is limited to; null if none. */
    public Long scopeProvinceId() {
        return scopeProvinceId;
    }

    /** The root agency of the tree a subscriber manager is limited to; null if none. */
    public Long scopeAgencyId() {
        return scopeAgencyId;
    }

    public String email() {
        return email;
    }

    public String locale() {
        return locale;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public AdministratorRole role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Sha256Hex certFingerprint() {
        return certFingerprint == null ? null : new Sha256Hex(certFingerprint);
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
