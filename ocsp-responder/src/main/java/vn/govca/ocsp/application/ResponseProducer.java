package vn.govca.ocsp.application;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.RevokedInfo;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import vn.govca.ocsp.domain.NeverIssuedPolicy;
import vn.govca.ocsp.domain.Nonce;
import vn.govca.ocsp.domain.ResponderCredential;
import vn.govca.pki.domain.cert.RevocationReason;
import vn.govca.ocsp.domain.ServedIssuer;
import vn.govca.pki.domain.GovCaException;

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
 * <li>signed through the credential's pooled signer; pre-produced responses are verified before
 *     they are kept (STYLE: verify after signing), per-request ones are not, to keep the
 *     per-request signing rate.</li>
 * </ol>
 * A responder certificate outside its validity makes the answer {@code tryLater} (UNAVAILABLE):
 * the CA must renew it.
 */
final class ResponseProducer {

    private static final Date NEVER_ISSUED_REVOCATION_TIME = Date.from(Instant.EPOCH);

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
        Instant next = now.plus(validity);
        if (next.isAfter(credential.notAfter())) {
            next = credential.notAfter();
        }
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(credential.responderId());
        Date thisUpdate = Date.from(now);
        Date nextUpdate = Date.from(next);
        boolean extendedRevoke = false;
        for (SingleAnswer a : answers) {
            builder.addResponse(a.certId().certificateId(), toAsn1(a.status()), thisUpdate, nextUpdate, null);
            extendedRevoke |= a.status().kind() == vn.govca.ocsp.domain.CertificateStatus.Kind.NEVER_ISSUED
                    && neverIssued == NeverIssuedPolicy.REVOKED;
        }
        builder.setResponseExtensions(extensions(nonce, extendedRevoke));
        BasicOCSPResp basic = credential.sign(signer -> {
            try {
                return builder.build(signer, credential.chain(), thisUpdate);
            } catch (OCSPException e) {
                throw GovCaException.internal("cannot sign an OCSP response for CA " + issuer.ca(), e);
            }
        });
        if (verify && !credential.verifies(basic)) {
            throw GovCaException.internal("OCSP response for CA " + issuer.ca()
                    + " failed verification right after signing; not served", null);
        }
        byte[] der = encode(basic);
        return new ProducedResponse(der, now, now, next, nonce == null ? etag(der) : null, credential.serial(),
                answers.size() == 1 ? answers.get(0).status() : null);
    }

    private CertificateStatus toAsn1(vn.govca.ocsp.domain.CertificateStatus status) {
        switch (status.kind()) {
            case GOOD:
                return CertificateStatus.GOOD;
            case REVOKED:
                Date time = Date.from(status.revocationTime().orElseThrow().truncatedTo(ChronoUnit.SECONDS));
                RevocationReason reason = status.reason().orElseThrow();
                return reason == RevocationReason.UNSPECIFIED
                        ? new RevokedStatus(new RevokedInfo(new ASN1GeneralizedTime(time), null))
                        : new RevokedStatus(time, reason.code());
            default:
                return neverIssued == NeverIssuedPolicy.REVOKED
                        ? new RevokedStatus(NEVER_ISSUED_REVOCATION_TIME, CRLReason.certificateHold)
                        : new UnknownStatus();
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

    private static byte[] encode(BasicOCSPResp basic) {
        try {
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (OCSPException | IOException e) {
            throw GovCaException.internal("cannot encode an OCSP response", e);
        }
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
