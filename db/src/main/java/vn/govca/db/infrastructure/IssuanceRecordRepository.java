package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.govca.db.domain.IssuanceRecord;
import vn.govca.db.domain.IssuanceState;
import vn.govca.db.domain.RecordStateException;

/** To-be-signed certificates kept with each issuance (DESIGN invariant 1). */
public final class IssuanceRecordRepository {

    private final EntityManager em;

    public IssuanceRecordRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** @throws DuplicateKeyException the certificate already has an issuance record */
    public IssuanceRecord add(IssuanceRecord issuance) {
        Objects.requireNonNull(issuance, "issuance");
        UniqueViolations.persistAndFlush(em, issuance, cause -> new DuplicateKeyException(
                "uq_issuance_record_certificate",
                "certificate " + issuance.certificateId() + " already has an issuance record", cause));
        return issuance;
    }

    /**
     * RESERVED becomes SIGNED for the issuances of {@code certificateIds} in one UPDATE (step
     * "store" of one issuance or of a group commit), without loading the records (see
     * {@link CertificateRepository#storeSigned}).
     *
     * @param certificateIds distinct ids, at least one
     * @throws RecordStateException unless every one of them was RESERVED; the others may have been
     *         marked, so the caller's transaction must roll back (it does: the exception is unchecked)
     */
    public void markAllSigned(List<Long> certificateIds, Instant at) {
        if (certificateIds.isEmpty()) {
            throw new IllegalArgumentException("no certificates to mark signed");
        }
        int updated = signed(certificateIds, at);
        if (updated != certificateIds.size()) {
            throw new RecordStateException("cannot mark signed the issuances of certificates " + certificateIds
                    + ": " + (certificateIds.size() - updated) + " of them are not RESERVED");
        }
    }

    private int signed(List<Long> certificateIds, Instant at) {
        return em.createQuery("UPDATE IssuanceRecord i SET i.state = :signed, i.completedAt = :at"
                        + " WHERE i.certificateId IN :c AND i.state = :reserved")
                .setParameter("signed", IssuanceState.SIGNED)
                .setParameter("at", IssuanceRecord.completedAt(at))
                .setParameter("c", certificateIds)
                .setParameter("reserved", IssuanceState.RESERVED)
                .executeUpdate();
    }

    public Optional<IssuanceRecord> findByCertificateId(long certificateId) {
        return em.createQuery("SELECT i FROM IssuanceRecord i WHERE i.certificateId = :c", IssuanceRecord.class)
                .setParameter("c", certificateId)
                .getResultStream().findFirst();
    }

    /**
     * Reservations still RESERVED that were made before {@code cutoff}, oldest first: what a
     * crash interrupted, for the recovery job to finish or fail.
     */
    public List<IssuanceRecord> findUnfinishedBefore(Instant cutoff, int limit) {
        Objects.requireNonNull(cutoff, "cutoff");
        if (limit < 1 || limit > CertificateRepository.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit " + limit + " must be 1 to " + CertificateRepository.MAX_PAGE_SIZE);
        }
        return em.createQuery("SELECT i FROM IssuanceRecord i WHERE i.state = :s AND i.createdAt < :cutoff"
                        + " ORDER BY i.createdAt, i.id", IssuanceRecord.class)
                .setParameter("s", IssuanceState.RESERVED)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }
}
