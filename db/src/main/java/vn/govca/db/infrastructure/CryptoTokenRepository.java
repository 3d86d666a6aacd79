package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.govca.db.domain.CryptoTokenRecord;

/** Registered crypto tokens (names and non-secret settings only). */
public final class CryptoTokenRepository {

    private final EntityManager em;

    public CryptoTokenRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** @throws DuplicateKeyException a token of that name exists */
    public CryptoTokenRecord add(CryptoTokenRecord token) {
        Objects.requireNonNull(token, "token");
        UniqueViolations.persistAndFlush(em, token, cause -> new DuplicateKeyException("uq_crypto_token_name",
                "a crypto token named " + token.name() + " already exists", cause));
        return token;
    }

    public Optional<CryptoTokenRecord> findByName(String name) {
        Objects.requireNonNull(name, "name");
        return em.createQuery("SELECT t FROM CryptoTokenRecord t WHERE t.name = :name", CryptoTokenRecord.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    public List<CryptoTokenRecord> listByName() {
        return em.createQuery("SELECT t FROM CryptoTokenRecord t ORDER BY t.name", CryptoTokenRecord.class)
                .getResultList();
    }
}
