package vn.govca.ca.interfaces.faces.ra;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import vn.govca.ca.application.ra.FileRequest;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.RaRequestType;

/**
 * The form of one request type (Decree 68/2024 Art. 6 services; forms 01, 04, 05, 06): which fields
 * the page shows and which of them the filed {@link FileRequest} carries. A field the type does not
 * use is never sent, even when the reader filled it before switching type, so that what reviewers
 * see is exactly the dossier of that type. {@code RequestFiling} still checks everything.
 */
public record RequestForm(RaRequestType type) implements Serializable {

    /** The certificates a request of each type can act on; a hint, the CA services decide. */
    private static final Set<CertificateStatus> IN_USE = EnumSet.of(CertificateStatus.ACTIVE);
    private static final Set<CertificateStatus> REVOCABLE = EnumSet.of(CertificateStatus.ACTIVE,
            CertificateStatus.ON_HOLD);
    private static final Set<CertificateStatus> SUSPENDED = EnumSet.of(CertificateStatus.ON_HOLD);

    /** What the reader entered on the form, whatever the type. */
    public record Entered(String caName, String profile, String csrPem, boolean serverKeyGeneration,
                          Integer validityDays, Long targetCertificateId, String reason, String recipient,
                          String note, Long keyDeviceId) {
    }

    /** The certificate a request acts on, as far as a new certificate inherits from it. */
    public record Target(long id, String caName, String profile) {
    }

    /** The form named by a page parameter; absent or unknown: new issuance, the usual request. */
    static RequestForm of(String typeName) {
        for (RaRequestType t : RaRequestType.values()) {
            if (t.name().equals(typeName)) {
                return new RequestForm(t);
            }
        }
        return new RequestForm(RaRequestType.NEW_ISSUANCE);
    }

    public String getName() {
        return type.name();
    }

    /** Only a new issuance chooses profile and CA; a renewal or change keeps those of its certificate. */
    public boolean isChoosesProfile() {
        return type == RaRequestType.NEW_ISSUANCE;
    }

    /** A new key: the subscriber's CSR or a key the CA server generates. */
    public boolean isNeedsKey() {
        return type.issuesCertificate();
    }

    public boolean isNeedsTarget() {
        return type.needsTargetCertificate();
    }

    /** The Decree 68 Art. 17 case; a suspension is always certificateHold (RFC 5280 §5.3.1). */
    public boolean isNeedsReason() {
        return type == RaRequestType.REVOCATION;
    }

    /** Form 06 names the key storage device to restore, one of those the subscriber holds. */
    public boolean isNeedsKeyDevice() {
        return type == RaRequestType.TOKEN_RESTORE;
    }

    /** Who receives the token: the new certificate's, or the restored device. */
    public boolean isNeedsRecipient() {
        return type.issuesCertificate() || type == RaRequestType.TOKEN_RESTORE;
    }

    /** Whether a certificate in {@code status} is offered as this request's target. */
    boolean offers(CertificateStatus status) {
        Set<CertificateStatus> fit = switch (type) {
            case REVOCATION -> REVOCABLE;
            case REINSTATEMENT -> SUSPENDED;
            case RENEWAL, CHANGE_OF_INFORMATION, SUSPENSION -> IN_USE;
            default -> EnumSet.noneOf(CertificateStatus.class);
        };
        return fit.contains(status);
    }

    /**
     * The request to file. {@code target} is the chosen certificate when the type needs one (null
     * when none was chosen: the service says so); a renewal or change of information is issued by
     * the target's CA under its profile.
     */
    FileRequest command(long subscriberId, Entered in, Target target, boolean submit) {
        String caName = null;
        String profile = null;
        if (isChoosesProfile()) {
            caName = blankToNull(in.caName());
            profile = blankToNull(in.profile());
        } else if (type.issuesCertificate() && target != null) {
            caName = target.caName();
            profile = target.profile();
        }
        boolean serverKeys = isNeedsKey() && in.serverKeyGeneration();
        String csr = isNeedsKey() && !serverKeys ? in.csrPem() : null;
        return new FileRequest(type, subscriberId, caName, profile, csr,
                isNeedsTarget() ? in.targetCertificateId() : null, isNeedsReason() ? in.reason() : null,
                isNeedsKey() ? in.validityDays() : null, isNeedsRecipient() ? in.recipient() : null, in.note(), submit,
                serverKeys, isNeedsKeyDevice() ? in.keyDeviceId() : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
