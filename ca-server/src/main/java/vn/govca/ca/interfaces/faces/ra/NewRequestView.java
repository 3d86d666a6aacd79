package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.primefaces.model.file.UploadedFile;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.ra.KeyDeviceService;
import vn.govca.ca.application.ra.RequestFiling;
import vn.govca.ca.application.ra.SubscriberService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.Decree68Reason;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.profile.CertificateProfile;

/**
 * The request forms ({@code requests/new.xhtml?type=…}), one per request type (Decree 68/2024
 * Art. 6; {@link RequestForm} says which fields each shows): new issuance, renewal and change of
 * information with a new key — the subscriber's CSR (PEM or DER upload, or pasted PEM) or a key the
 * CA server generates and hands out once as PKCS#12 —; revocation with a Decree 68 Art. 17 reason;
 * suspension and reinstatement; token restore, naming one of the key storage devices the subscriber
 * holds. The certificate acted on is chosen from the subscriber's certificates. Either submitted at
 * once (a complete dossier: the deadline starts) or kept as a draft. {@link RequestFiling} checks
 * scope, profile, target, device and CSR, and the CA decides at execution whether a profile allows
 * suspension; their refusals are shown, nothing is filed.
 */
@Named
@ViewScoped
public class NewRequestView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUBSCRIBER_CHOICES = 200;
    /** Delegated OCSP signing certificates are the CA's own, not a subscriber's. */
    private static final String OCSP_PROFILE = "ocsp-responder";
    /** Values of the key source choice. */
    static final String KEY_FROM_CSR = "CSR";
    static final String KEY_FROM_SERVER = "SERVER";

    @Inject
    RequestFiling filing;

    @Inject
    SubscriberService subscribers;

    @Inject
    SubscriberCertificates certificates;

    @Inject
    KeyDeviceService keyDevices;

    @Inject
    CaDirectory directory;

    @Inject
    ServerContext context;

    @Inject
    RaSession session;

    private RequestForm form = RequestForm.of(null);
    private String type = form.getName();
    private String nameFilter;
    private Long subscriberId;
    private String caName;
    private String profile = "personal";
    private String keySource = KEY_FROM_CSR;
    private String csrText;
    private transient UploadedFile csrFile;
    private Integer validityDays;
    private Long targetCertificateId;
    private Long keyDeviceId;
    private String reason;
    private String recipient;
    private String note;
    private Map<String, Long> subscriberChoices;
    private List<CertificateChoice> certificateChoices = List.of();
    private List<KeyDevicesView.DeviceRow> deviceChoices = List.of();

    /**
     * View action: the form of the {@code type} parameter, the subscribers in scope to choose from
     * (first {@value #SUBSCRIBER_CHOICES} by name filter) and the chosen subscriber's certificates.
     */
    public void load() {
        form = RequestForm.of(type);
        type = form.getName();
        findSubscribers();
        loadCertificates();
        loadDevices();
    }

    /** "Find" button of the subscriber filter. */
    public void findSubscribers() {
        Map<String, Long> choices = new LinkedHashMap<>();
        try {
            for (SubscriberRecord s : subscribers.page(session.requirePrincipal(), null, null, nameFilter, null,
                    OptionalLong.empty(), SUBSCRIBER_CHOICES).items()) {
                choices.put(s.displayName() + " (#" + s.id() + ", " + s.kind() + ")", s.id());
            }
            if (subscriberId != null && !choices.containsValue(subscriberId)) {
                SubscriberRecord s = subscribers.get(session.requirePrincipal(), subscriberId);
                choices.put(s.displayName() + " (#" + s.id() + ", " + s.kind() + ")", s.id());
            }
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
        subscriberChoices = choices;
    }

    /**
     * The chosen subscriber's certificates this type of request can act on (and the one named by the
     * {@code certificate} parameter, whatever its status: the CA then says what it thinks of it).
     */
    private void loadCertificates() {
        certificateChoices = List.of();
        if (!form.isNeedsTarget() || subscriberId == null) {
            return;
        }
        try {
            certificateChoices = certificates.of(session.requirePrincipal(), subscriberId).stream()
                    .filter(c -> form.offers(CertificateStatus.valueOf(c.status()))
                            || Long.valueOf(c.id()).equals(targetCertificateId))
                    .toList();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
        if (targetCertificateId == null && certificateChoices.size() == 1) {
            targetCertificateId = certificateChoices.get(0).id();
        }
    }

    /** The key storage devices the chosen subscriber holds, for a token restore; the only one is chosen. */
    private void loadDevices() {
        deviceChoices = List.of();
        if (!form.isNeedsKeyDevice() || subscriberId == null) {
            return;
        }
        try {
            deviceChoices = keyDevices.heldBy(session.requirePrincipal(), subscriberId).stream()
                    .map(KeyDevicesView.DeviceRow::of).toList();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
        if (keyDeviceId == null && deviceChoices.size() == 1) {
            keyDeviceId = deviceChoices.get(0).id();
        }
    }

    /** Ajax listener of the subscriber choice: that subscriber's certificates and devices, none chosen yet. */
    public void subscriberChanged() {
        targetCertificateId = null;
        keyDeviceId = null;
        loadCertificates();
        loadDevices();
    }

    /** The subscriber choice reloads the certificates or devices only for the forms that show them. */
    public boolean isSubscriberChoiceReloads() {
        return form.isNeedsTarget() || form.isNeedsKeyDevice();
    }

    /** "Submit" button: files and submits (the dossier is complete). */
    public String submit() {
        return file(true);
    }

    /** "Save draft" button: files a draft the filer submits later. */
    public String saveDraft() {
        return file(false);
    }

    private String file(boolean submitNow) {
        try {
            if (subscriberId == null) {
                WorkflowMessages.error("new.subscriberRequired");
                return null;
            }
            if (form.isNeedsKeyDevice() && keyDeviceId == null) {
                WorkflowMessages.error("new.deviceRequired");
                return null;
            }
            Principal who = session.requirePrincipal();
            boolean serverKeys = KEY_FROM_SERVER.equals(keySource);
            String csr = form.isNeedsKey() && !serverKeys
                    ? CsrInput.pem(csrFile == null ? null : csrFile.getContent(), csrText) : null;
            RequestForm.Target target = form.isNeedsTarget() && targetCertificateId != null
                    ? certificates.one(who, targetCertificateId).target() : null;
            RequestForm.Entered entered = new RequestForm.Entered(caName, profile, csr, serverKeys, validityDays,
                    targetCertificateId, reason, recipient, note, keyDeviceId);
            RaRequestRecord r = filing.file(who, form.command(subscriberId, entered, target, submitNow));
            WorkflowMessages.info(submitNow ? "new.submitted" : "new.saved", r.id());
            WorkflowMessages.keepOverRedirect();
            return "/requests/detail?faces-redirect=true&id=" + r.id();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
            return null;
        }
    }

    public RequestForm getForm() {
        return form;
    }

    /** The request types, in the order of the form tabs. */
    public List<String> getTypes() {
        return Arrays.stream(RaRequestType.values()).map(Enum::name).toList();
    }

    public boolean isServerKeyGeneration() {
        return KEY_FROM_SERVER.equals(keySource);
    }

    public Map<String, Long> getSubscriberChoices() {
        return subscriberChoices;
    }

    public List<CertificateChoice> getCertificateChoices() {
        return certificateChoices;
    }

    public List<KeyDevicesView.DeviceRow> getDeviceChoices() {
        return deviceChoices;
    }

    public Long getKeyDeviceId() {
        return keyDeviceId;
    }

    public void setKeyDeviceId(Long keyDeviceId) {
        this.keyDeviceId = keyDeviceId;
    }

    /** Subscriber certificate profiles (CA profiles are for CA administrators' ceremonies). */
    public List<ProfileChoice> getProfiles() {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<ProfileChoice> choices = new ArrayList<>();
        for (CertificateProfile p : context.profiles().all()) {
            if (!p.kind().isCa() && !OCSP_PROFILE.equals(p.name())) {
                choices.add(ProfileChoice.of(p, reader));
            }
        }
        choices.sort(Comparator.comparing(ProfileChoice::name));
        return choices;
    }

    /** Active subordinate CAs; none chosen: the service takes the only one. */
    public List<String> getCaNames() {
        return directory.all().stream().filter(c -> c.isActive() && c.parentCaId() != null).map(c -> c.name()).toList();
    }

    public List<String> getReasons() {
        return Arrays.stream(Decree68Reason.values()).map(Enum::name).toList();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }

    public Long getSubscriberId() {
        return subscriberId;
    }

    public void setSubscriberId(Long subscriberId) {
        this.subscriberId = subscriberId;
    }

    public String getCaName() {
        return caName;
    }

    public void setCaName(String caName) {
        this.caName = caName;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getCsrText() {
        return csrText;
    }

    public void setCsrText(String csrText) {
        this.csrText = csrText;
    }

    public UploadedFile getCsrFile() {
        return csrFile;
    }

    public void setCsrFile(UploadedFile csrFile) {
        this.csrFile = csrFile;
    }

    public Integer getValidityDays() {
        return validityDays;
    }

    public void setValidityDays(Integer validityDays) {
        this.validityDays = validityDays;
    }

    public Long getTargetCertificateId() {
        return targetCertificateId;
    }

    public void setTargetCertificateId(Long targetCertificateId) {
        this.targetCertificateId = targetCertificateId;
    }

    public String getKeySource() {
        return keySource;
    }

    public void setKeySource(String keySource) {
        this.keySource = KEY_FROM_SERVER.equals(keySource) ? KEY_FROM_SERVER : KEY_FROM_CSR;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
