package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import vn.govca.db.domain.CrlKind;
import vn.govca.db.domain.CrlRecord;
import vn.govca.db.domain.CrlState;

/**
 * The CRL publication log. The unique key (ca_id, crl_number) backs DESIGN invariant 4: no CRL
 * number is recorded twice for a CA. Lookups use index ix_crl_record_ca_kind_state_number.
 */
public final class CrlRecordRepository {

    private final EntityManager em;

    public CrlRecordRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** @throws DuplicateKeyException the CA already has a CRL record with this number */
    public CrlRecord add(CrlRecord record) {
        Objects.requireNonNull(record, "record");
        UniqueViolations.persistAndFlush(em, record, cause -> new DuplicateKeyException("uq_crl_record_ca_number",
                "CA " + record.caId() + " already has a CRL numbered " + record.crlNumber(), cause));
        return record;
    }

    public Optional<CrlRecord> findById(long id) {
        return Optional.ofNullable(em.find(CrlRecord.class, id));
    }

    /** The published CRL of this kind with the highest number. */
    public Optional<CrlRecord> latestPublished(long caId, CrlKind kind) {
        Objects.requireNonNull(kind, "kind");
        return em.createQuery("SELECT r FROM CrlRecord r WHERE r.caId = :ca AND r.kind = :kind AND r.state = :state"
                        + " ORDER BY r.crlNumber DESC", CrlRecord.class)
                .setParameter("ca", caId)
                .setParameter("kind", kind)
                .setParameter("state", CrlState.PUBLISHED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
