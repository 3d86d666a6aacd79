package vn.govca.ocsp.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPRequest;
import org.bouncycastle.asn1.ocsp.Request;
import org.bouncycastle.asn1.ocsp.TBSRequest;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReq;
import vn.govca.pki.domain.GovCaException;

/**
 * Turns the bytes of a POST body or a decoded GET path (RFC 6960 §4.1.1, RFC 5019 §5) into an
 * {@link OcspRequest}, or refuses them with a {@link GovCaException} the responder maps to
 * {@code malformedRequest}: MALFORMED for anything that is not one well-formed DER
 * {@code OCSPRequest} (garbage, truncation, trailing bytes, version other than v1, no CertID, more
 * CertIDs than allowed, a nonce outside 1..maxNonceOctets, an unknown critical extension), and
 * TOO_LARGE above the size limit, which is checked before any parsing.
 *
 * <p>Extensions understood: nonce (RFC 8954), acceptable responses and preferred signature
 * algorithms (RFC 6960 §4.4.3, §4.4.7; accepted and ignored: the responder always sends a basic
 * response signed with its key's algorithm) and, per CertID, service locator (§4.4.6, ignored).
 * An unknown non-critical extension is ignored; an unknown critical one cannot be honoured and the
 * request is refused (RFC 5280 §4.2 semantics, which RFC 6960 §4.4 adopts). A signature on the
 * request is kept for {@link OcspRequest#signatureVerifies()} and otherwise ignored.
 *
 * <p>Thread-safe and stateless apart from its limits.
 */
public final class OcspRequestParser {

    /** The default and largest request size, 64 KiB. */
    public static final int MAX_REQUEST_BYTES = 64 * 1024;

    private static final Set<ASN1ObjectIdentifier> KNOWN_REQUEST_EXTENSIONS = Set.of(
            OCSPObjectIdentifiers.id_pkix_ocsp_nonce, OCSPObjectIdentifiers.id_pkix_ocsp_response,
            OCSPObjectIdentifiers.id_pkix_ocsp_pref_sig_algs);
    private static final Set<ASN1ObjectIdentifier> KNOWN_SINGLE_EXTENSIONS = Set.of(
            OCSPObjectIdentifiers.id_pkix_ocsp_service_locator);

    private final int maxRequestBytes;
    private final int maxCertIds;
    private final int maxNonceOctets;

    /**
     * @param maxRequestBytes largest request accepted, 1..{@link #MAX_REQUEST_BYTES}
     * @param maxCertIds      most CertIDs in one request, at least 1
     * @param maxNonceOctets  longest nonce, at least {@link Nonce#RFC8954_MAX_OCTETS}
     */
    public OcspRequestParser(int maxRequestBytes, int maxCertIds, int maxNonceOctets) {
        if (maxRequestBytes < 1 || maxRequestBytes > MAX_REQUEST_BYTES) {
            throw new IllegalArgumentException("maxRequestBytes " + maxRequestBytes + " outside 1.." + MAX_REQUEST_BYTES);
        }
        if (maxCertIds < 1) {
            throw new IllegalArgumentException("maxCertIds " + maxCertIds + " must be at least 1");
        }
        if (maxNonceOctets < Nonce.RFC8954_MAX_OCTETS) {
            throw new IllegalArgumentException("maxNonceOctets " + maxNonceOctets + " is below the "
                    + Nonce.RFC8954_MAX_OCTETS + " octets RFC 8954 requires");
        }
        this.maxRequestBytes = maxRequestBytes;
        this.maxCertIds = maxCertIds;
        this.maxNonceOctets = maxNonceOctets;
    }

    /**
     * Parses one DER {@code OCSPRequest}.
     *
     * @throws GovCaException TOO_LARGE above the size limit, MALFORMED for any other defect
     */
    public OcspRequest parse(byte[] der) {
        if (der == null || der.length == 0) {
            throw GovCaException.malformed("OCSP request is empty");
        }
        if (der.length > maxRequestBytes) {
            throw new GovCaException(GovCaException.Category.TOO_LARGE, "OCSP request of " + der.length
                    + " bytes exceeds the limit of " + maxRequestBytes + " bytes");
        }
        DerShape.check(der);
        OCSPRequest asn1;
        try {
            asn1 = OCSPRequest.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw GovCaException.malformed("OCSP request is not a DER OCSPRequest (RFC 6960 section 4.1.1): "
                    + e.getClass().getSimpleName(), e);
        }
        try {
            return read(asn1);
        } catch (GovCaException e) {
            throw e;
        } catch (RuntimeException e) {
            throw GovCaException.malformed("OCSP request has an invalid field (RFC 6960 section 4.1.1): "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Decodes the last path segment of an RFC 5019 §5 GET request: base64 (RFC 4648 §4) or
     * base64url (§5), with or without padding, percent-encoded or not.
     *
     * @throws GovCaException TOO_LARGE if the text is longer than the encoding of the largest
     *     request, MALFORMED if it is not base64
     */
    public byte[] decodeGet(String encoded) {
        return GetRequestEncoding.decode(encoded, maxRequestBytes);
    }

    private OcspRequest read(OCSPRequest asn1) {
        TBSRequest tbs = asn1.getTbsRequest();
        if (tbs.getVersion().intValueExact() != 0) {
            throw GovCaException.malformed("OCSP request version " + (tbs.getVersion().intValueExact() + 1)
                    + " is not supported; only v1 exists (RFC 6960 section 4.1.1)");
        }
        ASN1Sequence list = tbs.getRequestList();
        if (list.size() == 0) {
            throw GovCaException.malformed("OCSP request names no certificate");
        }
        if (list.size() > maxCertIds) {
            throw GovCaException.malformed("OCSP request names " + list.size()
                    + " certificates, more than the limit of " + maxCertIds);
        }
        List<RequestedCertId> ids = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Request r = Request.getInstance(list.getObjectAt(i));
            refuseUnknownCritical(r.getSingleRequestExtensions(), KNOWN_SINGLE_EXTENSIONS, "CertID");
            ids.add(RequestedCertId.of(new CertificateID(r.getReqCert())));
        }
        Extensions exts = tbs.getRequestExtensions();
        refuseUnknownCritical(exts, KNOWN_REQUEST_EXTENSIONS, "request");
        Extension nonceExt = exts == null ? null : exts.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        Nonce nonce = nonceExt == null ? null : Nonce.fromExtension(nonceExt, maxNonceOctets);
        return new OcspRequest(ids, nonce, asn1.getOptionalSignature() == null ? null : new OCSPReq(asn1));
    }

    private static void refuseUnknownCritical(Extensions exts, Set<ASN1ObjectIdentifier> known, String where) {
        if (exts == null) {
            return;
        }
        for (ASN1ObjectIdentifier oid : exts.getCriticalExtensionOIDs()) {
            if (!known.contains(oid)) {
                throw GovCaException.malformed("OCSP " + where + " extension " + oid
                        + " is critical and not understood by this responder");
            }
        }
    }
}
