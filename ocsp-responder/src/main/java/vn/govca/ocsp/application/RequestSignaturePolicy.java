package vn.govca.ocsp.application;

/**
 * What the responder does with signatures on requests (RFC 6960 §4.1.2: optional). Relying
 * parties in the field almost never sign, so the default accepts every request.
 */
public enum RequestSignaturePolicy {
    /** Accept signed and unsigned requests alike; the signature is not checked. The default. */
    IGNORE,
    /**
     * Answer unsigned requests with {@code sigRequired} and requests whose signature does not
     * verify with the first certificate they carry with {@code unauthorized}. The requestor's
     * certificate is not validated against a trust anchor.
     */
    REQUIRE
}
