package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.govca.db.domain.CertificateAuthorityRecord;

/** The CAs this server runs; a handful of rows, listed by name. */
public final class CertificateAuthorityRepository {

    private final EntityManager em;

    public CertificateAuthorityRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** @throws DuplicateKeyException a CA of that name exists */
    public CertificateAuthorityRecord add(CertificateAuthorityRecord ca) {
        Objects.requireNonNull(ca, "ca");
        UniqueViolations.persistAndFlush(em, ca, cause -> new DuplicateKeyException("uq_certificate_authority_name",
                "a CA named " + ca.name() + " already exists", cause));
        return ca;
    }

    public Optional<CertificateAuthorityRecord> findById(long id) {
        return Optional.ofNullable(em.find(CertificateAuthorityRecord.class, id));
    }

    public Optional<CertificateAuthorityRecord> findByName(String name) {
        Objects.requireNonNull(name, "name");
        return em.createQuery("SELECT a FROM CertificateAuthorityRecord a WHERE a.name = :name",
                        CertificateAuthorityRecord.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    public List<CertificateAuthorityRecord> listByName() {
        return em.createQuery("SELECT a FROM CertificateAuthorityRecord a ORDER BY a.name",
                CertificateAuthorityRecord.class).getResultList();
    }
}
