package vn.govca.ca.application.issuance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.db.audit.AuditEntry;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.IssuanceRecord;
import vn.govca.db.domain.RecordStateException;
import vn.govca.db.domain.SearchText;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.db.infrastructure.IssuanceRecordRepository;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.PreparedCertificate;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.name.SubjectName;

/**
 * The database steps of the issuance cycle, each in a transaction of its own so that the
 * reservation is committed before the CA key signs (DESIGN invariant 1).
 */
@ApplicationScoped
public class IssuanceSteps {

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** A linted TBS to reserve: step 4 of one issuance. */
    public record Reservation(long caId, PreparedCertificate prepared, String requestedBy, Instant now) {
    }

    /** A signed certificate to store and audit: step 7 of one issuance. */
    public record Completion(long certificateId, long caId, SignedCertificate signed, String actor,
                             Map<String, ?> details, Instant now) {
    }

    /**
     * Commits the serials and the linted TBSs of several issuances in one transaction. A serial
     * already used by its CA surfaces as {@link vn.govca.db.infrastructure.DuplicateSerialException}
     * and nothing is stored.
     *
     * @return the ids of the reserved certificate rows, in the order of {@code reservations}
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> reserveAll(List<Reservation> reservations) {
        List<Long> ids = new ArrayList<>(reservations.size());
        for (Reservation r : reservations) {
            ids.add(reserveOne(r));
        }
        return ids;
    }

    /** {@link #reserveAll} of one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long reserve(Reservation reservation) {
        return reserveOne(reservation);
    }

    private long reserveOne(Reservation r) {
        PreparedCertificate prepared = r.prepared();
        // GovCA's DN form ("C=VN, O=..., CN=..."), as CA records store it: not Bouncy Castle's
        // X500Name.toString(), whose separators and escaping depend on a name style.
        String dn = SubjectName.fromX500Name(prepared.subject()).toString();
        CertificateRecord cert = new CertificateRepository(em).reserve(CertificateRecord.reserve(r.caId(),
                SerialHex.of(prepared.serial().hex()), dn, SearchText.fold(dn), prepared.profile().name(),
                prepared.notBefore(), prepared.notAfter(), r.now()));
        new IssuanceRecordRepository(em).add(IssuanceRecord.reserved(cert.id(), prepared.tbsDer(), r.requestedBy(),
                r.now()));
        return cert.id();
    }

    /**
     * Stores the signed certificates of several issuances and audits each, in one transaction:
     * the audit chain's head is locked once for all of them. The reservations are updated in
     * place, guarded by their RESERVED state, not read back: this runs on every issuance.
     *
     * @return {@code null} for each completion (nothing to return; a list, to fit a group commit)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Void> completeAll(List<Completion> completions) {
        return storeAndAudit(completions);
    }

    /** {@link #completeAll} of one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Void complete(Completion completion) {
        storeAndAudit(List.of(completion));
        return null;
    }

    private List<Void> storeAndAudit(List<Completion> completions) {
        List<Long> ids = completions.stream().map(Completion::certificateId).toList();
        List<AuditEntry> entries = new ArrayList<>(completions.size());
        CertificateRepository certificates = new CertificateRepository(em);
        Instant latest = completions.get(0).now();
        try {
            for (Completion c : completions) {
                certificates.storeSigned(c.certificateId(), c.signed().der(), Sha256Hex.digestOf(c.signed().der()),
                        c.now());
                latest = c.now().isAfter(latest) ? c.now() : latest;
                entries.add(audit.entry(c.actor(), AuditTrail.CERTIFICATE_ISSUED,
                        target(c.caId(), SerialHex.of(c.signed().serial().hex())), AuditOutcome.SUCCESS, c.details()));
            }
            // the issuance records in one UPDATE, stamped with the batch's latest completion
            new IssuanceRecordRepository(em).markAllSigned(ids, latest);
        } catch (RecordStateException e) {
            throw GovCaException.internal("reservations " + ids + " cannot be completed", e);
        }
        audit.recordAll(entries); // last: the chain head stays locked only until the commit
        return Collections.nCopies(completions.size(), null);
    }

    /** Marks a reservation whose signing failed; the serial is never reused. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long certificateId, String reason, String actor, Map<String, ?> details, Instant now) {
        CertificateRecord cert = certificate(certificateId);
        cert.markFailed(now);
        issuance(certificateId).markFailed(reason, now);
        audit.record(actor, AuditTrail.ISSUANCE_FAILED, target(cert.caId(), cert.serial()), AuditOutcome.FAILURE,
                details);
    }

    private CertificateRecord certificate(long id) {
        return new CertificateRepository(em).findById(id)
                .orElseThrow(() -> GovCaException.internal("reserved certificate row " + id + " vanished", null));
    }

    private IssuanceRecord issuance(long certificateId) {
        return new IssuanceRecordRepository(em).findByCertificateId(certificateId)
                .orElseThrow(() -> GovCaException.internal("issuance record of certificate " + certificateId
                        + " vanished", null));
    }

    private static String target(long caId, SerialHex serial) {
        return "certificate ca=" + caId + " serial=" + serial.value();
    }
}
