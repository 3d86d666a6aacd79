package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import vn.govca.db.domain.CrlNumberCounter;

/**
 * CRL numbers per CA (DESIGN invariant 4). {@link #allocate} locks the CA's counter row
 * ({@code SELECT ... FOR UPDATE}) and advances it; the caller commits before signing, so the
 * number is never handed out again whatever happens next, and concurrent publishers (threads or
 * nodes) queue on the row lock and get distinct, increasing numbers.
 *
 * <p>The counter row is created once per CA by {@link #createIfMissing}, in a transaction of its
 * own: creating it under a lock taken on a missing row would make InnoDB's gap locks deadlock two
 * first publications.
 */
public final class CrlNumberRepository {

    private final EntityManager em;

    public CrlNumberRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /**
     * Creates the CA's counter at 0 unless it exists.
     *
     * @return whether this call created it
     * @throws DuplicateKeyException another transaction created it at the same moment: it exists
     *         now (this transaction is marked for roll-back)
     */
    public boolean createIfMissing(long caId, Instant at) {
        if (em.find(CrlNumberCounter.class, caId) != null) {
            return false;
        }
        UniqueViolations.persistAndFlush(em, CrlNumberCounter.start(caId, at), cause -> new DuplicateKeyException(
                "crl_number_counter.PRIMARY", "CA " + caId + " already has a CRL number counter", cause));
        return true;
    }

    /**
     * Locks the CA's counter and hands out its next number, greater than every number handed out
     * before and than {@code floor}; commit before using it.
     *
     * @param floor a number the result must exceed (e.g. the number of a CRL found on disk); 0 for none
     * @return the new number, or empty if the CA has no counter yet ({@link #createIfMissing})
     */
    public OptionalLong allocate(long caId, long floor, Instant at) {
        CrlNumberCounter counter = em.find(CrlNumberCounter.class, caId, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            return OptionalLong.empty();
        }
        long number = counter.advance(floor, at);
        em.flush();
        return OptionalLong.of(number);
    }

    /** The last number handed out to the CA; empty if it has no counter. */
    public OptionalLong last(long caId) {
        CrlNumberCounter counter = em.find(CrlNumberCounter.class, caId);
        return counter == null ? OptionalLong.empty() : OptionalLong.of(counter.lastNumber());
    }
}
