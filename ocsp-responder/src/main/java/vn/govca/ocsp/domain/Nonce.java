package vn.govca.ocsp.domain;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import vn.govca.pki.domain.GovCaException;

/**
 * The nonce of a request (RFC 6960 §4.4.1, RFC 8954), which binds a response to that one request
 * and so forbids answering it from pre-produced responses. RFC 8954 §2.1 defines
 * {@code Nonce ::= OCTET STRING (SIZE(1..32))} inside the extension value; a value outside
 * 1..{@code maxOctets} is refused (malformedRequest). A few old clients put the nonce bytes into
 * the extension value without the inner OCTET STRING; those bytes then count as the nonce.
 * The response echoes the request's extension value unchanged, marked non-critical.
 */
public final class Nonce {

    /** The largest nonce RFC 8954 §2.1 requires a responder to accept. */
    public static final int RFC8954_MAX_OCTETS = 32;

    private final byte[] value;
    private final Extension responseExtension;

    private Nonce(byte[] value, Extension responseExtension) {
        this.value = value;
        this.responseExtension = responseExtension;
    }

    /**
     * Reads the nonce of {@code extension} (id-pkix-ocsp-nonce).
     *
     * @throws GovCaException MALFORMED if the nonce is empty or longer than {@code maxOctets}
     */
    public static Nonce fromExtension(Extension extension, int maxOctets) {
        Objects.requireNonNull(extension, "extension");
        if (!OCSPObjectIdentifiers.id_pkix_ocsp_nonce.equals(extension.getExtnId())) {
            throw new IllegalArgumentException("not a nonce extension: " + extension.getExtnId());
        }
        byte[] raw = extension.getExtnValue().getOctets();
        byte[] value = innerOctets(raw);
        if (value.length < 1 || value.length > maxOctets) {
            throw GovCaException.malformed("OCSP nonce of " + value.length + " octets is outside the allowed 1.."
                    + maxOctets + " octets (RFC 8954 section 2.1)");
        }
        return new Nonce(value, new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, raw));
    }

    private static byte[] innerOctets(byte[] raw) {
        if (raw.length < 2 || raw[0] != 0x04) {
            return raw;
        }
        try {
            ASN1Primitive p = ASN1Primitive.fromByteArray(raw);
            return p instanceof ASN1OctetString s ? s.getOctets() : raw;
        } catch (IOException | RuntimeException notDer) {
            return raw;
        }
    }

    /** The nonce octets. */
    public byte[] value() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    /** The extension to put into the response: the request's value, non-critical (RFC 8954 §2.1). */
    public Extension responseExtension() {
        return responseExtension;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nonce other && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Nonce[" + value.length + " octets]";
    }
}
