package vn.govca.ocsp.domain;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * The request almost every relying party sends (RFC 5019 §2.1): one CertID, no nonce or other
 * extension, no requestor name, no signature, version v1 left to its DEFAULT — read straight from
 * the DER, for the look-up of a pre-produced response. Bouncy Castle's parser ({@link
 * OcspRequestParser}) costs several times more than the cached answer it leads to, and this shape
 * needs only a walk over six nested elements.
 *
 * <p>It reads a strict subset of what {@link OcspRequestParser} accepts, and reads it to the same
 * values: anything else — another shape, a hash algorithm this responder does not know, parameters
 * other than NULL, a non-minimal INTEGER, a constructed OCTET STRING, a long-form length that is
 * not minimal, trailing bytes — is {@link Optional#empty()}, and the full parser decides (it may
 * still accept it). {@code PlainCertIdRequestTest} checks the agreement on generated and mutated
 * requests. Stateless and thread-safe.
 */
public record PlainCertIdRequest(IssuerHashKey issuer, boolean parametersAbsent, BigInteger serial) {

    private static final int SEQUENCE = 0x30;
    private static final int OCTET_STRING = 0x04;
    private static final int INTEGER = 0x02;
    private static final int OBJECT_IDENTIFIER = 0x06;
    private static final int NULL = 0x05;
    /** Once: {@code values()} copies the array on every call. */
    private static final CertIdHashAlgorithm[] ALGORITHMS = CertIdHashAlgorithm.values();
    private static final byte[][] OIDS = oidEncodings();

    /**
     * The request if {@code der} has the plain shape and is within {@code maxRequestBytes};
     * empty otherwise (then {@link OcspRequestParser#parse} answers it). Never throws.
     */
    public static Optional<PlainCertIdRequest> read(byte[] der, int maxRequestBytes) {
        if (der == null || der.length == 0 || der.length > maxRequestBytes) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new Reader(der).request());
        } catch (IOException notPlain) {
            return Optional.empty();
        }
    }

    /** A cursor over one request's bytes; any deviation from the plain shape is an IOException. */
    private static final class Reader {

        private static final IOException NOT_PLAIN = new IOException("not the plain one-CertID shape");

        private final byte[] d;
        private int off;

        Reader(byte[] d) {
            this.d = d;
        }

        /**
         * Walks the whole shape first and builds the values only once it is plain: a request with
         * a nonce (the common non-plain one) costs a walk, not hashes and a serial thrown away.
         */
        PlainCertIdRequest request() throws IOException {
            int ocspRequestEnd = enter(SEQUENCE);
            int tbsEnd = enter(SEQUENCE);
            int listEnd = enter(SEQUENCE);
            int requestEnd = enter(SEQUENCE);
            int certIdEnd = enter(SEQUENCE);
            int algorithmEnd = enter(SEQUENCE);
            CertIdHashAlgorithm algorithm = algorithm(expect(OBJECT_IDENTIFIER));
            boolean parametersAbsent = off == algorithmEnd;
            if (!parametersAbsent && expect(NULL) != 0) {
                throw NOT_PLAIN;
            }
            leave(algorithmEnd);
            int nameHashLength = expect(OCTET_STRING);
            int nameHash = skip(nameHashLength);
            int keyHashLength = expect(OCTET_STRING);
            int keyHash = skip(keyHashLength);
            int serialLength = expect(INTEGER);
            int serial = skip(minimalInteger(serialLength));
            leave(certIdEnd);
            leave(requestEnd);
            leave(listEnd);
            leave(tbsEnd);
            leave(ocspRequestEnd);
            if (off != d.length) {
                throw NOT_PLAIN;
            }
            return new PlainCertIdRequest(new IssuerHashKey(algorithm,
                    Arrays.copyOfRange(d, nameHash, nameHash + nameHashLength),
                    Arrays.copyOfRange(d, keyHash, keyHash + keyHashLength)),
                    parametersAbsent, new BigInteger(d, serial, serialLength));
        }

        /** Enters a constructed element with tag {@code tag}; returns the offset after it. */
        private int enter(int tag) throws IOException {
            int length = expect(tag);
            return off + length;
        }

        /** Reads the tag and length of an element with tag {@code tag}; returns its length. */
        private int expect(int tag) throws IOException {
            if (off >= d.length || (d[off] & 0xff) != tag) {
                throw NOT_PLAIN;
            }
            off++;
            int length = length();
            if (length > d.length - off) {
                throw NOT_PLAIN;
            }
            return length;
        }

        /** A DER length: short form, or the minimal one- or two-octet long form. */
        private int length() throws IOException {
            if (off >= d.length) {
                throw NOT_PLAIN;
            }
            int first = d[off++] & 0xff;
            if (first < 0x80) {
                return first;
            }
            if (first == 0x81 && off < d.length && (d[off] & 0xff) >= 0x80) {
                return d[off++] & 0xff;
            }
            if (first == 0x82 && off + 1 < d.length && (d[off] & 0xff) != 0) {
                int length = ((d[off] & 0xff) << 8) | (d[off + 1] & 0xff);
                off += 2;
                return length;
            }
            throw NOT_PLAIN;
        }

        private void leave(int end) throws IOException {
            if (off != end) {
                throw NOT_PLAIN;
            }
        }

        private CertIdHashAlgorithm algorithm(int length) throws IOException {
            for (int i = 0; i < OIDS.length; i++) {
                byte[] oid = OIDS[i];
                if (oid.length == length && Arrays.equals(d, off, off + length, oid, 0, length)) {
                    off += length;
                    return ALGORITHMS[i];
                }
            }
            throw NOT_PLAIN; // unknown or unsupported hash: the full parser answers it
        }

        /** Steps over {@code length} content octets; returns where they start. */
        private int skip(int length) {
            int start = off;
            off += length;
            return start;
        }

        /** {@code length} if the INTEGER here is minimally encoded, as Bouncy Castle requires. */
        private int minimalInteger(int length) throws IOException {
            if (length == 0 || length > 1 && (d[off] == 0 && d[off + 1] >= 0 || d[off] == -1 && d[off + 1] < 0)) {
                throw NOT_PLAIN;
            }
            return length;
        }
    }

    /** The content octets of each hash algorithm's OID, in {@link CertIdHashAlgorithm} order. */
    private static byte[][] oidEncodings() {
        byte[][] oids = new byte[ALGORITHMS.length][];
        for (int i = 0; i < ALGORITHMS.length; i++) {
            try {
                byte[] encoded = ALGORITHMS[i].oid().getEncoded();
                oids[i] = Arrays.copyOfRange(encoded, 2, encoded.length); // tag 06 and a short length
            } catch (IOException e) {
                throw new IllegalStateException("cannot encode " + ALGORITHMS[i].oid(), e);
            }
        }
        return oids;
    }
}
