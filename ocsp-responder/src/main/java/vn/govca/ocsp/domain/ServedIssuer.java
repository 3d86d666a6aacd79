package vn.govca.ocsp.domain;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import vn.govca.pki.domain.GovCaException;

/**
 * One CA the responder answers for: its certificate, the CertID issuer hashes of that certificate
 * for every supported hash algorithm (RFC 6960 §4.1.1), precomputed so that matching a request is
 * a map look-up, and the delegated responder credential that signs its answers.
 *
 * <p>The constructor checks that the responder certificate was issued directly by this CA
 * (RFC 6960 §4.2.2.2: a delegated responder's certificate is issued by the CA that issued the
 * certificate in question): the issuer name matches and the CA's key verifies its signature.
 */
public final class ServedIssuer {

    private final CaRef ca;
    private final X509CertificateHolder certificate;
    private final ResponderCredential credential;
    private final Map<CertIdHashAlgorithm, IssuerHashKey> hashKeys;

    /**
     * @throws GovCaException POLICY_VIOLATION if {@code caCertificate} is not a CA certificate or
     *     did not issue the responder certificate
     */
    public ServedIssuer(CaRef ca, X509CertificateHolder caCertificate, ResponderCredential credential) {
        this.ca = Objects.requireNonNull(ca, "ca");
        this.certificate = Objects.requireNonNull(caCertificate, "caCertificate");
        this.credential = Objects.requireNonNull(credential, "credential");
        BasicConstraints bc = BasicConstraints.fromExtensions(caCertificate.getExtensions());
        if (bc == null || !bc.isCA()) {
            throw GovCaException.policy("certificate " + caCertificate.getSubject() + " of CA " + ca
                    + " is not a CA certificate");
        }
        checkIssued(credential.certificate());
        Map<CertIdHashAlgorithm, IssuerHashKey> keys = new EnumMap<>(CertIdHashAlgorithm.class);
        for (CertIdHashAlgorithm a : CertIdHashAlgorithm.values()) {
            keys.put(a, hashKey(caCertificate, a));
        }
        this.hashKeys = Collections.unmodifiableMap(keys);
    }

    private void checkIssued(X509CertificateHolder responder) {
        boolean signed;
        try {
            signed = responder.getIssuer().equals(certificate.getSubject()) && responder.isSignatureValid(
                    new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.provider()).build(certificate));
        } catch (CertException | OperatorCreationException | CertificateException e) {
            throw GovCaException.policy("cannot check that CA " + ca + " issued responder certificate "
                    + responder.getSubject() + ": " + e.getMessage());
        }
        if (!signed) {
            throw GovCaException.policy("responder certificate " + responder.getSubject() + " (issuer "
                    + responder.getIssuer() + ") was not issued by CA " + ca + " (" + certificate.getSubject()
                    + "); RFC 6960 section 4.2.2.2 requires the CA itself to delegate");
        }
    }

    /**
     * The CertID issuer hashes of {@code caCertificate} under {@code algorithm}: the hash of the
     * subject name's encoding as it appears in the certificate, and of the subjectPublicKey bits.
     */
    public static IssuerHashKey hashKey(X509CertificateHolder caCertificate, CertIdHashAlgorithm algorithm) {
        byte[] name;
        try {
            name = caCertificate.toASN1Structure().getSubject().getEncoded();
        } catch (IOException e) {
            throw GovCaException.internal("cannot encode the subject of " + caCertificate.getSubject(), e);
        }
        byte[] key = caCertificate.getSubjectPublicKeyInfo().getPublicKeyData().getBytes();
        return new IssuerHashKey(algorithm, algorithm.digest(name), algorithm.digest(key));
    }

    /** The same CA with a renewed responder credential. */
    public ServedIssuer withCredential(ResponderCredential renewed) {
        return new ServedIssuer(ca, certificate, renewed);
    }

    public CaRef ca() {
        return ca;
    }

    public X509CertificateHolder certificate() {
        return certificate;
    }

    public ResponderCredential credential() {
        return credential;
    }

    /** The issuer hashes for every supported algorithm. */
    public Collection<IssuerHashKey> hashKeys() {
        return hashKeys.values();
    }

    public IssuerHashKey hashKey(CertIdHashAlgorithm algorithm) {
        return hashKeys.get(algorithm);
    }

    @Override
    public String toString() {
        return "ServedIssuer[" + ca + ", " + certificate.getSubject() + ", " + credential + "]";
    }
}
