package vn.govca.pki.domain.cert;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * A certificate serial number (số hiệu chứng thư), RFC 5280 §4.1.2.2: a positive integer whose
 * DER encoding is at most 20 octets. New serials come from {@link #random(SecureRandom)}: 159
 * bits from a CSPRNG (20 octets with the top bit cleared, so the DER INTEGER needs no leading
 * zero octet), never a sequence; uniqueness per CA is the database's job.
 *
 * <p>Canonical text form ({@link #hex()}, stored in the database): lower-case hexadecimal
 * without leading zeros and without separators, e.g. {@code 1f3a…}. {@link #fromHex(String)}
 * also accepts upper case, leading zeros and {@code :} separators (as openssl prints them).
 */
public record SerialNumber(BigInteger value) {

    /** RFC 5280 §4.1.2.2 upper bound of the DER INTEGER content. */
    public static final int MAX_OCTETS = 20;
    private static final int MAX_BITS = MAX_OCTETS * 8 - 1;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,64}");

    public SerialNumber {
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0) {
            throw GovCaException.malformed("serial number must be positive, got " + value);
        }
        if (value.bitLength() > MAX_BITS) {
            throw GovCaException.malformed("serial number needs " + value.toByteArray().length
                    + " octets, more than the limit " + MAX_OCTETS);
        }
    }

    /** A fresh serial of 159 random bits (20 octets, first bit cleared, never zero). */
    public static SerialNumber random(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] bytes = new byte[MAX_OCTETS];
        BigInteger v;
        do {
            random.nextBytes(bytes);
            bytes[0] &= 0x7F;
            v = new BigInteger(1, bytes);
        } while (v.signum() == 0);
        return new SerialNumber(v);
    }

    /**
     * Parses hexadecimal text: upper or lower case, optional leading zeros, optional {@code :}
     * between octets.
     *
     * @throws GovCaException MALFORMED for anything else or a value out of range
     */
    public static SerialNumber fromHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        String digits = hex.replace(":", "");
        if (!HEX.matcher(digits).matches()) {
            throw GovCaException.malformed("serial number '" + (hex.length() > 80 ? hex.substring(0, 80) + "..." : hex)
                    + "' is not hexadecimal (1-64 hex digits, optional ':' separators)");
        }
        return new SerialNumber(new BigInteger(digits, 16));
    }

    /** Canonical form: lower-case hex, no leading zeros, no separators. */
    public String hex() {
        return value.toString(16).toLowerCase(Locale.ROOT);
    }

    /** The DER INTEGER content octets (two's complement, minimal). */
    public byte[] octets() {
        return value.toByteArray();
    }

    @Override
    public String toString() {
        return hex();
    }
}
