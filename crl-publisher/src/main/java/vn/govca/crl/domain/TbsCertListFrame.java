package vn.govca.crl.domain;

import java.io.ByteArrayOutputStream;
import vn.govca.pki.domain.der.DerFraming;
import vn.govca.pki.domain.der.DerTime;

/**
 * The parts of a TBSCertList (RFC 5280 §5.1.2) around its revokedCertificates, for a writer that
 * streams the entries instead of building the structure in memory. Once the number and total DER
 * length of the entries are known, the TBSCertList is exactly
 * {@link #header()} ‖ entries ‖ {@link #trailer()}:
 * <pre>
 * header  = SEQUENCE-header(tbsCertList) version(v2) signature issuer thisUpdate nextUpdate
 *           [SEQUENCE-header(revokedCertificates)]
 * trailer = [0] { crlExtensions }
 * </pre>
 * The version is v2 (INTEGER 1, §5.1.2.1: required with extensions); the signature field repeats
 * the issuer's algorithm (§5.1.2.2); with no entries the revokedCertificates field is absent
 * altogether (§5.1.2.6), not an empty SEQUENCE.
 */
public final class TbsCertListFrame {

    private static final byte[] VERSION_2 = {0x02, 0x01, 0x01};

    private final byte[] header;
    private final byte[] trailer;
    private final long tbsLength;

    private TbsCertListFrame(byte[] header, byte[] trailer, long tbsLength) {
        this.header = header;
        this.trailer = trailer;
        this.tbsLength = tbsLength;
    }

    /**
     * @param entryCount how many entries follow the header
     * @param entriesLength the total DER length of those entries
     */
    public static TbsCertListFrame of(CrlSpec spec, long entryCount, long entriesLength) {
        if (entryCount < 0 || entriesLength < 0 || (entryCount == 0) != (entriesLength == 0)) {
            throw new IllegalArgumentException(entryCount + " entries cannot take " + entriesLength + " octets");
        }
        byte[] fixed = concat(VERSION_2,
                CrlExtensions.der(spec.issuer().signatureAlgorithm().algorithmIdentifier()),
                CrlExtensions.der(spec.issuer().name()),
                DerTime.time(spec.thisUpdate()),
                DerTime.time(spec.nextUpdate()));
        byte[] extensions = CrlExtensions.encode(spec);
        byte[] trailer = concat(DerFraming.header(DerFraming.CONTEXT_0, extensions.length), extensions);
        byte[] revokedHeader = entryCount == 0 ? new byte[0] : DerFraming.header(DerFraming.SEQUENCE, entriesLength);
        long content = fixed.length + revokedHeader.length + entriesLength + trailer.length;
        byte[] header = concat(DerFraming.header(DerFraming.SEQUENCE, content), fixed, revokedHeader);
        return new TbsCertListFrame(header, trailer, DerFraming.tlvSize(content));
    }

    /** The TBSCertList's header up to (and including) the revokedCertificates header. */
    public byte[] header() {
        return header.clone();
    }

    /** The crlExtensions field that closes the TBSCertList. */
    public byte[] trailer() {
        return trailer.clone();
    }

    /** The length of the whole TBSCertList TLV. */
    public long tbsLength() {
        return tbsLength;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
