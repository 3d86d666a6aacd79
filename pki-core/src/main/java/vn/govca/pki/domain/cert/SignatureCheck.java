package vn.govca.pki.domain.cert;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.govca.pki.domain.GovCaException;

/**
 * The post-signing check of the issuance cycle: the JDK's own X.509 parser (independent of Bouncy
 * Castle) reads the certificate, its TBS must be the linted bytes, and its signature must verify
 * with the issuer key — so a faulty token, a wrong key or a builder bug never yields a certificate.
 */
final class SignatureCheck {

    private SignatureCheck() {
    }

    /**
     * @throws GovCaException INTERNAL if the certificate does not parse, its TBS differs from
     *     {@code lintedTbs}, or its signature does not verify with {@code issuerKey}
     */
    static SignedCertificate verify(byte[] lintedTbs, byte[] certificateDer, SubjectPublicKeyInfo issuerKey,
            SerialNumber serial) {
        X509Certificate x509;
        try {
            x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificateDer));
        } catch (CertificateException | ClassCastException e) {
            throw GovCaException.internal("signed certificate " + serial + " does not parse", e);
        }
        try {
            if (!Arrays.equals(x509.getTBSCertificate(), lintedTbs)) {
                throw GovCaException.internal("signed certificate " + serial
                        + " does not carry the linted TBS; refusing it", null);
            }
        } catch (java.security.cert.CertificateEncodingException e) {
            throw GovCaException.internal("signed certificate " + serial + " TBS cannot be read", e);
        }
        try {
            X509CertificateHolder holder = new X509CertificateHolder(certificateDer);
            if (!holder.isSignatureValid(vn.govca.pki.domain.key.SignatureVerifiers.forIssuerKey(issuerKey))) {
                throw GovCaException.internal("signature of certificate " + serial
                        + " does not verify with the issuer key; the signing key is not the issuer's", null);
            }
            return new SignedCertificate(x509, holder, certificateDer, serial);
        } catch (CertException | java.io.IOException e) {
            throw GovCaException.internal("signature of certificate " + serial + " cannot be verified", e);
        }
    }
}
