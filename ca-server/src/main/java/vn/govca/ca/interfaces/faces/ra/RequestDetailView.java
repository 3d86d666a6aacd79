package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.ra.KeyDeviceService;
import vn.govca.ca.application.ra.RaRecords;
import vn.govca.ca.application.ra.RequestFiling;
import vn.govca.ca.application.ra.RequestQueries;
import vn.govca.ca.application.ra.RequestReview;
import vn.govca.ca.application.ra.SubscriberService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.interfaces.faces.Downloads;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.domain.RaRequestType;
import vn.govca.pki.domain.GovCaException;

/**
 * A request's detail page ({@code requests/detail.xhtml?id=…}): the decoded dossier (with the key
 * storage device of a token restore), its history and
 * approvals, and the buttons the reader's role allows in its state — submit and cancel for filers,
 * approve, reject and ask for information for reviewers, download of the issued certificate and,
 * once, of a server-generated key ({@link KeyPackageDownload}); links to the follow-up requests
 * (revocation of an issued certificate, reinstatement of a suspended one). The buttons are hints;
 * {@link RequestFiling}, {@link RequestReview} and {@link RequestQueries} decide (DESIGN invariant 8)
 * and their refusals are shown as messages, changing nothing.
 */
@Named
@ViewScoped
public class RequestDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestQueries queries;

    @Inject
    RequestFiling filing;

    @Inject
    RequestReview review;

    @Inject
    SubscriberService subscribers;

    @Inject
    RaRecords records;

    @Inject
    KeyDeviceService keyDevices;

    @Inject
    CaDirectory directory;

    @Inject
    RaSession session;

    private Long id;
    private RequestFacts facts;
    private List<HistoryRow> history = List.of();
    private List<HistoryRow> approvals = List.of();
    private String comment;
    private String csrText;
    private String issuedCa;
    private String issuedSerial;
    private String targetCa;
    private String targetSerial;
    private KeyDevicesView.DeviceRow device;
    private boolean keyPackageReady;
    private Instant keyPackageFetchedAt;

    /** View action: reads the request named by the {@code id} parameter. */
    public void load() {
        if (id == null) {
            WorkflowMessages.error("detail.noId");
            return;
        }
        try {
            Principal who = session.requirePrincipal();
            RequestQueries.Detail d = queries.detail(who, id);
            RaRequestRecord r = d.request();
            facts = RequestFacts.of(r, subscribers.get(who, r.subscriberId()).displayName(), d.overdue());
            history = d.history().stream().map(HistoryRow::of).toList();
            approvals = d.approvals().stream().map(a -> new HistoryRow("", "APPROVED", a.approvedAt(),
                    "#" + a.approverId(), a.comment() == null ? "" : a.comment())).toList();
            String[] issued = certificate(who, r.issuedCertificateId());
            issuedCa = issued[0];
            issuedSerial = issued[1];
            String[] target = certificate(who, r.targetCertificateId());
            targetCa = target[0];
            targetSerial = target[1];
            device = r.keyDeviceId() == null ? null : KeyDevicesView.DeviceRow.of(keyDevices.get(who, r.keyDeviceId()));
            keyPackageReady = r.hasKeyPackage();
            keyPackageFetchedAt = r.keyPackageFetchedAt();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
            facts = null;
        }
    }

    private String[] certificate(Principal who, Long certificateId) {
        if (certificateId == null) {
            return new String[] {null, null};
        }
        CertificateRecord c = records.certificate(who, certificateId);
        String ca = directory.all().stream().filter(a -> a.id() == c.caId()).map(CertificateAuthorityRecord::name)
                .findFirst().orElse("");
        return new String[] {ca, c.serial().value()};
    }

    public String submit() {
        return act("detail.done.SUBMITTED", () -> filing.submit(session.requirePrincipal(), id, csrText, comment));
    }

    public String cancel() {
        return act("detail.done.CANCELLED", () -> filing.cancel(session.requirePrincipal(), id, comment));
    }

    public String approve() {
        return act("detail.done.APPROVED", () -> review.approve(session.requirePrincipal(), id, comment));
    }

    public String reject() {
        return act("detail.done.REJECTED", () -> review.reject(session.requirePrincipal(), id, comment));
    }

    public String requestInformation() {
        return act("detail.done.INFO_REQUESTED", () -> review.requestInformation(session.requirePrincipal(), id,
                comment));
    }

    /** Runs an approved request again after its execution failed. */
    public String execute() {
        return act("detail.done.COMPLETED", () -> review.execute(session.requirePrincipal(), id));
    }

    /** The issued certificate, PEM, as {@code request-<id>.pem}. */
    public void downloadCertificate() {
        try {
            String pem = queries.issuedCertificatePem(session.requirePrincipal(), id);
            Downloads.send("application/x-pem-file", "request-" + id + ".pem", pem.getBytes(StandardCharsets.US_ASCII));
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    private String act(String doneKey, Supplier<RaRequestRecord> action) {
        try {
            RaRequestRecord r = action.get();
            WorkflowMessages.info(doneKey, r.id(), WorkflowMessages.text("state." + r.state().name()));
            WorkflowMessages.keepOverRedirect();
            return "/requests/detail?faces-redirect=true&id=" + r.id();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
            load();
            return null;
        }
    }

    private RaRequestState state() {
        return facts == null ? null : RaRequestState.valueOf(facts.state());
    }

    private boolean may(RaAction action) {
        return session.isSignedIn() && action.allows(session.requirePrincipal().role());
    }

    public boolean isMaySubmit() {
        return state() != null && state().isEditable() && may(RaAction.FILE_REQUESTS);
    }

    public boolean isMayCancel() {
        return state() != null && !state().isClosed() && may(RaAction.FILE_REQUESTS);
    }

    /** Reviewers decide submitted requests they did not file themselves. */
    public boolean isMayReview() {
        return state() == RaRequestState.SUBMITTED && may(RaAction.REVIEW_REQUESTS)
                && session.requirePrincipal().id() != facts.filedBy();
    }

    public boolean isMayExecute() {
        return state() == RaRequestState.APPROVED && may(RaAction.REVIEW_REQUESTS);
    }

    public boolean isMayDownload() {
        return facts != null && facts.issuedCertificateId() != null;
    }

    /** A completed issuance can be followed by a revocation request of its certificate. */
    public boolean isMayRevoke() {
        return isMayDownload() && may(RaAction.FILE_REQUESTS);
    }

    /** A completed suspension can be followed by a reinstatement request of its certificate. */
    public boolean isMayReinstate() {
        return state() == RaRequestState.COMPLETED && RaRequestType.SUSPENSION.name().equals(facts.type())
                && facts.targetCertificateId() != null && may(RaAction.FILE_REQUESTS);
    }

    /** The key package part of the page: a completed request whose key the server generated. */
    public boolean isKeyPackageShown() {
        return state() == RaRequestState.COMPLETED && facts.serverKeyGeneration();
    }

    /** The sealed key is still there and the reader's role may take it (the service checks again). */
    public boolean isMayTakeKeyPackage() {
        return isKeyPackageShown() && keyPackageReady && may(RaAction.FETCH_KEY_PACKAGE);
    }

    public Instant getKeyPackageFetchedAt() {
        return keyPackageFetchedAt;
    }

    public boolean isFound() {
        return facts != null;
    }

    public RequestFacts getFacts() {
        return facts;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    public List<HistoryRow> getApprovals() {
        return approvals;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCsrText() {
        return csrText;
    }

    public void setCsrText(String csrText) {
        this.csrText = csrText;
    }

    public String getIssuedCa() {
        return issuedCa;
    }

    public String getIssuedSerial() {
        return issuedSerial;
    }

    public String getTargetCa() {
        return targetCa;
    }

    public String getTargetSerial() {
        return targetSerial;
    }

    /** The key storage device a token restore names; null for other requests. */
    public KeyDevicesView.DeviceRow getDevice() {
        return device;
    }
}
