package vn.govca.pki.domain.cert;

import java.security.cert.X509Certificate;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A certificate that was signed from a linted {@link PreparedCertificate} and verified: its
 * signature checks out with the issuer key and its TBS is the linted one. The database stores
 * {@link #der()}.
 */
public final class SignedCertificate {

    private final X509Certificate certificate;
    private final X509CertificateHolder holder;
    private final byte[] der;
    private final SerialNumber serial;

    SignedCertificate(X509Certificate certificate, X509CertificateHolder holder, byte[] der, SerialNumber serial) {
        this.certificate = certificate;
        this.holder = holder;
        this.der = der.clone();
        this.serial = serial;
    }

    /** The certificate as the JDK parsed it. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificate as Bouncy Castle sees it. */
    public X509CertificateHolder holder() {
        return holder;
    }

    /** The DER encoding. */
    public byte[] der() {
        return der.clone();
    }

    public SerialNumber serial() {
        return serial;
    }

    /** PEM (RFC 7468 §5) with the label CERTIFICATE. */
    public String pem() {
        return Pem.encode(Pem.CERTIFICATE, der);
    }
}
