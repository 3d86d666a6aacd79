package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The last CRL number a CA handed out (RFC 5280 §5.2.3: full and delta CRLs of a CA share one
 * strictly increasing sequence). The publisher locks the row, {@link #advance advances} it and
 * commits before the CA key signs, so numbers only grow, also across restarts and crashes, and a
 * number is never reused even if signing then fails (DESIGN invariant 4).
 */
@Entity
@Table(name = "crl_number_counter")
public class CrlNumberCounter {

    @Id
    @Column(name = "ca_id")
    private long caId;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CrlNumberCounter() {
    }

    /** A counter that has handed out nothing yet; the first {@link #advance} gives 1. */
    public static CrlNumberCounter start(long caId, Instant at) {
        CrlNumberCounter c = new CrlNumberCounter();
        c.caId = caId;
        c.lastNumber = 0;
        c.updatedAt = ColumnValues.time("updated_at", at);
        return c;
    }

    /**
     * Hands out the next number: one more than both the last number and {@code floor}. The floor
     * lets the caller keep the sequence above a CRL number it found elsewhere (e.g. on a CRL
     * already published when the database was restored from an older backup).
     *
     * @param floor a number the result must exceed; 0 for none
     */
    public long advance(long floor, Instant at) {
        if (floor < 0) {
            throw new IllegalArgumentException("CRL number floor " + floor + " must not be negative");
        }
        long base = Math.max(lastNumber, floor);
        if (base == Long.MAX_VALUE) {
            throw new RecordStateException("CRL number counter of CA " + caId + " is exhausted");
        }
        lastNumber = base + 1;
        updatedAt = ColumnValues.time("updated_at", at);
        return lastNumber;
    }

    public long caId() {
        return caId;
    }

    public long lastNumber() {
        return lastNumber;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
