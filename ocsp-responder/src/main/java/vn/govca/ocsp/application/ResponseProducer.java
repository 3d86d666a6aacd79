package vn.govca.ocsp.application;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.ContentSigner;
import vn.govca.ocsp.domain.NeverIssuedPolicy;
import vn.govca.ocsp.domain.Nonce;
import vn.govca.ocsp.domain.ResponderCredential;
import vn.govca.ocsp.domain.ServedIssuer;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.RevocationReason;
import vn.govca.pki.domain.der.DerFraming;
import vn.govca.pki.domain.der.DerTime;

/**
 * Builds and signs one {@code BasicOCSPResponse} (RFC 6960 §4.2.1, RFC 5019 §2.2) for the CertIDs
 * of one CA with that CA's delegated responder key:
 * <ol>
 * <li>producedAt = thisUpdate = now in whole seconds; nextUpdate = thisUpdate + validity, never
 *     after the responder certificate expires;</li>
 * <li>each answer becomes good, revoked (time, reason; no reason for unspecified, as RFC 5280
 *     §5.3.1 advises) or unknown; a never-issued serial becomes unknown or — per
 *     {@link NeverIssuedPolicy#REVOKED} — revoked at 1970-01-01 for certificateHold, with the
 *     extended-revoke extension (RFC 6960 §2.2, §4.4.8);</li>
 * <li>the nonce, if any, is echoed (RFC 8954); responder ID by key hash; the responder certificate
 *     goes into {@code certs};</li>
 * <li>signed through the credential's pooled signer; pre-produced responses are parsed back and
 *     verified before they are kept (STYLE: verify after signing), per-request ones are not, to
 *     keep the per-request signing rate.</li>
 * </ol>
 * The DER is framed here around parts encoded once (responder ID, certs) or by Bouncy Castle (CertID,
 * extensions): Bouncy Castle's builder re-encoded the whole response, certificate included, on every
 * nonce request (9 % of that path's CPU, docs/benchmarks.md).
 * A responder certificate outside its validity makes the answer {@code tryLater} (UNAVAILABLE):
 * the CA must renew it.
 */
final class ResponseProducer {

    private static final byte[] NOTHING = {};
    private static final byte[] GOOD = {(byte) 0x80, 0};
    private static final byte[] UNKNOWN = {(byte) 0x82, 0};
    /** {@code responseStatus ENUMERATED successful (0)}. */
    private static final byte[] SUCCESSFUL = {0x0A, 1, 0};
    private static final byte[] ID_PKIX_OCSP_BASIC = encoded(OCSPObjectIdentifiers.id_pkix_ocsp_basic);
    /** A never-issued serial as revoked at 1970-01-01 for certificateHold (RFC 6960 §2.2). */
    private static final byte[] NEVER_ISSUED_REVOKED = DerFraming.tlv(DerFraming.CONTEXT_1,
            DerTime.generalizedTime(Instant.EPOCH), reason(CRLReason.certificateHold));

    private final Clock clock;
    private final Duration validity;
    private final NeverIssuedPolicy neverIssued;

    ResponseProducer(Clock clock, Duration validity, NeverIssuedPolicy neverIssued) {
        this.clock = clock;
        this.validity = validity;
        this.neverIssued = neverIssued;
    }

