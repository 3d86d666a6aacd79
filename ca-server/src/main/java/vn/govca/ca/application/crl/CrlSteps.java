package vn.govca.ca.application.crl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.CrlKind;
import vn.govca.db.domain.CrlRecord;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.infrastructure.CrlNumberRepository;
import vn.govca.db.infrastructure.CrlRecordRepository;
import vn.govca.pki.domain.GovCaException;

/**
 * The database steps of a CRL publication, each in a transaction of its own so that the CRL
 * number is committed before the CA key signs (DESIGN invariant 4, as store-before-sign is for
 * certificates: a number once drawn is never drawn again, even if signing then fails), and the
 * outcome is recorded together with its audit row (invariant 6: "CRL issued").
 */
@ApplicationScoped
public class CrlSteps {

    public static final String CRL_ISSUED = "CRL_ISSUED";
    public static final String CRL_FAILED = "CRL_FAILED";

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * What a CRL about to be signed will be.
     *
     * @param baseCrlNumber the base of a delta CRL; null for a full one
     */
    public record Draft(long caId, CrlKind kind, Long baseCrlNumber, Instant thisUpdate, Instant nextUpdate,
                        String fileName) {
        public Draft {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(thisUpdate, "thisUpdate");
            Objects.requireNonNull(nextUpdate, "nextUpdate");
            Objects.requireNonNull(fileName, "fileName");
        }
    }

    /** A drawn CRL number and the RESERVED record that holds it. */
    public record Reservation(long recordId, long crlNumber) {
    }

    /**
     * Creates the CA's CRL number counter unless it exists.
     *
     * @throws vn.govca.db.infrastructure.DuplicateKeyException another node created it meanwhile
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean createCounter(long caId, Instant now) {
        return new CrlNumberRepository(em).createIfMissing(caId, now);
    }

    /**
     * Draws the next CRL number of the CA (above {@code floor}) and records the draft as RESERVED,
     * then commits.
     *
     * @return empty if the CA has no counter yet ({@link #createCounter})
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Reservation> reserve(Draft draft, long floor, Instant now) {
        OptionalLong number = new CrlNumberRepository(em).allocate(draft.caId(), floor, now);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        CrlRecord record = new CrlRecordRepository(em).add(CrlRecord.reserved(draft.caId(), number.getAsLong(),
                draft.kind(), draft.baseCrlNumber(), draft.thisUpdate(), draft.nextUpdate(), draft.fileName(), now));
        return Optional.of(new Reservation(record.id(), record.crlNumber()));
    }

    /** Records the CRL as published and audits CRL_ISSUED, in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void published(long recordId, long entries, long length, Sha256Hex sha256, String actor,
                          Map<String, ?> details, Instant now) {
        CrlRecord record = record(recordId);
        record.markPublished(entries, length, sha256, now);
        audit.record(actor, CRL_ISSUED, target(record), AuditOutcome.SUCCESS, details);
    }

    /** Records the CRL as failed (its number stays taken) and audits CRL_FAILED, in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long recordId, String reason, String actor, Map<String, ?> details, Instant now) {
        CrlRecord record = record(recordId);
        record.markFailed(reason, now);
        audit.record(actor, CRL_FAILED, target(record), AuditOutcome.FAILURE, details);
    }

    private CrlRecord record(long id) {
        return new CrlRecordRepository(em).findById(id)
                .orElseThrow(() -> GovCaException.internal("reserved CRL record " + id + " vanished", null));
    }

    private static String target(CrlRecord r) {
        return "crl ca=" + r.caId() + " number=" + r.crlNumber();
    }
}
