package vn.govca.ocsp.infrastructure.db;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.govca.db.infrastructure.CertificateRepository.Change;

/**
 * How far one CA's certificate changes have been followed (DESIGN invariant 5, "Caches and several
 * nodes"): a watermark on {@code updated_at} and the changes already seen in the overlap window
 * before it. Reads start {@link #overlap} before the watermark because another node's commit can
 * land after a later {@code updated_at} was read (its time is taken before commit, and node clocks
 * differ); rows read twice are reported once. Not thread-safe: one follower owns it.
 */
public final class ChangeCursor {

    private final Duration overlap;
    private Instant watermark;
    /** serial → the updated_at already reported, for rows inside the overlap window. */
    private final Map<String, Instant> recent = new HashMap<>();

    public ChangeCursor(Instant start, Duration overlap) {
        this.watermark = Objects.requireNonNull(start, "start");
        this.overlap = Objects.requireNonNull(overlap, "overlap");
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("overlap " + overlap + " must not be negative");
        }
    }

    /** Where the next read starts: rows with {@code updated_at} after this. */
    public Instant from() {
        return watermark.minus(overlap);
    }

    public Instant watermark() {
        return watermark;
    }

    /**
     * Takes a batch read from {@link #from()} (or later) and returns the changes not reported
     * before, in batch order; advances the watermark to the newest change and forgets what fell
     * out of the overlap window.
     */
    public List<Change> accept(List<Change> batch) {
        List<Change> fresh = new ArrayList<>(batch.size());
        for (Change c : batch) {
            if (!c.updatedAt().equals(recent.get(c.serialHex()))) {
                recent.put(c.serialHex(), c.updatedAt());
                fresh.add(c);
            }
            if (c.updatedAt().isAfter(watermark)) {
                watermark = c.updatedAt();
            }
        }
        Instant from = from();
        recent.values().removeIf(t -> !t.isAfter(from));
        return fresh;
    }

    /** How many changes are remembered for de-duplication (bounded by the changes in one overlap window). */
    public int remembered() {
        return recent.size();
    }
}
