package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.govca.db.domain.CertificateProfileRecord;

/**
 * Versioned certificate profiles. A change adds a version; old versions stay, so a
 * certificate's profile version can always be looked up.
 */
public final class ProfileRepository {

    private final EntityManager em;

    public ProfileRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /**
     * Stores {@code definitionJson} as the next version of {@code name} (1 for a new profile).
     *
     * @throws DuplicateKeyException another transaction added the same version first
     */
    public CertificateProfileRecord addNextVersion(String name, String definitionJson, Instant at) {
        int next = latestVersionNumber(name) + 1;
        CertificateProfileRecord profile = CertificateProfileRecord.version(name, next, definitionJson, at);
        UniqueViolations.persistAndFlush(em, profile, cause -> new DuplicateKeyException(
                "uq_certificate_profile_name_version",
                "profile " + name + " version " + next + " was added concurrently", cause));
        return profile;
    }

    public Optional<CertificateProfileRecord> findLatest(String name) {
        Objects.requireNonNull(name, "name");
        return em.createQuery("SELECT p FROM CertificateProfileRecord p WHERE p.name = :name"
                        + " ORDER BY p.profileVersion DESC", CertificateProfileRecord.class)
                .setParameter("name", name)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public Optional<CertificateProfileRecord> find(String name, int version) {
        Objects.requireNonNull(name, "name");
        return em.createQuery("SELECT p FROM CertificateProfileRecord p WHERE p.name = :name"
                        + " AND p.profileVersion = :version", CertificateProfileRecord.class)
                .setParameter("name", name)
                .setParameter("version", version)
                .getResultStream().findFirst();
    }

    /** The latest version of every profile, by name. */
    public List<CertificateProfileRecord> listLatest() {
        return em.createQuery("SELECT p FROM CertificateProfileRecord p WHERE p.profileVersion ="
                        + " (SELECT MAX(q.profileVersion) FROM CertificateProfileRecord q WHERE q.name = p.name)"
                        + " ORDER BY p.name", CertificateProfileRecord.class)
                .getResultList();
    }

    private int latestVersionNumber(String name) {
        Integer max = em.createQuery("SELECT MAX(p.profileVersion) FROM CertificateProfileRecord p"
                        + " WHERE p.name = :name", Integer.class)
                .setParameter("name", name)
                .getSingleResult();
        return max == null ? 0 : max;
    }
}
