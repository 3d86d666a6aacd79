package vn.govca.ocsp.domain;

import vn.govca.pki.domain.GovCaException;

/**
 * A cheap structural check of untrusted DER before Bouncy Castle parses it: exactly one element
 * spanning the input, definite lengths only (RFC 6960 §4 requests are DER), every length within
 * its parent, and at most {@link #MAX_DEPTH} nested constructed elements. Without it, deeply nested
 * indefinite-length input drives Bouncy Castle's recursive parser into a StackOverflowError — a
 * crash instead of {@code malformedRequest} (DESIGN invariant 7). Primitive contents (e.g. an
 * extension's OCTET STRING) are not descended into.
 */
final class DerShape {

    /** Far above the deepest legitimate request (a signed request with certificates is about 12). */
    static final int MAX_DEPTH = 32;

    private DerShape() {
    }

    /** @throws GovCaException MALFORMED describing the first defect */
    static void check(byte[] der) {
        int end = element(der, 0, der.length, 0);
        if (end != der.length) {
            throw GovCaException.malformed("OCSP request has " + (der.length - end)
                    + " bytes after its DER structure");
        }
    }

    /** Checks the element at {@code off} within {@code limit}; returns the offset after it. */
    private static int element(byte[] d, int off, int limit, int depth) {
        int tag = d[off++] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            int n = 0;
            while (off < limit && (d[off] & 0x80) != 0) {
                off++;
                if (++n > 4) {
                    throw malformed("a tag number longer than 4 octets", off);
                }
            }
            off++;
        }
        if (off >= limit) {
            throw malformed("a truncated element", off);
        }
        int first = d[off++] & 0xff;
        long length;
        if (first < 0x80) {
            length = first;
        } else if (first == 0x80) {
            throw malformed("an indefinite length, which DER forbids", off - 1);
        } else {
            int n = first & 0x7f;
            if (n > 4 || off + n > limit) {
                throw malformed("an impossible length", off - 1);
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (d[off++] & 0xff);
            }
        }
        if (length > limit - off) {
            throw malformed("an element longer than its container (" + length + " bytes)", off);
        }
        int end = off + (int) length;
        if ((tag & 0x20) != 0) {
            if (depth + 1 > MAX_DEPTH) {
                throw malformed("more than " + MAX_DEPTH + " nested elements", off);
            }
            while (off < end) {
                off = element(d, off, end, depth + 1);
            }
        }
        return end;
    }

    private static GovCaException malformed(String what, int offset) {
        return GovCaException.malformed("OCSP request is not DER: " + what + " at byte " + offset);
    }
}
