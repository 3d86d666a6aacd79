package vn.govca.crl.domain;

import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.der.DerFraming;
import vn.govca.pki.domain.der.DerTime;

/**
 * DER of one revokedCertificates element (RFC 5280 §5.1.2.6), built for one entry at a time so
 * that a CRL of millions of entries never holds more than one:
 * <pre>
 * SEQUENCE { userCertificate INTEGER, revocationDate Time, crlEntryExtensions Extensions OPTIONAL }
 * </pre>
 * Entry extensions, non-critical, in this order: reasonCode (§5.3.1) and invalidityDate (§5.3.2,
 * GeneralizedTime). The reason code unspecified (0) is left out, as §5.3.1 recommends ("the
 * reason code CRL entry extension SHOULD be absent instead of using the unspecified (0)
 * reasonCode value") and as Bouncy Castle's CRL builder does; every other code, including
 * certificateHold (6) and removeFromCRL (8), is written. An entry without extensions has no
 * crlEntryExtensions field. The extensions are Bouncy Castle ASN.1 objects (those of the reason
 * codes made once); the frame, serial and times are written directly (see {@link DerTime}).
 */
public final class CrlEntryEncoder {

    private static final int INTEGER = 0x02;
    private static final Extension[] REASON = new Extension[RevokedEntry.AA_COMPROMISE + 1];
    private static final byte[][] REASON_ONLY = new byte[RevokedEntry.AA_COMPROMISE + 1][];

    static {
        for (int code = 1; code <= RevokedEntry.AA_COMPROMISE; code++) {
            if (code != 7) {
                REASON[code] = CrlExtensions.extension(Extension.reasonCode, false, CRLReason.lookup(code));
                REASON_ONLY[code] = CrlExtensions.der(new Extensions(REASON[code]));
            }
        }
    }

    private final boolean delta;

    /** An encoder for the entries of a delta CRL ({@code true}) or of a full CRL. */
    public CrlEntryEncoder(boolean delta) {
        this.delta = delta;
    }

    /**
     * @throws GovCaException MALFORMED if a removeFromCRL entry is meant for a full CRL (RFC 5280
     *     §5.3.1: removeFromCRL only appears in delta CRLs)
     */
    public byte[] encode(RevokedEntry entry) {
        if (entry.removeFromCrl() && !delta) {
            throw GovCaException.malformed("removeFromCRL entry " + entry.serial().toString(16)
                    + " can only be listed in a delta CRL (RFC 5280 §5.3.1)");
        }
        byte[] serial = entry.serial().toByteArray();
        byte[] time = DerTime.time(entry.revocationTime());
        byte[] extensions = extensions(entry);
        int content = 2 + serial.length + time.length + extensions.length;
        byte[] head = DerFraming.header(DerFraming.SEQUENCE, content);
        byte[] out = new byte[head.length + content];
        int at = head.length;
        System.arraycopy(head, 0, out, 0, at);
        out[at++] = INTEGER;
        out[at++] = (byte) serial.length;
        System.arraycopy(serial, 0, out, at, serial.length);
        at += serial.length;
        System.arraycopy(time, 0, out, at, time.length);
        at += time.length;
        System.arraycopy(extensions, 0, out, at, extensions.length);
        return out;
    }

    private static byte[] extensions(RevokedEntry entry) {
        int code = entry.reasonCode();
        if (entry.invalidityDate() == null) {
            return code == RevokedEntry.UNSPECIFIED ? new byte[0] : REASON_ONLY[code];
        }
        Extension invalidity = new Extension(Extension.invalidityDate, false,
                DerTime.generalizedTime(entry.invalidityDate()));
        Extension[] list = code == RevokedEntry.UNSPECIFIED
                ? new Extension[] {invalidity}
                : new Extension[] {REASON[code], invalidity};
        return CrlExtensions.der(new Extensions(list));
    }
}