    /** Signs the answers; {@code nonce} may be null; {@code verify} checks the signature first. */
    ProducedResponse produce(ServedIssuer issuer, List<SingleAnswer> answers, Nonce nonce, boolean verify) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ResponderCredential credential = issuer.credential();
        if (!credential.isValidAt(now)) {
            throw GovCaException.unavailable("responder certificate of CA " + issuer.ca() + " (serial "
                    + credential.serial().toString(16) + ") is not valid at " + now + " (valid "
                    + credential.notBefore() + " to " + credential.notAfter() + "); the CA must renew it", null);
        }
        Instant next = now.plus(validity).truncatedTo(ChronoUnit.SECONDS);
        if (next.isAfter(credential.notAfter())) {
            next = credential.notAfter();
        }
        byte[] thisUpdate = DerTime.generalizedTime(now);
        byte[] nextUpdate = DerFraming.tlv(DerFraming.CONTEXT_0, DerTime.generalizedTime(next));
        byte[][] singles = new byte[answers.size()][];
        boolean extendedRevoke = false;
        for (int i = 0; i < singles.length; i++) {
            SingleAnswer a = answers.get(i);
            singles[i] = DerFraming.tlv(DerFraming.SEQUENCE, encoded(a.certId().certificateId().toASN1Primitive()),
                    certStatus(a.status()), thisUpdate, nextUpdate);
            extendedRevoke |= a.status().kind() == vn.govca.ocsp.domain.CertificateStatus.Kind.NEVER_ISSUED
                    && neverIssued == NeverIssuedPolicy.REVOKED;
        }
        Extensions extensions = extensions(nonce, extendedRevoke);
        byte[] tbs = DerFraming.tlv(DerFraming.SEQUENCE, credential.responderIdDer(), thisUpdate,
                DerFraming.tlv(DerFraming.SEQUENCE, singles),
                extensions == null ? NOTHING : DerFraming.tlv(DerFraming.CONTEXT_1, encoded(extensions)));
        byte[] der = credential.sign(signer -> signed(signer, tbs, credential.certsDer(), issuer));
        if (verify && !credential.verifies(parsed(der, issuer))) {
            throw GovCaException.internal("OCSP response for CA " + issuer.ca()
                    + " failed verification right after signing; not served", null);
        }
        return new ProducedResponse(der, now, now, next, nonce == null ? etag(der) : null, credential.serial(),
                answers.size() == 1 ? answers.get(0).status() : null);
    }

    /**
     * The {@code OCSPResponse}: {@code tbs} ({@code ResponseData}) signed by {@code signer} in a
     * {@code BasicOCSPResponse} with {@code certs}, as responseBytes of a successful response.
     */
    private static byte[] signed(ContentSigner signer, byte[] tbs, byte[] certs, ServedIssuer issuer) {
        try (OutputStream out = signer.getOutputStream()) {
            out.write(tbs);
        } catch (IOException e) {
            throw GovCaException.internal("cannot sign an OCSP response for CA " + issuer.ca(), e);
        }
        byte[] signature = signer.getSignature();
        byte[] basic = DerFraming.tlv(DerFraming.SEQUENCE, tbs, encoded(signer.getAlgorithmIdentifier()),
                DerFraming.bitString(signature), certs);
        return DerFraming.tlv(DerFraming.SEQUENCE, SUCCESSFUL, DerFraming.tlv(DerFraming.CONTEXT_0,
                DerFraming.tlv(DerFraming.SEQUENCE, ID_PKIX_OCSP_BASIC, DerFraming.tlv(DerFraming.OCTET_STRING, basic))));
    }

    /** {@code der} read back as Bouncy Castle reads a relying party's copy: the check before a response is kept. */
    private static BasicOCSPResp parsed(byte[] der, ServedIssuer issuer) {
        try {
            OCSPResp response = new OCSPResp(der);
            if (response.getStatus() != OCSPResp.SUCCESSFUL || !(response.getResponseObject() instanceof BasicOCSPResp b)) {
                throw GovCaException.internal("OCSP response for CA " + issuer.ca() + " is not a successful basic response", null);
            }
            return b;
        } catch (IOException | OCSPException e) {
            throw GovCaException.internal("OCSP response for CA " + issuer.ca() + " does not parse back; not served", e);
        }
    }

    /** CertStatus (RFC 6960 §4.2.1): good [0] NULL, revoked [1] RevokedInfo, unknown [2] NULL, implicitly tagged. */
    private byte[] certStatus(vn.govca.ocsp.domain.CertificateStatus status) {
        switch (status.kind()) {
            case GOOD:
                return GOOD;
            case REVOKED:
                Instant time = status.revocationTime().orElseThrow().truncatedTo(ChronoUnit.SECONDS);
                RevocationReason reason = status.reason().orElseThrow();
                return DerFraming.tlv(DerFraming.CONTEXT_1, DerTime.generalizedTime(time),
                        reason == RevocationReason.UNSPECIFIED ? NOTHING : reason(reason.code()));
            default:
                return neverIssued == NeverIssuedPolicy.REVOKED ? NEVER_ISSUED_REVOKED : UNKNOWN;
        }
    }

    /** {@code revocationReason [0] EXPLICIT CRLReason} (an ENUMERATED). */
    private static byte[] reason(int code) {
        return DerFraming.tlv(DerFraming.CONTEXT_0, encoded(CRLReason.lookup(code)));
    }

    private static byte[] encoded(ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw GovCaException.internal("cannot DER-encode " + value.getClass().getSimpleName(), e);
        }
    }

    private static Extensions extensions(Nonce nonce, boolean extendedRevoke) {
        List<Extension> list = new ArrayList<>(2);
        if (nonce != null) {
            list.add(nonce.responseExtension());
        }
        if (extendedRevoke) {
            try {
                list.add(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_extended_revoke, false,
                        DERNull.INSTANCE.getEncoded()));
            } catch (IOException e) {
                throw GovCaException.internal("cannot encode NULL", e);
            }
        }
        return list.isEmpty() ? null : new Extensions(list.toArray(new Extension[0]));
    }

    /** A strong ETag: the first 128 bits of the response's SHA-256, base64url, quoted. */
    static String etag(byte[] der) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(der);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(h, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
