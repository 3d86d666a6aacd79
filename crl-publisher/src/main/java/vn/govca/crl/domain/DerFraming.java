package vn.govca.crl.domain;

/**
 * DER tag-and-length headers (X.690 §8.1.2, §8.1.3 definite form, §10.1 shortest length) for
 * the few structures a streamed CRL writes around content whose length is only known as a number:
 * the CertificateList and TBSCertList SEQUENCEs, the revokedCertificates SEQUENCE, the
 * crlExtensions [0] wrapper and the signature BIT STRING (RFC 5280 §5.1). Lengths are
 * {@code long}: a CRL of tens of millions of entries exceeds 2 GiB.
 */
public final class DerFraming {

    /** Universal SEQUENCE, constructed. */
    public static final int SEQUENCE = 0x30;
    /** Universal BIT STRING. */
    public static final int BIT_STRING = 0x03;
    /** Context-specific [0], constructed (explicit tagging). */
    public static final int CONTEXT_0 = 0xA0;

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

    /** A BIT STRING with no unused bits holding {@code octets} (a signature value, RFC 5280 §5.1.1.3). */
    public static byte[] bitString(byte[] octets) {
        byte[] head = header(BIT_STRING, octets.length + 1L);
        byte[] out = new byte[head.length + 1 + octets.length];
        System.arraycopy(head, 0, out, 0, head.length);
        out[head.length] = 0;
        System.arraycopy(octets, 0, out, head.length + 1, octets.length);
        return out;
    }

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
