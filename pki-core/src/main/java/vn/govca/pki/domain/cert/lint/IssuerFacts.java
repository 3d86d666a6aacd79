package vn.govca.pki.domain.cert.lint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * What the lints need to know about the issuer: its name (the issuer field must equal it byte
 * for byte, RFC 5280 §4.1.2.4), its key identifier (for the AKI, §4.2.1.1) and public key, and
 * its validity (a certificate must not outlive its issuer). For a self-signed certificate the
 * validity is absent.
 */
public record IssuerFacts(X500Name subject, byte[] keyIdentifier, SubjectPublicKeyInfo publicKey,
        Instant notBefore, Instant notAfter, boolean selfSigned) {

    public IssuerFacts {
        Objects.requireNonNull(subject, "subject");
        keyIdentifier = Objects.requireNonNull(keyIdentifier, "keyIdentifier").clone();
        Objects.requireNonNull(publicKey, "publicKey");
        if (!selfSigned) {
            Objects.requireNonNull(notBefore, "notBefore");
            Objects.requireNonNull(notAfter, "notAfter");
        }
    }

    /** Facts for a self-signed certificate: the subject is its own issuer. */
    public static IssuerFacts selfSigned(X500Name subject, byte[] keyIdentifier, SubjectPublicKeyInfo publicKey) {
        return new IssuerFacts(subject, keyIdentifier, publicKey, null, null, true);
    }

    @Override
    public byte[] keyIdentifier() {
        return keyIdentifier.clone();
    }

    public Optional<Instant> validFrom() {
        return Optional.ofNullable(notBefore);
    }

    public Optional<Instant> validUntil() {
        return Optional.ofNullable(notAfter);
    }
}
