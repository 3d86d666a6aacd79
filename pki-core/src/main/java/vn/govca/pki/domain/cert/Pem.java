package vn.govca.pki.domain.cert;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * Strict PEM text encoding (RFC 7468): one block, base64 with 64-character lines, a label from
 * the caller's list. Decoding refuses anything but white space around the block and anything but
 * base64 inside it, so a truncated or corrupted upload fails as MALFORMED rather than silently.
 */
public final class Pem {

    public static final String CERTIFICATE = "CERTIFICATE";
    public static final String CERTIFICATE_REQUEST = "CERTIFICATE REQUEST";
    public static final String X509_CRL = "X509 CRL";

    private static final Pattern BLOCK = Pattern.compile(
            "\\A\\s*-----BEGIN ([A-Z0-9 ]{1,40})-----\\r?\\n([A-Za-z0-9+/=\\s]*?)-----END \\1-----\\s*\\z");

    private Pem() {
    }

    /** Encodes {@code der} as one PEM block with {@code label}. */
    public static String encode(String label, byte[] der) {
        Objects.requireNonNull(label, "label");
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
    }

    /** Whether {@code data} starts (after white space) like PEM text. */
    public static boolean looksLikePem(byte[] data) {
        int i = 0;
        while (i < data.length && Character.isWhitespace(data[i])) {
            i++;
        }
        byte[] start = "-----BEGIN ".getBytes(StandardCharsets.US_ASCII);
        if (data.length - i < start.length) {
            return false;
        }
        for (int j = 0; j < start.length; j++) {
            if (data[i + j] != start[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes one PEM block whose label is one of {@code labels}.
     *
     * @throws GovCaException MALFORMED for a missing or mismatched boundary, another label, extra
     *     blocks or bad base64
     */
    public static byte[] decode(String text, String... labels) {
        Matcher m = BLOCK.matcher(text);
        if (!m.matches()) {
            throw GovCaException.malformed("PEM text is not exactly one well-formed block (RFC 7468)");
        }
        String label = m.group(1);
        boolean known = false;
        for (String l : labels) {
            known |= l.equals(label);
        }
        if (!known) {
            throw GovCaException.malformed("PEM label '" + label + "' is not one of " + String.join(", ", labels));
        }
        String body = m.group(2).replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(body);
            if (der.length == 0) {
                throw GovCaException.malformed("PEM block '" + label + "' is empty");
            }
            return der;
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed("PEM block '" + label + "' has invalid base64", e);
        }
    }
}
