package vn.govca.ocsp.domain;

import java.security.cert.CertificateException;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * A parsed OCSP request (RFC 6960 §4.1.1): the CertIDs asked about, in request order, the nonce if
 * any, and whether the client signed it. Made only by {@link OcspRequestParser}, which has already
 * enforced the size, count and nonce limits.
 */
public final class OcspRequest {

    private static final System.Logger LOG = System.getLogger(OcspRequest.class.getName());

    private final List<RequestedCertId> certIds;
    private final Nonce nonce;
    private final OCSPReq signedRequest;

    OcspRequest(List<RequestedCertId> certIds, Nonce nonce, OCSPReq signedRequest) {
        this.certIds = List.copyOf(certIds);
        this.nonce = nonce;
        this.signedRequest = signedRequest;
        if (this.certIds.isEmpty()) {
            throw new IllegalArgumentException("an OCSP request names at least one certificate");
        }
    }

    /** The CertIDs in request order (duplicates kept: each gets its own SingleResponse). */
    public List<RequestedCertId> certIds() {
        return certIds;
    }

    public Optional<Nonce> nonce() {
        return Optional.ofNullable(nonce);
    }

    /** Whether the request carries an {@code optionalSignature} (RFC 6960 §4.1.2). */
    public boolean signed() {
        return signedRequest != null;
    }

    /**
     * Whether the request is signed and the signature verifies with the first certificate the
     * request carries. This proves possession of that certificate's key only; whether the
     * requestor is trusted is a separate decision.
     */
    public boolean signatureVerifies() {
        if (signedRequest == null) {
            return false;
        }
        X509CertificateHolder[] certs = signedRequest.getCerts();
        if (certs.length == 0) {
            return false;
        }
        try {
            return signedRequest.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .setProvider(BouncyCastle.provider()).build(certs[0]));
        } catch (OCSPException | OperatorCreationException | CertificateException | RuntimeException badSignature) {
            LOG.log(System.Logger.Level.DEBUG, "OCSP request signature cannot be verified", badSignature);
            return false;
        }
    }

    @Override
    public String toString() {
        return "OcspRequest[" + certIds.size() + " CertIDs" + (nonce == null ? "" : ", " + nonce)
                + (signedRequest == null ? "" : ", signed") + "]";
    }
}
