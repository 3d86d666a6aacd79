package vn.govca.ocsp.domain;

/**
 * The {@code OCSPResponseStatus} values of RFC 6960 §4.2.1. Every status except
 * {@link #SUCCESSFUL} is sent as an unsigned response without a body ({@link #unsuccessfulDer()}),
 * which is how the responder reports bad input or its own faults (DESIGN invariant 7: the
 * protocol's own error form, never an HTTP 500).
 */
public enum OcspResponseStatus {
    /** Response has valid confirmations. */
    SUCCESSFUL(0),
    /** Illegal confirmation request: unparsable, too large, too many CertIDs, bad nonce. */
    MALFORMED_REQUEST(1),
    /** Internal error in issuer: a fault of ours. */
    INTERNAL_ERROR(2),
    /** Try again later: the status store or the responder key is unavailable now. */
    TRY_LATER(3),
    /** Must sign the request (only when signed requests are required). */
    SIG_REQUIRED(5),
    /** Request unauthorized: an issuer this responder does not answer for (RFC 5019 §2.2.3). */
    UNAUTHORIZED(6);

    private final int code;

    OcspResponseStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /**
     * The complete DER {@code OCSPResponse} for this status without {@code responseBytes}:
     * {@code SEQUENCE { ENUMERATED code }}.
     *
     * @throws IllegalStateException for {@link #SUCCESSFUL}, which always has a body
     */
    public byte[] unsuccessfulDer() {
        if (this == SUCCESSFUL) {
            throw new IllegalStateException("a successful OCSP response carries a signed body");
        }
        return new byte[] {0x30, 0x03, 0x0A, 0x01, (byte) code};
    }
}
