package vn.govca.ocsp.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.govca.pki.domain.GovCaException;

/**
 * The GET form of a request (RFC 5019 §5, RFC 6960 Appendix A.1): the DER request, base64
 * encoded, then URL-encoded, as the last path segment. Clients differ, so every common form is
 * accepted: standard base64 or base64url, with or without {@code =} padding, percent-encoded or
 * raw, and a space standing for a {@code +} that a proxy decoded as form data. Mixing the two
 * alphabets is refused.
 */
final class GetRequestEncoding {

    private GetRequestEncoding() {
    }

    static byte[] decode(String encoded, int maxRequestBytes) {
        if (encoded == null || encoded.isEmpty()) {
            throw GovCaException.malformed("OCSP GET request is empty");
        }
        int maxBase64 = 4 * ((maxRequestBytes + 2) / 3);
        if (encoded.length() > 3 * maxBase64) {
            throw new GovCaException(GovCaException.Category.TOO_LARGE, "OCSP GET request of "
                    + encoded.length() + " characters exceeds the encoding of the largest request ("
                    + maxRequestBytes + " bytes)");
        }
        String text = encoded.indexOf('%') >= 0 ? percentDecode(encoded) : encoded;
        if (text.length() > maxBase64) {
            throw new GovCaException(GovCaException.Category.TOO_LARGE, "OCSP GET request of " + text.length()
                    + " base64 characters exceeds the limit of " + maxBase64);
        }
        text = text.replace(' ', '+');
        boolean url = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
        boolean std = text.indexOf('+') >= 0 || text.indexOf('/') >= 0;
        if (url && std) {
            throw GovCaException.malformed("OCSP GET request mixes the base64 and base64url alphabets");
        }
        try {
            return (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed("OCSP GET request is not base64 or base64url text", e);
        }
    }

    private static String percentDecode(String s) {
        byte[] out = new byte[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw GovCaException.malformed("OCSP GET request has a broken percent-escape at position " + i);
                }
                out[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c > 0x7e) {
                throw GovCaException.malformed("OCSP GET request contains a non-ASCII character at position " + i);
            } else {
                out[n++] = (byte) c;
            }
        }
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }
}
