package vn.govca.ca.application.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.ApprovalPolicy;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.domain.ra.RaPolicy;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.db.domain.RaRequestApprovalRecord;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.RecordStateException;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.AgencyRepository;
import vn.govca.db.infrastructure.CertificateAuthorityRepository;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.db.infrastructure.DuplicateKeyException;
import vn.govca.db.infrastructure.ProvinceRepository;
import vn.govca.db.infrastructure.RaRequestRepository;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.Pem;

/**
 * The transactional steps of reviewing and executing a request, each committed on its own so that
 * the CA's issuance cycle (which commits its reservation before signing) runs between them, never
 * inside a transaction that could roll back what the CA already did.
 */
@ApplicationScoped
public class RequestSteps {

    public static final String REQUEST_APPROVAL = "RA_REQUEST_APPROVAL";
    public static final String REQUEST_APPROVED = "RA_REQUEST_APPROVED";
    public static final String REQUEST_REJECTED = "RA_REQUEST_REJECTED";
    public static final String REQUEST_INFO_REQUESTED = "RA_REQUEST_INFO_REQUESTED";
    public static final String REQUEST_COMPLETED = "RA_REQUEST_COMPLETED";
    public static final String REQUEST_EXECUTION_FAILED = "RA_REQUEST_EXECUTION_FAILED";

    @PersistenceContext
    EntityManager em;

    @Inject
    RaRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    ServerContext context;

    @Inject
    KeyDeviceService keyDevices;

    /** What executing an approved request needs, read in one transaction. */
    public record Plan(long requestId, RaRequestRecord request, String caName, String csrPem,
                       SubjectComposer.Composed names, String targetCaName, String targetSerial) {
    }

    /** Records one approval; when enough distinct reviewers approved, the request becomes APPROVED. */
    @Transactional
    public RaRequestState approve(Principal who, long id, String comment) {
        RaPolicy.require(who, RaAction.REVIEW_REQUESTS);
        RaRequestRecord r = records.requestForUpdate(who, id);
        RaRequestRepository repo = new RaRequestRepository(em);
        if (r.state() != RaRequestState.SUBMITTED) {
            throw GovCaException.conflict("request #" + id + " is " + r.state() + "; only a SUBMITTED request can be"
                    + " approved");
        }
        Set<Long> approvedBy = repo.approvals(id).stream().map(RaRequestApprovalRecord::approverId)
                .collect(Collectors.toSet());
        ApprovalPolicy.requireMayApprove(who, r.filedBy(), approvedBy);
        Instant now = context.clock().instant();
        try {
            repo.addApproval(r.approve(who.id(), comment, now));
        } catch (DuplicateKeyException e) {
            throw GovCaException.conflict(who.username() + " has already approved request #" + id);
        } catch (RecordStateException e) {
            throw GovCaException.conflict(e.getMessage());
        }
        audit.record(who.auditName(), REQUEST_APPROVAL, "request #" + id, AuditOutcome.SUCCESS,
                Map.of("approvals", r.approvalCount(), "required", r.requiredApprovals()));
        if (r.hasEnoughApprovals()) {
            move(em, r, RaRequestState.APPROVED, who, comment, now);
            audit.record(who.auditName(), REQUEST_APPROVED, "request #" + id, AuditOutcome.SUCCESS,
                    RequestFiling.describe(r));
        }
        return r.state();
    }

    @Transactional
    public RaRequestRecord decide(Principal who, long id, RaRequestState next, String comment) {
        RaPolicy.require(who, RaAction.REVIEW_REQUESTS);
        if (comment == null || comment.isBlank()) {
            throw GovCaException.malformed("say why (comment) when the request becomes " + next);
        }
        RaRequestRecord r = records.requestForUpdate(who, id);
        move(em, r, next, who, comment, context.clock().instant());
        audit.record(who.auditName(), next == RaRequestState.REJECTED ? REQUEST_REJECTED : REQUEST_INFO_REQUESTED,
                "request #" + id, AuditOutcome.SUCCESS, Map.of("comment", comment));
        return r;
    }

