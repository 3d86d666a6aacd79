package vn.govca.pki.infrastructure.cert;

import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.EmailAddress;
import vn.govca.pki.domain.name.SubjectName;

/**
 * A PKCS#10 request (RFC 2986) that decoded, carries a supported and strong key, and whose
 * signature verified with that key (proof of possession). The subject and SANs are what the
 * requester asked for; the RA decides what goes into the certificate.
 *
 * @param subject the requested subject as encoded in the CSR
 * @param dnsNames dNSName entries of a requested subjectAltName (extensionRequest)
 * @param emails rfc822Name entries of a requested subjectAltName
 * @param der the request's DER encoding
 */
public record ParsedCsr(X500Name subject, SubjectPublicKeyInfo publicKey, KeySpec keySpec,
        SignatureAlgorithm signatureAlgorithm, List<DnsName> dnsNames, List<EmailAddress> emails, byte[] der) {

    public ParsedCsr {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(keySpec, "keySpec");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        dnsNames = List.copyOf(dnsNames);
        emails = List.copyOf(emails);
        der = der.clone();
    }

    @Override
    public byte[] der() {
        return der.clone();
    }

    /**
     * The requested subject in GovCA's form.
     *
     * @throws GovCaException POLICY_VIOLATION for attributes GovCA does not issue or multi-valued
     *     RDNs; MALFORMED for bad values
     */
    public SubjectName subjectName() {
        return SubjectName.fromX500Name(subject);
    }
}
