package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A provincial unit (tỉnh/thành phố). Migration V3 seeds the 34 units in force since 1 July 2025
 * with their official two-digit codes; the administrative map changes by law, so provinces are
 * data: renamed or deactivated, never deleted (subscribers and certificates refer to them).
 */
@Entity
@Table(name = "province")
public class ProvinceRecord {

    private static final Pattern CODE = Pattern.compile("[0-9]{2,8}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 8)
    private String code;

    @Column(name = "name", nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ProvinceKind kind;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProvinceRecord() {
    }

    /** @param code the official administrative code, digits only (e.g. {@code 14} for Sơn La) */
    public static ProvinceRecord create(String code, String name, ProvinceKind kind, Instant at) {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("province code '" + code + "' must be 2 to 8 digits");
        }
        ProvinceRecord p = new ProvinceRecord();
        p.code = code;
        p.name = ColumnValues.text("province name", name, 128);
        p.kind = Objects.requireNonNull(kind, "kind");
        p.active = true;
        p.createdAt = ColumnValues.time("created_at", at);
        return p;
    }

    public void rename(String newName, ProvinceKind newKind) {
        this.name = ColumnValues.text("province name", newName, 128);
        this.kind = Objects.requireNonNull(newKind, "kind");
    }

    /** The unit was merged or abolished: no new agencies or subscribers are placed in it. */
    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ProvinceKind kind() {
        return kind;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
