package vn.govca.ca.interfaces.faces.ra;

import java.nio.charset.StandardCharsets;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.Pem;

/**
 * The CSR of a request form as PEM, from an uploaded file (PEM or DER, RFC 2986) or pasted text;
 * the upload wins when both are given. The request services parse and verify it.
 */
final class CsrInput {

    /** Larger than any CSR the CA accepts (CsrParser's 64 KiB), so the parser says what is wrong. */
    static final int MAX_BYTES = 64 * 1024;

    private CsrInput() {
    }

    /** PEM text of the CSR, or null when neither an upload nor a paste was given. */
    static String pem(byte[] uploaded, String pasted) {
        if (uploaded != null && uploaded.length > 0) {
            if (uploaded.length > MAX_BYTES) {
                throw new GovCaException(GovCaException.Category.TOO_LARGE, "the CSR file has " + uploaded.length
                        + " bytes; at most " + MAX_BYTES + " bytes");
            }
            return Pem.looksLikePem(uploaded) ? new String(uploaded, StandardCharsets.US_ASCII)
                    : Pem.encode(Pem.CERTIFICATE_REQUEST, uploaded);
        }
        return pasted == null || pasted.isBlank() ? null : pasted.trim() + "\n";
    }
}
