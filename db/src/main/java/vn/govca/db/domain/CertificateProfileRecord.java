package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a certificate profile, stored as the JSON definition that pki-core validates.
 * Versions are immutable: a change is a new version, so every issued certificate keeps the
 * exact profile it was linted against (STYLE: profiles are data, versioned).
 */
@Entity
@Table(name = "certificate_profile")
public class CertificateProfileRecord {

    /** MEDIUMTEXT: 16 MiB on MariaDB; a profile is a few KiB. */
    static final int MAX_DEFINITION_LENGTH = 4_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, updatable = false, length = 64)
    private String name;

    @Column(name = "version", nullable = false, updatable = false)
    private int profileVersion;

    @Column(name = "definition", nullable = false, updatable = false)
    private String definition;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CertificateProfileRecord() {
    }

    /**
     * @param name           profile name (appears in enrollment URLs)
     * @param version        1 for the first version, then one more each change
     * @param definitionJson the profile as JSON, already validated by its loader
     */
    public static CertificateProfileRecord version(String name, int version, String definitionJson, Instant at) {
        if (version < 1) {
            throw new IllegalArgumentException("profile version " + version + " must be at least 1");
        }
        CertificateProfileRecord profile = new CertificateProfileRecord();
        profile.name = ColumnValues.safeName("profile name", name);
        profile.profileVersion = version;
        profile.definition = ColumnValues.text("profile definition",
                Objects.requireNonNull(definitionJson, "definitionJson"), MAX_DEFINITION_LENGTH);
        profile.createdAt = ColumnValues.time("created_at", at);
        return profile;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int profileVersion() {
        return profileVersion;
    }

    public String definitionJson() {
        return definition;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
