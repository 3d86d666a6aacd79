package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A managing agency (cơ quan, tổ chức quản lý trực tiếp) in a tree: a province's agencies under
 * their province, ministries and central bodies without one. The materialised {@link #path()}
 * ({@code /3/17/}) lets a subtree be read with one indexed prefix query; it is what an agency-tree
 * {@link RaScope} compares against. A child always belongs to its parent's province, so a subtree
 * never crosses a province boundary.
 *
 * <p>The path ends with the agency's own id, which the database assigns: the repository inserts
 * the row, then calls {@link #completePath()} in the same transaction.
 */
@Entity
@Table(name = "agency")
public class AgencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "province_id", updatable = false)
    private Long provinceId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "name", nullable = false, length = 255)
    private String name;

    @Column(name = "name_search", nullable = false, length = 255)
    private String nameSearch;

    @Column(name = "tax_code", length = 14)
    private String taxCode;

    @Column(name = "budget_code", length = 7)
    private String budgetCode;

    @Column(name = "address", length = 512)
    private String address;

    @Column(name = "email", length = 255)
    private String email;

    @Column(name = "path", nullable = false, length = 512)
    private String path;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected AgencyRecord() {
    }

    /**
     * A top-level agency.
     *
     * @param provinceId the province it belongs to; null for a ministry or other central body
     */
    public static AgencyRecord root(Long provinceId, AgencyDetails details, Instant at) {
        AgencyRecord a = new AgencyRecord();
        a.provinceId = provinceId;
        a.path = "/";
        a.apply(details);
        a.createdAt = ColumnValues.time("created_at", at);
        a.updatedAt = a.createdAt;
        return a;
    }

    /** An agency under {@code parent} (saved), in the parent's province. */
    public static AgencyRecord childOf(AgencyRecord parent, AgencyDetails details, Instant at) {
        Objects.requireNonNull(parent, "parent");
        if (!parent.hasCompletePath()) {
            throw new IllegalArgumentException("parent agency " + parent.name + " has not been saved");
        }
        AgencyRecord a = root(parent.provinceId, details, at);
        a.parentId = parent.id;
        a.path = parent.path;
        if (a.path.length() + 20 > 512) {
            throw new IllegalArgumentException("agency tree under " + parent.name + " is too deep: path "
                    + parent.path.length() + " characters leaves no room in 512");
        }
        return a;
    }

    /**
     * Appends the database-assigned id to the path: {@code /3/} becomes {@code /3/17/}. Called
     * once, after the insert; a second call changes nothing.
     */
    public void completePath() {
        if (id == null) {
            throw new RecordStateException("agency " + name + " has no id yet; insert it before completing its path");
        }
        if (!hasCompletePath()) {
            path = path + id + "/";
        }
    }

    /** True once the path ends with this agency's own id. */
    public boolean hasCompletePath() {
        return id != null && path.endsWith("/" + id + "/");
    }

    /** Form 02 details changed: renamed, moved address, new codes or e-mail. */
    public void update(AgencyDetails details, Instant at) {
        apply(details);
        this.updatedAt = ColumnValues.time("updated_at", at);
    }

    private void apply(AgencyDetails details) {
        Objects.requireNonNull(details, "details");
        this.name = details.name();
        this.nameSearch = ColumnValues.truncated(SearchText.fold(details.name()), 255);
        this.taxCode = details.taxCode();
        this.budgetCode = details.budgetCode();
        this.address = details.address();
        this.email = details.email();
    }

    public Long id() {
        return id;
    }

    /** Null for a central body. */
    public Long provinceId() {
        return provinceId;
    }

    /** Null for a top-level agency. */
    public Long parentId() {
        return parentId;
    }

    public String name() {
        return name;
    }

    public String taxCode() {
        return taxCode;
    }

    public String budgetCode() {
        return budgetCode;
    }

    public String address() {
        return address;
    }

    public String email() {
        return email;
    }

    public AgencyDetails details() {
        return new AgencyDetails(name, taxCode, budgetCode, address, email);
    }

    /** {@code /<root id>/.../<own id>/} once saved. */
    public String path() {
        return path;
    }

    /** Number of agencies from the root to this one, 1 for a root. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
