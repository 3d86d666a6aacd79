package vn.govca.crl.infrastructure;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import vn.govca.pki.domain.GovCaException;

/**
 * Reads DER headers and contents from a stream without parsing more than asked, so a large CRL
 * can be walked (and its TBSCertList hashed) in constant memory. Only single-octet tags and
 * definite lengths, as DER has in a CRL (X.690 §10.1).
 */
final class DerInput {

    /** A tag, its content length and the raw header octets. */
    record Header(int tag, long length, byte[] raw) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[EntrySpool.BUFFER];

    DerInput(InputStream in) {
        this.in = new BufferedInputStream(in, EntrySpool.BUFFER);
    }

    /** The next octet, without consuming it. */
    int peekOctet() throws IOException {
        in.mark(1);
        int b = readOctet();
        in.reset();
        return b;
    }

    /**
     * @throws GovCaException MALFORMED on a multi-octet tag, an indefinite or over-long length,
     *     or a tag other than {@code expectedTag}
     */
    Header readHeader(int expectedTag, String what) throws IOException {
        int tag = readOctet();
        if (tag != expectedTag) {
            throw GovCaException.malformed(what + ": expected tag 0x" + Integer.toHexString(expectedTag)
                    + ", found 0x" + Integer.toHexString(tag));
        }
        int first = readOctet();
        if (first < 0x80) {
            return new Header(tag, first, new byte[] {(byte) tag, (byte) first});
        }
        int octets = first & 0x7F;
        if (octets == 0 || octets > 7) {
            throw GovCaException.malformed(what + ": length form 0x" + Integer.toHexString(first) + " is not DER");
        }
        byte[] raw = new byte[2 + octets];
        raw[0] = (byte) tag;
        raw[1] = (byte) first;
        long length = 0;
        for (int i = 0; i < octets; i++) {
            int b = readOctet();
            raw[2 + i] = (byte) b;
            length = (length << 8) | b;
        }
        return new Header(tag, length, raw);
    }

    /**
     * The next {@code length} octets.
     *
     * @throws GovCaException MALFORMED if {@code length} exceeds {@code limit}
     */
    byte[] readContent(long length, int limit, String what) throws IOException {
        if (length > limit) {
            throw GovCaException.malformed(what + " of " + length + " octets exceeds " + limit);
        }
        byte[] out = in.readNBytes((int) length);
        if (out.length != length) {
            throw truncated(what);
        }
        return out;
    }

    /** Copies the next {@code length} octets to {@code sink}. */
    void copy(long length, OutputStream sink, String what) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw truncated(what);
            }
            sink.write(buffer, 0, n);
            left -= n;
        }
    }

    boolean atEnd() throws IOException {
        return in.read() < 0;
    }

    private int readOctet() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw truncated("DER header");
        }
        return b;
    }

    private static GovCaException truncated(String what) {
        return GovCaException.malformed(what + " is truncated", new EOFException());
    }
}
