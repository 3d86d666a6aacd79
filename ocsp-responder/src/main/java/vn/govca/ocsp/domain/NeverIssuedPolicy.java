package vn.govca.ocsp.domain;

/**
 * How the responder answers for a serial number its CA never issued. Either way the answer is
 * never "good" (DESIGN invariant 5).
 */
public enum NeverIssuedPolicy {
    /** {@code unknown} (RFC 6960 §2.2): the responder does not know the certificate. The default. */
    UNKNOWN,
    /**
     * {@code revoked} with reason certificateHold and revocationTime 1970-01-01T00:00:00Z, and the
     * extended-revoke extension in the response (RFC 6960 §2.2, §4.4.8), so that relying parties
     * reject a certificate forged with an unused serial.
     */
    REVOKED
}
