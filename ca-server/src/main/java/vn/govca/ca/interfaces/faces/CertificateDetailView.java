package vn.govca.ca.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.certificates.CertificateQueries;
import vn.govca.ca.application.issuance.CertificateIssuanceService;
import vn.govca.ca.application.revocation.RevocationService;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.Pem;
import vn.govca.pki.domain.cert.RevocationReason;

/**
 * Certificate detail page ({@code detail.xhtml?ca=…&serial=…}): the decoded certificate, its
 * status, downloads (PEM, DER, PEM chain up to the root) and revocation with an RFC 5280 §5.3.1
 * reason. Reading goes through {@link CertificateQueries}, revoking through
 * {@link RevocationService}; both decide who may (DESIGN invariant 8) and their refusals are shown
 * as messages. Downloads and revocation are POSTs of this view (view state: CSRF token).
 */
@Named
@ViewScoped
public class CertificateDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateQueries queries;

    @Inject
    RevocationService revocation;

    @Inject
    CertificateIssuanceService issuance;

    @Inject
    CaDirectory directory;

    @Inject
    RaSession session;

    private String ca;
    private String serial;
    private String reason = RevocationReason.UNSPECIFIED.rfcName();
    private CertificateRow row;
    private Integer revocationReason;
    private Instant revocationTime;
    private DecodedCertificate decoded;
    private byte[] der;

    /** View action: reads the certificate named by the view parameters. */
    public void load() {
        try {
            show(queries.bySerial(session.requirePrincipal(), ca, serial));
        } catch (GovCaException e) {
            UiMessages.refused(e);
            row = null;
        }
    }

    private void show(CertificateRecord rec) {
        row = CertificateRow.of(rec, ca);
        der = rec.der();
        revocationReason = rec.revocationReason();
        revocationTime = rec.revocationTime();
        decoded = DecodedCertificate.decode(der);
    }

    /** Revokes (or suspends, for certificateHold) with the chosen reason; the service decides if allowed. */
    public void revoke() {
        try {
            show(revocation.revoke(session.requirePrincipal(), ca, serial, reason, null));
            UiMessages.info("detail.revoked", row.status());
        } catch (GovCaException e) {
            UiMessages.refused(e);
        }
    }

    public void downloadPem() {
        Downloads.send("application/x-pem-file", row.serial() + ".pem", Pem.encode("CERTIFICATE", der)
                .getBytes(StandardCharsets.US_ASCII));
    }

    public void downloadDer() {
        Downloads.send("application/pkix-cert", row.serial() + ".cer", der);
    }

    /** The certificate, then its issuing CA up to the root, PEM. */
    public void downloadChain() {
        StringBuilder pem = new StringBuilder(Pem.encode("CERTIFICATE", der));
        for (byte[] c : issuance.chain(directory.find(ca))) {
            pem.append(Pem.encode("CERTIFICATE", c));
        }
        Downloads.send("application/x-pem-file", row.serial() + "-chain.pem", pem.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** RFC 5280 reasons a certificate may be revoked with (removeFromCRL is for delta CRLs only). */
    public List<String> getReasons() {
        return Arrays.stream(RevocationReason.values()).map(RevocationReason::rfcName).toList();
    }

    public boolean isFound() {
        return row != null;
    }

    /** A certificate whose status can still change (the service refuses what is not allowed). */
    public boolean isChangeable() {
        return row != null && !"FAILED".equals(row.status()) && !"RESERVED".equals(row.status());
    }

    public String getRevocationReasonName() {
        return revocationReason == null ? "" : RevocationReason.ofCode(revocationReason).rfcName();
    }

    public Instant getRevocationTime() {
        return revocationTime;
    }

    public CertificateRow getRow() {
        return row;
    }

    public DecodedCertificate getDecoded() {
        return decoded;
    }

    public String getCa() {
        return ca;
    }

    public void setCa(String ca) {
        this.ca = ca;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
