package vn.govca.crl.domain;

import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;

/**
 * The CA that signs a CRL, as the CRL names it: its subject as the CRL issuer (RFC 5280
 * §5.1.2.3, byte-for-byte the certificate's subject so that name chaining matches), its subject
 * key identifier as the CRL's authority key identifier (§5.2.1), and its public key, with which
 * the writer checks every signature before the CRL is handed out (STYLE "After signing, verify
 * the signature before anything leaves the CA"). Holds no private key.
 */
public final class CrlIssuer {

    private final X500Name name;
    private final byte[] keyIdentifier;
    private final SubjectPublicKeyInfo publicKey;
    private final SignatureAlgorithm signatureAlgorithm;

    /**
     * @throws GovCaException MALFORMED if the key identifier is empty or the key cannot be
     *     decoded; POLICY_VIOLATION if the key is not a supported one or the algorithm does not fit it
     */
    public CrlIssuer(X500Name name, byte[] keyIdentifier, SubjectPublicKeyInfo publicKey,
            SignatureAlgorithm signatureAlgorithm) {
        this.name = Objects.requireNonNull(name, "name");
        this.keyIdentifier = Objects.requireNonNull(keyIdentifier, "keyIdentifier").clone();
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        this.signatureAlgorithm = Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        if (this.keyIdentifier.length == 0) {
            throw GovCaException.malformed("CRL issuer " + name + " has an empty key identifier");
        }
        KeySpec key = KeySpec.of(publicKey);
        if (!signatureAlgorithm.matches(key)) {
            throw GovCaException.policy("signature algorithm " + signatureAlgorithm.jcaName()
                    + " does not fit the " + key.externalName() + " key of CRL issuer " + name);
        }
    }

    /**
     * The issuer described by its CA certificate.
     *
     * @throws GovCaException MALFORMED if the certificate has no subject key identifier (RFC 5280
     *     §4.2.1.2 requires one in CA certificates); POLICY_VIOLATION if it is not a CA
     *     certificate, its key usage lacks cRLSign (§4.2.1.3) or the algorithm does not fit its key
     */
    public static CrlIssuer of(X509CertificateHolder caCertificate, SignatureAlgorithm signatureAlgorithm) {
        X500Name subject = caCertificate.getSubject();
        Extensions extensions = caCertificate.getExtensions();
        BasicConstraints basic = extensions == null ? null : BasicConstraints.fromExtensions(extensions);
        if (basic == null || !basic.isCA()) {
            throw GovCaException.policy("certificate " + subject + " is not a CA certificate (basicConstraints cA)");
        }
        SubjectKeyIdentifier ski = SubjectKeyIdentifier.fromExtensions(extensions);
        if (ski == null) {
            throw GovCaException.malformed("CA certificate " + subject
                    + " has no subjectKeyIdentifier, which the CRL's authorityKeyIdentifier must name");
        }
        KeyUsage usage = KeyUsage.fromExtensions(extensions);
        if (usage != null && !usage.hasUsages(KeyUsage.cRLSign)) {
            throw GovCaException.policy("CA certificate " + subject
                    + " has a keyUsage without cRLSign (RFC 5280 §4.2.1.3); it cannot sign CRLs");
        }
        return new CrlIssuer(subject, ski.getKeyIdentifier(), caCertificate.getSubjectPublicKeyInfo(),
                signatureAlgorithm);
    }

    public X500Name name() {
        return name;
    }

    /** The key identifier the CRL's authorityKeyIdentifier carries (a copy). */
    public byte[] keyIdentifier() {
        return keyIdentifier.clone();
    }

    public SubjectPublicKeyInfo publicKey() {
        return publicKey;
    }

    public SignatureAlgorithm signatureAlgorithm() {
        return signatureAlgorithm;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrlIssuer other && name.equals(other.name)
                && Arrays.equals(keyIdentifier, other.keyIdentifier) && publicKey.equals(other.publicKey)
                && signatureAlgorithm == other.signatureAlgorithm;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(keyIdentifier), signatureAlgorithm);
    }

    @Override
    public String toString() {
        return "CrlIssuer[" + name + ", " + signatureAlgorithm.jcaName() + "]";
    }
}
