package vn.govca.pki.infrastructure.cert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.Pem;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.EmailAddress;

/**
 * Reads a PKCS#10 certificate request (RFC 2986), PEM (RFC 7468 §7, label
 * {@code CERTIFICATE REQUEST} or the legacy {@code NEW CERTIFICATE REQUEST}) or DER, and checks
 * it before anything else looks at it.
 *
 * <p>Error categories: TOO_LARGE above {@value #MAX_BYTES} bytes; MALFORMED when the bytes are
 * not a single complete PKCS#10 structure (garbage, truncated, trailing data, bad PEM/base64,
 * version not 0, undecodable key or SAN); POLICY_VIOLATION when it decodes but is refused: a
 * signature algorithm we do not accept (SHA-1, MD5, PSS), a weak or unsupported key, or a
 * signature that does not verify. A bad signature is a policy refusal rather than malformed input
 * because the structure is intact; what fails is the proof-of-possession rule (RFC 4211 §4 uses
 * the same notion), and the client must produce a new request with the right key.
 */
public final class CsrParser {

    /** Upper bound of an accepted request, PEM or DER. */
    public static final int MAX_BYTES = 64 * 1024;

    private CsrParser() {
    }

    /** Parses PEM text. */
    public static ParsedCsr parse(String pem) {
        if (pem == null) {
            throw GovCaException.malformed("certificate request is missing");
        }
        return parse(pem.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses PEM or DER bytes. */
    public static ParsedCsr parse(byte[] input) {
        if (input == null || input.length == 0) {
            throw GovCaException.malformed("certificate request is empty");
        }
        if (input.length > MAX_BYTES) {
            throw new GovCaException(GovCaException.Category.TOO_LARGE, "certificate request is "
                    + input.length + " bytes, larger than the limit " + MAX_BYTES + " bytes");
        }
        byte[] der = Pem.looksLikePem(input)
                ? Pem.decode(new String(input, StandardCharsets.US_ASCII), Pem.CERTIFICATE_REQUEST, "NEW CERTIFICATE REQUEST")
                : input;
        PKCS10CertificationRequest csr = decode(der);
        SignatureAlgorithm algorithm = SignatureAlgorithm.byOid(csr.getSignatureAlgorithm().getAlgorithm())
                .orElseThrow(() -> GovCaException.policy("certificate request signature algorithm "
                        + csr.getSignatureAlgorithm().getAlgorithm().getId() + " is not accepted"
                        + " (accepted: SHA-256/384/512 with RSA or ECDSA)"));
        SubjectPublicKeyInfo spki = csr.getSubjectPublicKeyInfo();
        KeySpec spec = KeySpec.of(spki);
        if (!algorithm.matches(spec)) {
            throw GovCaException.policy("certificate request is signed with " + algorithm.jcaName()
                    + " but carries a " + spec.externalName() + " key");
        }
        verify(csr, spki);
        List<DnsName> dns = new ArrayList<>();
        List<EmailAddress> emails = new ArrayList<>();
        requestedSans(csr).ifPresent(names -> sans(names, dns, emails));
        return new ParsedCsr(csr.getSubject(), spki, spec, algorithm, dns, emails, der);
    }

    private static PKCS10CertificationRequest decode(byte[] der) {
        try {
            ASN1Primitive primitive = ASN1Primitive.fromByteArray(der);
            CertificationRequest request = CertificationRequest.getInstance(primitive);
            if (request.getCertificationRequestInfo().getVersion().intValueExact() != 0) {
                throw GovCaException.malformed("certificate request version must be 0 (v1, RFC 2986 §4.1)");
            }
            return new PKCS10CertificationRequest(request);
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException
                | ArithmeticException | NullPointerException e) {
            throw GovCaException.malformed("certificate request is not a complete PKCS#10 structure (RFC 2986)", e);
        }
    }

    private static void verify(PKCS10CertificationRequest csr, SubjectPublicKeyInfo spki) {
        boolean valid;
        try {
            valid = csr.isSignatureValid(vn.govca.pki.domain.key.SignatureVerifiers.forKey(spki));
        } catch (PKCSException e) {
            valid = false;
        }
        if (!valid) {
            throw GovCaException.policy("certificate request signature does not verify with its own"
                    + " public key (no proof of possession)");
        }
    }

    private static Optional<GeneralNames> requestedSans(PKCS10CertificationRequest csr) {
        try {
            for (Attribute a : csr.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
                Extensions exts = Extensions.getInstance(a.getAttrValues().getObjectAt(0));
                Extension san = exts.getExtension(Extension.subjectAlternativeName);
                if (san != null) {
                    return Optional.of(GeneralNames.getInstance(san.getParsedValue()));
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException | ArrayIndexOutOfBoundsException e) {
            throw GovCaException.malformed("certificate request extensionRequest cannot be decoded", e);
        }
    }

    private static void sans(GeneralNames names, List<DnsName> dns, List<EmailAddress> emails) {
        for (GeneralName n : names.getNames()) {
            String value = n.getName() instanceof ASN1String s ? s.getString() : null;
            if (n.getTagNo() == GeneralName.dNSName && value != null) {
                dns.add(new DnsName(value));
            } else if (n.getTagNo() == GeneralName.rfc822Name && value != null) {
                emails.add(new EmailAddress(value));
            } else {
                throw GovCaException.policy("certificate request asks for a subjectAltName of type "
                        + n.getTagNo() + "; only dNSName and rfc822Name are issued");
            }
        }
    }
}
