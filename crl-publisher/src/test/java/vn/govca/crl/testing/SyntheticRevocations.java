package vn.govca.crl.testing;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import vn.govca.crl.domain.RevokedEntry;

/**
 * A deterministic stream of plausible revocations, made one at a time (nothing is kept): serials
 * of 159 random bits as GovCA issues them, revocation times spread over two years before
 * {@code end}, mostly keyCompromise / superseded / cessationOfOperation / affiliationChanged, some
 * unspecified or on hold, and one in ten with an invalidity date a day before revocation.
 */
public final class SyntheticRevocations implements Iterator<RevokedEntry> {

    private static final int[] REASONS = {
        RevokedEntry.KEY_COMPROMISE, RevokedEntry.SUPERSEDED, RevokedEntry.SUPERSEDED,
        RevokedEntry.CESSATION_OF_OPERATION, RevokedEntry.CESSATION_OF_OPERATION,
        RevokedEntry.AFFILIATION_CHANGED, RevokedEntry.UNSPECIFIED, RevokedEntry.CERTIFICATE_HOLD,
        RevokedEntry.PRIVILEGE_WITHDRAWN,
    };
    private static final long TWO_YEARS = 2L * 365 * 24 * 3600;

    private final SplittableRandom random;
    private final long count;
    private final long endSecond;
    private long made;

    public SyntheticRevocations(long count, Instant end, long seed) {
        this.random = new SplittableRandom(seed);
        this.count = count;
        this.endSecond = end.getEpochSecond();
    }

    @Override
    public boolean hasNext() {
        return made < count;
    }

    @Override
    public RevokedEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        made++;
        byte[] serial = new byte[20];
        random.nextBytes(serial);
        serial[0] &= 0x7F;
        serial[19] |= 1;
        Instant revoked = Instant.ofEpochSecond(endSecond - random.nextLong(TWO_YEARS));
        int reason = REASONS[random.nextInt(REASONS.length)];
        Instant invalidity = random.nextInt(10) == 0 ? revoked.minusSeconds(86_400) : null;
        return new RevokedEntry(new BigInteger(1, serial), revoked, reason, invalidity);
    }
}