    /** Reads what the execution of an APPROVED request needs. */
    @Transactional
    public Plan plan(Principal who, long id) {
        RaPolicy.require(who, RaAction.REVIEW_REQUESTS);
        RaRequestRecord r = records.request(who, id);
        if (r.state() != RaRequestState.APPROVED) {
            throw GovCaException.conflict("request #" + id + " is " + r.state() + "; only an APPROVED request executes");
        }
        SubscriberRecord s = records.subscriber(who, r.subscriberId());
        SubjectComposer.Composed names = null;
        String csr = null;
        if (r.type().issuesCertificate()) {
            names = names(s);
            csr = r.csr() == null ? null : Pem.encode(Pem.CERTIFICATE_REQUEST, r.csr());
        }
        String targetCa = null;
        String targetSerial = null;
        if (r.targetCertificateId() != null) {
            CertificateRecord c = new CertificateRepository(em).findById(r.targetCertificateId()).orElseThrow(
                    () -> GovCaException.notFound("certificate #" + r.targetCertificateId() + " not found"));
            CertificateAuthorityRecord ca = new CertificateAuthorityRepository(em).findById(c.caId()).orElseThrow();
            targetCa = ca.name();
            targetSerial = c.serial().value();
        }
        em.detach(r);
        return new Plan(id, r, r.caName(), csr, names, targetCa, targetSerial);
    }

    /**
     * Marks an executed request COMPLETED, attributing an issued certificate to the subscriber and
     * keeping a server-generated key (sealed) for its one download.
     */
    @Transactional
    public RaRequestRecord complete(Principal who, long id, Long issuedCertificateId, byte[] sealedKey) {
        RaRequestRecord r = records.requestForUpdate(who, id);
        completeLocked(who, r, issuedCertificateId, sealedKey, context.clock().instant());
        return r;
    }

    /**
     * Executes an APPROVED TOKEN_RESTORE request (form 06) and completes it, in one transaction: the
     * device's RESTORED event and its audit row, the move to COMPLETED and its audit row. When the
     * device is no longer the subscriber's (handed over or returned since filing) the CONFLICT rolls
     * everything back and the request stays APPROVED.
     */
    @Transactional
    public RaRequestRecord restoreToken(Principal who, long id) {
        RaPolicy.require(who, RaAction.REVIEW_REQUESTS);
        RaRequestRecord r = records.requestForUpdate(who, id);
        if (r.state() != RaRequestState.APPROVED || r.type() != RaRequestType.TOKEN_RESTORE) {
            throw GovCaException.conflict("request #" + id + " is a " + r.state() + " " + r.type()
                    + " request; only an APPROVED TOKEN_RESTORE request restores a key device");
        }
        Instant now = context.clock().instant();
        keyDevices.restoreLocked(who, r, now);
        completeLocked(who, r, null, null, now);
        return r;
    }

    private void completeLocked(Principal who, RaRequestRecord r, Long issuedCertificateId, byte[] sealedKey,
                                Instant now) {
        long id = r.id();
        if (issuedCertificateId != null) {
            CertificateRecord c = new CertificateRepository(em).findById(issuedCertificateId).orElseThrow();
            c.attributeTo(records.subscriber(who, r.subscriberId()));
            r.attachIssuedCertificate(issuedCertificateId, now);
        }
        if (sealedKey != null) {
            r.storeKeyPackage(sealedKey, now);
        }
        move(em, r, RaRequestState.COMPLETED, who, null, now);
        audit.record(who.auditName(), REQUEST_COMPLETED, "request #" + id, AuditOutcome.SUCCESS,
                issuedCertificateId == null ? RequestFiling.describe(r)
                        : Map.of("type", r.type().name(), "issuedCertificateId", issuedCertificateId));
    }

    /** Audits a failed execution on its own (the request stays APPROVED and can be executed again). */
    public void failed(Principal who, long id, GovCaException e) {
        audit.recordAlone(who.auditName(), REQUEST_EXECUTION_FAILED, "request #" + id, AuditOutcome.FAILURE,
                Map.of("category", e.category().name(), "reason", e.getMessage()));
    }

    /** Moves a request and stores the history row; a move the workflow lacks is a CONFLICT. */
    static void move(EntityManager em, RaRequestRecord r, RaRequestState next, Principal who, String comment,
                     Instant at) {
        try {
            new RaRequestRepository(em).addTransition(r.moveTo(next, who.id(), who.auditName(), comment, at));
        } catch (RecordStateException e) {
            throw GovCaException.conflict(e.getMessage());
        }
    }

    /** The names the subscriber's certificate will carry. */
    SubjectComposer.Composed names(SubscriberRecord s) {
        AgencyRepository agencies = new AgencyRepository(em);
        AgencyRecord agency = agencies.byId(s.agencyId()).orElseThrow();
        long topId = Long.parseLong(agency.path().split("/")[1]);
        AgencyRecord top = agencies.byId(topId).orElseThrow();
        ProvinceRecord province = s.provinceId() == null ? null
                : new ProvinceRepository(em).byId(s.provinceId()).orElse(null);
        return SubjectComposer.compose(s, agency, top, province);
    }
}
