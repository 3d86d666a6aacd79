package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.Sha256Hex;

/** Administrators, found by username (password login) or client-certificate fingerprint. */
public final class AdministratorRepository {

    private final EntityManager em;

    public AdministratorRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** @throws DuplicateKeyException the username or certificate is already enrolled */
    public AdministratorRecord add(AdministratorRecord admin) {
        Objects.requireNonNull(admin, "admin");
        UniqueViolations.persistAndFlush(em, admin, cause -> new DuplicateKeyException("administrator",
                "administrator " + admin.username() + " or their certificate is already enrolled", cause));
        return admin;
    }

    /** @param username any case; compared in the stored lower case */
    public Optional<AdministratorRecord> findByUsername(String username) {
        String stored = AdministratorRecord.normalizeUsername(username);
        return em.createQuery("SELECT a FROM AdministratorRecord a WHERE a.username = :u", AdministratorRecord.class)
                .setParameter("u", stored)
                .getResultStream().findFirst();
    }

    public Optional<AdministratorRecord> findByCertFingerprint(Sha256Hex fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        return em.createQuery("SELECT a FROM AdministratorRecord a WHERE a.certFingerprint = :fp",
                        AdministratorRecord.class)
                .setParameter("fp", fingerprint.value())
                .getResultStream().findFirst();
    }

    public List<AdministratorRecord> listByUsername() {
        return em.createQuery("SELECT a FROM AdministratorRecord a ORDER BY a.username", AdministratorRecord.class)
                .getResultList();
    }
}
