package vn.govca.ca.infrastructure.crl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.Time;
import vn.govca.pki.domain.GovCaException;

/**
 * Reads the header and extensions of a DER CRL file in one pass and in constant memory, without
 * parsing its entries (a CRL of millions of entries is skipped over), while hashing every octet.
 * The entries are skipped by their DER length: RFC 5280 §5.1 fixes the TBSCertList order
 * version, signature, issuer, thisUpdate, nextUpdate, revokedCertificates, crlExtensions [0].
 */
final class CrlFileReader {

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int UTC_TIME = 0x17;
    private static final int GENERALIZED_TIME = 0x18;
    private static final int EXTENSIONS = 0xA0;
    private static final int MAX_SMALL_ELEMENT = 64 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final MessageDigest sha256;
    private final byte[] buffer = new byte[BUFFER];
    private long position;

    private CrlFileReader(InputStream in) {
        this.in = new BufferedInputStream(in, BUFFER);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Reads {@code in} to its end (not closed), which must be the file with attributes {@code file}.
     *
     * @throws GovCaException MALFORMED if it is not a DER CRL with a CRL number and a nextUpdate
     */
    static CrlFileInfo read(InputStream in, BasicFileAttributes file) throws IOException {
        return new CrlFileReader(in).read(file);
    }

    private CrlFileInfo read(BasicFileAttributes file) throws IOException {
        long outer = header(SEQUENCE, "CertificateList");
        long outerEnd = position + outer;
        long tbsEnd = header(SEQUENCE, "tbsCertList") + position;
        if (peek() == INTEGER) {
            skip(header(INTEGER, "version"));
        }
        skip(header(SEQUENCE, "signature"));
        skip(header(SEQUENCE, "issuer"));
        Instant thisUpdate = time("thisUpdate");
        Instant nextUpdate = position < tbsEnd && isTime(peek()) ? time("nextUpdate") : null;
        if (position < tbsEnd && peek() == SEQUENCE) {
            skip(header(SEQUENCE, "revokedCertificates"));
        }
        Extensions extensions = position < tbsEnd && peek() == EXTENSIONS ? extensions() : null;
        if (position != tbsEnd) {
            throw GovCaException.malformed("tbsCertList ends at octet " + position + ", not at " + tbsEnd);
        }
        skip(outerEnd - position);
        if (in.read() >= 0 || position != file.size()) {
            throw GovCaException.malformed("CRL file of " + file.size() + " octets does not end with its"
                    + " CertificateList of " + position + " octets");
        }
        BigInteger number = integer(extensions, Extension.cRLNumber);
        if (number == null || nextUpdate == null) {
            throw GovCaException.malformed("CRL has no CRL number or no nextUpdate (RFC 5280 §5.2.3, §5.1.2.5)");
        }
        return new CrlFileInfo(number, integer(extensions, Extension.deltaCRLIndicator), thisUpdate, nextUpdate,
                file.size(), HexFormat.of().formatHex(sha256.digest()), file.fileKey(), file.lastModifiedTime());
    }

    private Extensions extensions() throws IOException {
        byte[] tlv = element(EXTENSIONS, "crlExtensions");
        try {
            ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(ASN1Primitive.fromByteArray(tlv));
            return Extensions.getInstance(tagged.getExplicitBaseObject());
        } catch (IOException | IllegalArgumentException e) {
            throw GovCaException.malformed("crlExtensions do not parse", e);
        }
    }

    private static BigInteger integer(Extensions extensions, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        if (extensions == null || extensions.getExtension(oid) == null) {
            return null;
        }
        try {
            return ASN1Integer.getInstance(extensions.getExtensionParsedValue(oid)).getPositiveValue();
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed("extension " + oid + " is not an INTEGER", e);
        }
    }

    private Instant time(String what) throws IOException {
        int tag = peek();
        if (!isTime(tag)) {
            throw GovCaException.malformed(what + " is not a UTCTime or GeneralizedTime");
        }
        byte[] tlv = element(tag, what);
        try {
            return Time.getInstance(ASN1Primitive.fromByteArray(tlv)).getDate().toInstant();
        } catch (IOException | IllegalArgumentException e) {
            throw GovCaException.malformed(what + " does not parse", e);
        }
    }

    private static boolean isTime(int tag) {
        return tag == UTC_TIME || tag == GENERALIZED_TIME;
    }

    /** A whole small element (header and content) with the expected tag. */
    private byte[] element(int tag, String what) throws IOException {
        byte[] head = new byte[10];
        int headLength = 0;
        head[headLength++] = (byte) octet();
        if ((head[0] & 0xFF) != tag) {
            throw GovCaException.malformed(what + ": tag 0x" + Integer.toHexString(head[0] & 0xFF));
        }
        int first = octet();
        head[headLength++] = (byte) first;
        long length = first;
        if (first >= 0x80) {
            int octets = first & 0x7F;
            if (octets == 0 || octets > 4) {
                throw GovCaException.malformed(what + ": length form 0x" + Integer.toHexString(first) + " is not DER");
            }
            length = 0;
            for (int i = 0; i < octets; i++) {
                int b = octet();
                head[headLength++] = (byte) b;
                length = (length << 8) | b;
            }
        }
        if (length > MAX_SMALL_ELEMENT) {
            throw GovCaException.malformed(what + " of " + length + " octets exceeds " + MAX_SMALL_ELEMENT);
        }
        byte[] out = new byte[headLength + (int) length];
        System.arraycopy(head, 0, out, 0, headLength);
        readFully(out, headLength, (int) length, what);
        return out;
    }

    /** Reads a header with the expected tag; returns its content length. */
    private long header(int tag, String what) throws IOException {
        int t = octet();
        if (t != tag) {
            throw GovCaException.malformed(what + ": expected tag 0x" + Integer.toHexString(tag) + ", found 0x"
                    + Integer.toHexString(t));
        }
        int first = octet();
        if (first < 0x80) {
            return first;
        }
        int octets = first & 0x7F;
        if (octets == 0 || octets > 7) {
            throw GovCaException.malformed(what + ": length form 0x" + Integer.toHexString(first) + " is not DER");
        }
        long length = 0;
        for (int i = 0; i < octets; i++) {
            length = (length << 8) | octet();
        }
        return length;
    }

    private int peek() throws IOException {
        in.mark(1);
        int b = in.read();
        in.reset();
        if (b < 0) {
            throw GovCaException.malformed("CRL is truncated at octet " + position);
        }
        return b;
    }

    private int octet() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw GovCaException.malformed("CRL is truncated at octet " + position);
        }
        sha256.update((byte) b);
        position++;
        return b;
    }

    /** Skips {@code length} octets, hashing them. */
    private void skip(long length) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw GovCaException.malformed("CRL is truncated at octet " + position);
            }
            sha256.update(buffer, 0, n);
            position += n;
            left -= n;
        }
    }

    private void readFully(byte[] out, int offset, int length, String what) throws IOException {
        int n = in.readNBytes(out, offset, length);
        if (n != length) {
            throw GovCaException.malformed(what + " is truncated");
        }
        sha256.update(out, offset, length);
        position += length;
    }
}
