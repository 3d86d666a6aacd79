package vn.govca.pki.domain.cert;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.lint.IssuerFacts;
import vn.govca.pki.domain.cert.lint.KeyIdentifierLint;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;

/**
 * The issuing CA as certificate building sees it: its certificate (or none, for a self-signed
 * root, whose issuer is the subject itself), the signature algorithm its key signs with (written
 * into the TBS {@code signature} field, RFC 5280 §4.1.2.3, before the key is asked to sign), and
 * its publication points for CRL DP / AIA. No key material: signing happens later with a
 * {@code ContentSigner} from the CA's token.
 */
public final class IssuerContext {

    private final X509CertificateHolder certificate;
    private final SignatureAlgorithm signatureAlgorithm;
    private final PublicationPoints publicationPoints;

    private IssuerContext(X509CertificateHolder certificate, SignatureAlgorithm signatureAlgorithm,
            PublicationPoints publicationPoints) {
        this.certificate = certificate;
        this.signatureAlgorithm = Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        this.publicationPoints = publicationPoints;
    }

    /**
     * An issuing CA with a certificate.
     *
     * @param publicationPoints where this CA publishes; {@code null} only if no profile used with
     *     it asks for CRL DP or AIA (the lints refuse otherwise)
     * @throws GovCaException POLICY_VIOLATION if the certificate is not a CA certificate (cA and
     *     keyCertSign, RFC 5280 §4.2.1.9/§4.2.1.3) or its key cannot make {@code signatureAlgorithm}
     */
    public static IssuerContext of(X509CertificateHolder issuerCertificate, SignatureAlgorithm signatureAlgorithm,
            PublicationPoints publicationPoints) {
        Objects.requireNonNull(issuerCertificate, "issuerCertificate");
        BasicConstraints bc = BasicConstraints.fromExtensions(issuerCertificate.getExtensions());
        KeyUsage ku = KeyUsage.fromExtensions(issuerCertificate.getExtensions());
        if (bc == null || !bc.isCA() || ku == null || !ku.hasUsages(KeyUsage.keyCertSign)) {
            throw GovCaException.policy("issuer certificate " + issuerCertificate.getSubject()
                    + " is not a CA certificate (needs basicConstraints cA and keyCertSign)");
        }
        checkAlgorithm(issuerCertificate.getSubjectPublicKeyInfo(), signatureAlgorithm);
        return new IssuerContext(issuerCertificate, signatureAlgorithm, publicationPoints);
    }

    /** As {@link #of(X509CertificateHolder, SignatureAlgorithm, PublicationPoints)}, from a JCA certificate. */
    public static IssuerContext of(X509Certificate issuerCertificate, SignatureAlgorithm signatureAlgorithm,
            PublicationPoints publicationPoints) {
        try {
            return of(new X509CertificateHolder(issuerCertificate.getEncoded()), signatureAlgorithm, publicationPoints);
        } catch (CertificateEncodingException | IOException e) {
            throw GovCaException.malformed("issuer certificate cannot be encoded", e);
        }
    }

    /**
     * A self-signed root: the subject key signs its own certificate. The algorithm is checked
     * against the subject key when the certificate is prepared.
     */
    public static IssuerContext selfSigned(SignatureAlgorithm signatureAlgorithm) {
        return new IssuerContext(null, signatureAlgorithm, null);
    }

    static void checkAlgorithm(SubjectPublicKeyInfo key, SignatureAlgorithm algorithm) {
        KeySpec spec = KeySpec.of(key);
        if (!algorithm.matches(spec)) {
            throw GovCaException.policy("signature algorithm " + algorithm.jcaName()
                    + " does not fit the issuer key " + spec.externalName());
        }
    }

    public boolean isSelfSigned() {
        return certificate == null;
    }

    /** The issuer certificate; empty for a self-signed root. */
    public Optional<X509CertificateHolder> certificate() {
        return Optional.ofNullable(certificate);
    }

    public SignatureAlgorithm signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public Optional<PublicationPoints> publicationPoints() {
        return Optional.ofNullable(publicationPoints);
    }

    /** The key that will verify the signature: the issuer's, or the subject's own for a root. */
    SubjectPublicKeyInfo verificationKey(SubjectPublicKeyInfo subjectKey) {
        return certificate == null ? subjectKey : certificate.getSubjectPublicKeyInfo();
    }

    /** The issuer name to write: the issuer certificate's subject, exactly as encoded there. */
    X500Name issuerName(X500Name subject) {
        return certificate == null ? subject : certificate.getSubject();
    }

    /** The issuer key identifier: the issuer's SKI if it has one, else method (1) over its key. */
    byte[] keyIdentifier(SubjectPublicKeyInfo subjectKey) {
        if (certificate != null) {
            SubjectKeyIdentifier ski = SubjectKeyIdentifier.fromExtensions(certificate.getExtensions());
            if (ski != null) {
                return ski.getKeyIdentifier();
            }
        }
        return KeyIdentifierLint.keyIdentifier(verificationKey(subjectKey));
    }

    IssuerFacts facts(X500Name subject, SubjectPublicKeyInfo subjectKey) {
        if (certificate == null) {
            return IssuerFacts.selfSigned(subject, keyIdentifier(subjectKey), subjectKey);
        }
        return new IssuerFacts(certificate.getSubject(), keyIdentifier(subjectKey),
                certificate.getSubjectPublicKeyInfo(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), false);
    }
}
