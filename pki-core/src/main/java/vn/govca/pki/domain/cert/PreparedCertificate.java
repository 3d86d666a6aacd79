package vn.govca.pki.domain.cert;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.ContentSigner;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.profile.CertificateProfile;

/**
 * A to-be-signed certificate that passed every lint. Only {@link CertificateBuilder#prepare}
 * creates one (the constructor is package-private), so holding one proves the content was linted
 * (DESIGN invariant 2). The caller stores {@link #tbsDer()} and {@link #serial()} in the database,
 * then calls {@link #sign(ContentSigner)} exactly once (invariant 1: store before sign).
 */
public final class PreparedCertificate {

    private final byte[] tbsDer;
    private final SerialNumber serial;
    private final CertificateProfile profile;
    private final SignatureAlgorithm signatureAlgorithm;
    private final SubjectPublicKeyInfo verificationKey;
    private final X500Name subject;
    private final Instant notBefore;
    private final Instant notAfter;
    private final AtomicBoolean signed = new AtomicBoolean();

    PreparedCertificate(byte[] tbsDer, SerialNumber serial, CertificateProfile profile,
            SignatureAlgorithm signatureAlgorithm, SubjectPublicKeyInfo verificationKey, X500Name subject,
            Instant notBefore, Instant notAfter) {
        this.tbsDer = tbsDer.clone();
        this.serial = serial;
        this.profile = profile;
        this.signatureAlgorithm = signatureAlgorithm;
        this.verificationKey = verificationKey;
        this.subject = subject;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
    }

    /** The linted TBSCertificate, DER; what the database stores before signing. */
    public byte[] tbsDer() {
        return tbsDer.clone();
    }

    public SerialNumber serial() {
        return serial;
    }

    public CertificateProfile profile() {
        return profile;
    }

    /** The algorithm in the TBS; the signer passed to {@link #sign} must produce exactly it. */
    public SignatureAlgorithm signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public X500Name subject() {
        return subject;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    /**
     * Signs the linted TBS, assembles the certificate, and checks it before returning: the
     * signature verifies with the issuer's public key and the certificate's TBS is byte for byte
     * the linted one (STYLE: "after signing, verify the signature before anything leaves the CA").
     *
     * @throws GovCaException CONFLICT on a second call (single use); INTERNAL if the signer's
     *     algorithm differs from the TBS or the result fails verification (e.g. the token key is not
     *     the issuer certificate's key); UNAVAILABLE if the signer fails
     */
    public SignedCertificate sign(ContentSigner signer) {
        if (!signed.compareAndSet(false, true)) {
            throw GovCaException.conflict("prepared certificate " + serial + " has already been signed;"
                    + " a prepared certificate is single-use");
        }
        if (!signatureAlgorithm.algorithmIdentifier().equals(signer.getAlgorithmIdentifier())) {
            throw GovCaException.internal("signer algorithm " + signer.getAlgorithmIdentifier().getAlgorithm()
                    + " differs from the prepared certificate's " + signatureAlgorithm.jcaName(), null);
        }
        byte[] signature = signatureOf(signer);
        byte[] der;
        try {
            ASN1EncodableVector v = new ASN1EncodableVector(3);
            v.add(ASN1Primitive.fromByteArray(tbsDer));
            v.add(signatureAlgorithm.algorithmIdentifier());
            v.add(new DERBitString(signature));
            der = new DERSequence(v).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw GovCaException.internal("signed certificate cannot be encoded", e);
        }
        return SignatureCheck.verify(tbsDer, der, verificationKey, serial);
    }

    private byte[] signatureOf(ContentSigner signer) {
        try {
            try (OutputStream out = signer.getOutputStream()) {
                out.write(tbsDer);
            }
            return signer.getSignature();
        } catch (GovCaException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw GovCaException.unavailable("the CA key could not sign certificate " + serial, e);
        }
    }
}
