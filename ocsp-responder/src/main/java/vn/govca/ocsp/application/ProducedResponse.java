package vn.govca.ocsp.application;

import java.math.BigInteger;
import java.time.Instant;
import vn.govca.ocsp.domain.CertificateStatus;

/**
 * A signed {@code OCSPResponse} and its times, as produced by {@link ResponseProducer}; pre-produced
 * ones are kept by {@link PreProducedResponses}. {@code der} is never handed out without a copy.
 *
 * @param etag              the strong HTTP entity tag (quoted), null for a response to a nonce request
 * @param credentialSerial  serial of the responder certificate that signed it, so that a renewed
 *                          certificate retires the responses of the old one
 * @param status            the status it states when it answers one CertID, else null; a fresh
 *                          pre-produced response's status is as current as its signature, so a nonce
 *                          request for the same certificate can use it instead of reading it again
 */
record ProducedResponse(byte[] der, Instant producedAt, Instant thisUpdate, Instant nextUpdate, String etag,
        BigInteger credentialSerial, CertificateStatus status) {

    ProducedResponse(byte[] der, Instant producedAt, Instant thisUpdate, Instant nextUpdate, String etag,
            BigInteger credentialSerial) {
        this(der, producedAt, thisUpdate, nextUpdate, etag, credentialSerial, null);
    }
}
