package vn.govca.ca.application.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.revocation.RevocationService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.Decree68Reason;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.domain.ra.RaPolicy;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.SubscriberKind;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.CalendarRepository;
import vn.govca.db.infrastructure.RaRequestRepository;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.Pem;
import vn.govca.pki.domain.cert.RevocationReason;
import vn.govca.pki.domain.profile.CertificateProfile;
import vn.govca.pki.infrastructure.cert.CsrParser;

/**
 * Filing, submitting and cancelling registration requests (issue 4 "Requests"). A request is
 * checked when filed — subscriber and target certificate in the caller's scope, profile, CSR,
 * revocation case, for a token restore the key device the subscriber holds — so that reviewers see
 * only dossiers the CA can execute. Submitting makes the dossier complete and starts its working-day
 * deadline (a token restore's device is checked again then). Every step is a history row and an
 * audit row in the same transaction.
 */
@ApplicationScoped
public class RequestFiling {

    public static final String REQUEST_FILED = "RA_REQUEST_FILED";
    public static final String REQUEST_SUBMITTED = "RA_REQUEST_SUBMITTED";
    public static final String REQUEST_CANCELLED = "RA_REQUEST_CANCELLED";
    /** A renewal extends by at most three years (Decree 68 Art. 9). */
    static final int MAX_RENEWAL_DAYS = 3 * 365 + 1;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Holidays read ahead: enough for any configured deadline (≤ 60 working days) even across Tết. */
    private static final int CALENDAR_HORIZON_DAYS = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    RaRecords records;

    @Inject
    CaDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    ServerContext context;

    @Inject
    RevocationService revocation;

    @Inject
    KeyDeviceService keyDevices;

    @Transactional
    public RaRequestRecord file(Principal who, FileRequest cmd) {
        RaPolicy.require(who, RaAction.FILE_REQUESTS);
        return fileLocked(who, cmd);
    }

    /** Files within the caller's transaction (also used by the bulk import, one transaction per file). */
    public RaRequestRecord fileLocked(Principal who, FileRequest cmd) {
        if (cmd.type() == null) {
            throw GovCaException.malformed("request type is required; one of "
                    + java.util.Arrays.toString(RaRequestType.values()));
        }
        SubscriberRecord subscriber = records.subscriber(who, cmd.subscriberId());
        Instant now = context.clock().instant();
        CertificateRecord target = cmd.type().needsTargetCertificate() ? target(who, cmd, subscriber) : null;
        Long keyDevice = keyDevice(who, cmd, subscriber);
        String profileName = cmd.type().issuesCertificate() ? requiredProfile(cmd).name()
                : target == null ? null : target.profileName();
        int approvals = context.ra().approvals().required(cmd.type(), profileName, false,
                subscriber.kind() == SubscriberKind.ORGANIZATION);
        RaRequestRecord r = RaRequestRecord.draft(cmd.type(), subscriber, who.id(), approvals, now);
        if (cmd.type().issuesCertificate()) {
            describeIssuance(r, cmd, now);
        }
        if (target != null) {
            if (cmd.type() == RaRequestType.SUSPENSION || cmd.type() == RaRequestType.REINSTATEMENT) {
                revocation.requireSuspensionAllowed(target); // refused now, not after the approvals
            }
            r.targetCertificate(target.id(), now);
        }
        if (cmd.type() == RaRequestType.REVOCATION) {
            Decree68Reason reason = Decree68Reason.parse(cmd.reason());
            r.describeRevocation(reason.rfcReason().rfcName(), reason.name(), now);
        } else if (cmd.type() == RaRequestType.SUSPENSION) {
            r.describeRevocation(RevocationReason.CERTIFICATE_HOLD.rfcName(), null, now);
        }
        if (keyDevice != null || (cmd.recipient() != null && !cmd.recipient().isBlank())) {
            r.deliverTo(keyDevice, cmd.recipient() == null || cmd.recipient().isBlank() ? null : cmd.recipient().trim(),
                    now);
        }
        if (cmd.note() != null && !cmd.note().isBlank()) {
            r.writeNote(cmd.note().trim(), now);
        }
        RaRequestRepository repo = new RaRequestRepository(em);
        repo.save(r);
        repo.addTransition(r.filing(who.auditName(), null));
        audit.record(who.auditName(), REQUEST_FILED, "request #" + r.id(), AuditOutcome.SUCCESS, describe(r));
        if (cmd.submit()) {
            submitLocked(who, r, null, now);
        }
        return r;
    }

    /** Submits a draft, or resubmits after more information was requested (optionally with a new CSR). */
    @Transactional
    public RaRequestRecord submit(Principal who, long id, String csrPem, String comment) {
        RaPolicy.require(who, RaAction.FILE_REQUESTS);
        RaRequestRecord r = records.requestForUpdate(who, id);
        Instant now = context.clock().instant();
        if (csrPem != null && !csrPem.isBlank()) {
            if (!r.type().issuesCertificate()) {
                throw GovCaException.malformed("a " + r.type() + " request carries no CSR");
            }
            r.attachCsr(csrDer(csrPem), now);
        }
        submitLocked(who, r, comment, now);
        return r;
    }

    @Transactional
    public RaRequestRecord cancel(Principal who, long id, String comment) {
        RaPolicy.require(who, RaAction.FILE_REQUESTS);
        RaRequestRecord r = records.requestForUpdate(who, id);
        RequestSteps.move(em, r, RaRequestState.CANCELLED, who, comment, context.clock().instant());
        audit.record(who.auditName(), REQUEST_CANCELLED, "request #" + r.id(), AuditOutcome.SUCCESS, describe(r));
        return r;
    }

