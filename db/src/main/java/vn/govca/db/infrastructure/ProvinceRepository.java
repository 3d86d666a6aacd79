package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.govca.db.domain.ProvinceRecord;

/** The provincial units (34 since 1 July 2025, seeded by migration V3), in code order. */
public final class ProvinceRepository {

    private final EntityManager em;

    public ProvinceRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** Every province, active or not, by official code. */
    public List<ProvinceRecord> all() {
        return em.createQuery("SELECT p FROM ProvinceRecord p ORDER BY p.code", ProvinceRecord.class).getResultList();
    }

    public Optional<ProvinceRecord> byId(long id) {
        return Optional.ofNullable(em.find(ProvinceRecord.class, id));
    }

    /** @param code official code, e.g. {@code 14} */
    public Optional<ProvinceRecord> byCode(String code) {
        Objects.requireNonNull(code, "code");
        return em.createQuery("SELECT p FROM ProvinceRecord p WHERE p.code = :code", ProvinceRecord.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** @throws DuplicateKeyException the code is taken ({@code uq_province_code}) */
    public ProvinceRecord add(ProvinceRecord province) {
        Objects.requireNonNull(province, "province");
        UniqueViolations.persistAndFlush(em, province, cause -> new DuplicateKeyException("uq_province_code",
                "province code " + province.code() + " is already taken", cause));
        return province;
    }
}
