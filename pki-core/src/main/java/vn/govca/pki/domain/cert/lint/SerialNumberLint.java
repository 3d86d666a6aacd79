package vn.govca.pki.domain.cert.lint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 5280 §4.1.2.2: the serial number is a positive integer of at most 20 octets; the CP (and
 * STYLE) add at least 64 bits from a CSPRNG, which a value shorter than 64 bits cannot carry.
 */
public final class SerialNumberLint implements Lint {

    private static final int MAX_OCTETS = 20;
    private static final int MIN_BITS = 64;

    @Override
    public String reference() {
        return "RFC 5280 §4.1.2.2; CP serial entropy (>= 64 bits)";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        BigInteger serial = t.serial();
        if (serial.signum() <= 0) {
            out.add("serial number " + serial + " is not positive");
            return out;
        }
        int octets = serial.toByteArray().length;
        if (octets > MAX_OCTETS) {
            out.add("serial number is " + octets + " octets, more than the limit " + MAX_OCTETS);
        }
        if (serial.bitLength() < MIN_BITS) {
            out.add("serial number has " + serial.bitLength() + " bits, fewer than the minimum "
                    + MIN_BITS + " random bits");
        }
        return out;
    }
}
