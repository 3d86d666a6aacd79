package vn.govca.pki.domain.der;

/**
 * DER tag-and-length headers (X.690 §8.1.2, §8.1.3 definite form, §10.1 shortest length) for
 * structures written around content that is already encoded: a streamed CRL's CertificateList,
 * TBSCertList and revokedCertificates SEQUENCEs, its crlExtensions [0] wrapper and signature BIT
 * STRING (RFC 5280 §5.1), whose lengths are only known as numbers; and the frame of a signed OCSP
 * response around its pre-encoded parts (RFC 6960 §4.2.1). Times are {@link DerTime}'s. Lengths are
 * {@code long}: a CRL of tens of millions of entries exceeds 2 GiB.
 */
public final class DerFraming {

    /** Universal SEQUENCE, constructed. */
    public static final int SEQUENCE = 0x30;
    /** Universal BIT STRING. */
    public static final int BIT_STRING = 0x03;
    /** Universal OCTET STRING. */
    public static final int OCTET_STRING = 0x04;
    /** Context-specific [0], constructed (explicit tagging). */
    public static final int CONTEXT_0 = 0xA0;
    /** Context-specific [1], constructed. */
    public static final int CONTEXT_1 = 0xA1;

    private DerFraming() {
    }

    /** The identifier octet {@code tag} followed by the shortest definite length of {@code contentLength}. */
    public static byte[] header(int tag, long contentLength) {
        if (contentLength < 0) {
            throw new IllegalArgumentException("negative DER length " + contentLength);
        }
        byte[] out = new byte[headerSize(contentLength)];
        out[0] = (byte) tag;
        writeLength(out, 1, contentLength);
        return out;
    }

    /** Octets of a one-octet tag plus the length field for {@code contentLength}. */
    public static int headerSize(long contentLength) {
        return 1 + lengthSize(contentLength);
    }

    /** Octets of a complete TLV with a one-octet tag and {@code contentLength} content octets. */
    public static long tlvSize(long contentLength) {
        return headerSize(contentLength) + contentLength;
    }

    /** One TLV: the identifier octet {@code tag} and the concatenation of {@code contents}, each already DER. */
    public static byte[] tlv(int tag, byte[]... contents) {
        long length = 0;
        for (byte[] c : contents) {
            length += c.length;
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("DER value of " + length + " octets does not fit in an array");
        }
        byte[] out = new byte[headerSize(length) + (int) length];
        out[0] = (byte) tag;
        int at = 1 + lengthSize(length);
        writeLength(out, 1, length);
        for (byte[] c : contents) {
            System.arraycopy(c, 0, out, at, c.length);
            at += c.length;
        }
        return out;
    }

    /** A BIT STRING with no unused bits holding {@code octets} (a signature value, RFC 5280 §5.1.1.3). */
    public static byte[] bitString(byte[] octets) {
        return tlv(BIT_STRING, NO_UNUSED_BITS, octets);
    }

    private static final byte[] NO_UNUSED_BITS = {0};

    private static int lengthSize(long length) {
        if (length < 0x80) {
            return 1;
        }
        int octets = (64 - Long.numberOfLeadingZeros(length) + 7) / 8;
        return 1 + octets;
    }

    private static void writeLength(byte[] out, int at, long length) {
        if (length < 0x80) {
            out[at] = (byte) length;
            return;
        }
        int octets = lengthSize(length) - 1;
        out[at] = (byte) (0x80 | octets);
        for (int i = 0; i < octets; i++) {
            out[at + 1 + i] = (byte) (length >>> (8 * (octets - 1 - i)));
        }
    }
}
