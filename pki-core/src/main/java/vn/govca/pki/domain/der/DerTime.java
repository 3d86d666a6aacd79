package vn.govca.pki.domain.der;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.govca.pki.domain.GovCaException;

/**
 * DER encodings of the times in CRLs and OCSP responses, written directly rather than through
 * Bouncy Castle's {@code Time(Date)}, whose date formatting costs about 4 µs a call (measured) —
 * half of the CRL time budget at a million entries.
 *
 * <p>RFC 5280 §5.1.2.4 / §5.1.2.6 (by §4.1.2.5): thisUpdate, nextUpdate and revocationDate are
 * UTCTime {@code YYMMDDHHMMSSZ} through 2049 and GeneralizedTime {@code YYYYMMDDHHMMSSZ} from
 * 2050 (and before 1950); §5.3.2: invalidityDate is always GeneralizedTime. Both in UTC, with
 * seconds and without fractions; sub-second parts of an {@link Instant} are dropped.
 */
public final class DerTime {

    private static final int UTC_TIME = 0x17;
    private static final int GENERALIZED_TIME = 0x18;
    private static final long MIN_SECONDS = LocalDateTime.of(1, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long MAX_SECONDS = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    private DerTime() {
    }

    /** The RFC 5280 {@code Time} CHOICE for {@code t}: UTCTime for 1950–2049, else GeneralizedTime. */
    public static byte[] time(Instant t) {
        LocalDateTime d = utc(t);
        int year = d.getYear();
        if (year >= 1950 && year <= 2049) {
            byte[] out = new byte[15];
            out[0] = UTC_TIME;
            out[1] = 13;
            digits(out, 2, year % 100, 2);
            body(out, 4, d);
            return out;
        }
        return generalized(d);
    }

    /** A GeneralizedTime for {@code t} (RFC 5280 §5.3.2 invalidityDate). */
    public static byte[] generalizedTime(Instant t) {
        return generalized(utc(t));
    }

    /**
     * @throws GovCaException MALFORMED if {@code t} is outside years 0001–9999, which a
     *     four-digit GeneralizedTime cannot express
     */
    public static void requireEncodable(Instant t, String what) {
        long seconds = t.getEpochSecond();
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw GovCaException.malformed(what + " " + t + " is outside the years 0001-9999 a CRL time can encode");
        }
    }

    private static LocalDateTime utc(Instant t) {
        requireEncodable(t, "time");
        return LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
    }

    private static byte[] generalized(LocalDateTime d) {
        byte[] out = new byte[17];
        out[0] = GENERALIZED_TIME;
        out[1] = 15;
        digits(out, 2, d.getYear(), 4);
        body(out, 6, d);
        return out;
    }

    /** MMDDHHMMSS then 'Z' from {@code at}. */
    private static void body(byte[] out, int at, LocalDateTime d) {
        digits(out, at, d.getMonthValue(), 2);
        digits(out, at + 2, d.getDayOfMonth(), 2);
        digits(out, at + 4, d.getHour(), 2);
        digits(out, at + 6, d.getMinute(), 2);
        digits(out, at + 8, d.getSecond(), 2);
        out[at + 10] = 'Z';
    }

    private static void digits(byte[] out, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