    private void submitLocked(Principal who, RaRequestRecord r, String comment, Instant now) {
        if (r.type().issuesCertificate() && r.csr() == null && !r.serverKeyGeneration()) {
            throw GovCaException.malformed("request #" + r.id() + " has no CSR yet; attach the subscriber's"
                    + " PKCS#10 request (csr) to submit it");
        }
        if (r.type() == RaRequestType.TOKEN_RESTORE) {
            if (r.keyDeviceId() == null) { // filed before devices were named (schema 4)
                throw GovCaException.malformed("request #" + r.id() + " names no key device; cancel it and file a"
                        + " new TOKEN_RESTORE request naming the device the subscriber holds (keyDeviceId)");
            }
            keyDevices.requireHeldBy(who, r.keyDeviceId(), r.subscriberId()); // still theirs when the dossier completes
        }
        RequestSteps.move(em, r, RaRequestState.SUBMITTED, who, comment, now);
        LocalDate today = LocalDate.ofInstant(now, VIETNAM);
        context.ra().deadlines().dueOn(r.type(), today, new CalendarRepository(em).workingCalendar(today, CALENDAR_HORIZON_DAYS))
                .ifPresent(r::assignDueDate);
        audit.record(who.auditName(), REQUEST_SUBMITTED, "request #" + r.id(), AuditOutcome.SUCCESS, describe(r));
    }

    private void describeIssuance(RaRequestRecord r, FileRequest cmd, Instant now) {
        CertificateProfile profile = requiredProfile(cmd);
        Integer days = cmd.validityDays();
        if (cmd.type() == RaRequestType.RENEWAL) {
            days = days == null ? Math.min(MAX_RENEWAL_DAYS, profile.maxValidityDays()) : days;
            if (days > MAX_RENEWAL_DAYS) {
                throw GovCaException.policy("renewal validity " + days + " days exceeds the renewal maximum "
                        + MAX_RENEWAL_DAYS + " days (3 years)");
            }
        }
        r.describeIssuance(caName(cmd.caName()), profile.name(), days, now);
        if (cmd.serverKeyGeneration()) {
            if (cmd.csrPem() != null && !cmd.csrPem().isBlank()) {
                throw GovCaException.malformed("give either a CSR or serverKeyGeneration, not both");
            }
            r.chooseServerKeyGeneration(now);
        } else if (cmd.csrPem() != null && !cmd.csrPem().isBlank()) {
            r.attachCsr(csrDer(cmd.csrPem()), now);
        }
    }

    private CertificateProfile requiredProfile(FileRequest cmd) {
        if (cmd.profile() == null || cmd.profile().isBlank()) {
            throw GovCaException.malformed("a " + cmd.type() + " request needs a certificate profile; one of "
                    + context.profiles().names());
        }
        CertificateProfile p = context.profiles().get(cmd.profile().trim());
        if (p.kind().isCa()) {
            throw GovCaException.policy("profile " + p.name() + " issues CA certificates; CAs are created by CA"
                    + " administrators through /api/v1/cas");
        }
        return p;
    }

    /** The named CA, or the one active subordinate CA when none is named. */
    private String caName(String requested) {
        if (requested != null && !requested.isBlank()) {
            CertificateAuthorityRecord ca = directory.find(requested.trim());
            return ca.name();
        }
        var candidates = directory.all().stream().filter(c -> c.isActive() && c.parentCaId() != null).toList();
        if (candidates.size() != 1) {
            throw GovCaException.malformed("name the issuing CA (caName): " + candidates.size()
                    + " active subordinate CAs could issue this certificate");
        }
        return candidates.get(0).name();
    }

    private CertificateRecord target(Principal who, FileRequest cmd, SubscriberRecord subscriber) {
        if (cmd.targetCertificateId() == null) {
            throw GovCaException.malformed("a " + cmd.type() + " request names the subscriber's certificate"
                    + " (targetCertificateId)");
        }
        CertificateRecord c = records.certificate(who, cmd.targetCertificateId());
        if (c.subscriberId() == null || c.subscriberId() != subscriber.id().longValue()) {
            throw GovCaException.policy("certificate #" + c.id() + " does not belong to subscriber #"
                    + subscriber.id());
        }
        return c;
    }

    /**
     * The device a TOKEN_RESTORE request restores: required, in the caller's scope, held by the
     * subscriber now. Other types name none (a device given with them is refused, not ignored).
     */
    private Long keyDevice(Principal who, FileRequest cmd, SubscriberRecord subscriber) {
        if (cmd.type() != RaRequestType.TOKEN_RESTORE) {
            if (cmd.keyDeviceId() != null) {
                throw GovCaException.malformed("a " + cmd.type() + " request names no key device; keyDeviceId is for"
                        + " TOKEN_RESTORE requests");
            }
            return null;
        }
        if (cmd.keyDeviceId() == null) {
            throw GovCaException.malformed("a TOKEN_RESTORE request names the key storage device to restore"
                    + " (keyDeviceId): one the subscriber holds");
        }
        return keyDevices.requireHeldBy(who, cmd.keyDeviceId(), subscriber.id()).id();
    }

    static byte[] csrDer(String pem) {
        CsrParser.parse(pem);
        return Pem.decode(pem, Pem.CERTIFICATE_REQUEST, "NEW CERTIFICATE REQUEST");
    }

    static Map<String, Object> describe(RaRequestRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", r.type().name());
        m.put("state", r.state().name());
        m.put("subscriberId", r.subscriberId());
        if (r.profileName() != null) {
            m.put("profile", r.profileName());
        }
        if (r.targetCertificateId() != null) {
            m.put("targetCertificateId", r.targetCertificateId());
        }
        if (r.keyDeviceId() != null) {
            m.put("keyDeviceId", r.keyDeviceId());
        }
        if (r.dueOn() != null) {
            m.put("dueOn", r.dueOn().toString());
        }
        return m;
    }
}
