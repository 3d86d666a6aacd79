package vn.govca.ocsp.application;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.CertIdHashAlgorithm;
import vn.govca.ocsp.domain.RequestedCertId;
import vn.govca.ocsp.domain.ResponderCredential;
import vn.govca.pki.domain.cert.SerialNumber;

/**
 * Signed single-CertID responses kept for reuse (RFC 5019 §2.1.1, §4: pre-produced responses), so
 * that a request without nonce costs a look-up instead of a signature (DESIGN "Scale").
 *
 * <p>Keyed by (CA, serial, CertID hash algorithm and whether its NULL parameters were sent — the
 * response must echo the CertID exactly). An entry is reused until {@code reuseFor} after it was
 * produced and never past its nextUpdate, and only while the responder certificate that signed
 * it is still the CA's current one; after that the next request re-signs it.
 *
 * <p>Invariant 5 (never good after a committed revocation): {@link #invalidate(CaRef, SerialNumber)}
 * drops every entry of the serial, and a response whose status was read before an invalidation is
 * never stored after it: a producer takes the {@link #generation(Key) generation} before reading
 * the status, and {@link #store} refuses the entry if an invalidation of its segment came in
 * between. Whoever commits a status change (revoke, hold, release, issue) — or, on another node,
 * sees it in the database — must call {@code invalidate}.
 *
 * <p>Bounded: in 16 lock-striped segments sharing one budget for issued certificates and a
 * separate, smaller one for never-issued serials (a budget per stripe kept fewer entries than
 * configured whenever the keys fell unevenly: with 100,000 certificates and 100,000 entries,
 * about 0.5 % of requests missed), so that requests for random serials cannot evict the
 * responses relying parties need. Eviction is second-chance (CLOCK): an entry read since the clock
 * last passed it is kept for another round. Thread-safe; a look-up takes no lock and writes no
 * object reference — an access-ordered map relinked its entries on every hit, and the cards those
 * writes dirtied across a cache of old-generation entries made every young collection scan them
 * (16–25 ms pauses under load; docs/benchmarks.md).
 */
public final class PreProducedResponses {

    private static final int SEGMENTS = 16;

    /**
     * The cache key; see the class comment. {@code hashCode} and {@code equals} are written out:
     * the record's generated ones (method-handle chains, the enum's identity hash) were 11 % of a
     * cached GET's CPU samples in the profile of bench report ocsp-2026-12-07T005742Z.
     */
    record Key(long caId, BigInteger serial, CertIdHashAlgorithm algorithm, boolean parametersAbsent) {

        static Key of(CaRef ca, RequestedCertId id) {
            return new Key(ca.id(), id.serial(), id.hashAlgorithm().orElseThrow(), id.hashParametersAbsent());
        }

        @Override
        public int hashCode() {
            int h = 31 * Long.hashCode(caId) + serial.hashCode();
            return 31 * h + 2 * algorithm.ordinal() + (parametersAbsent ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && caId == k.caId && algorithm == k.algorithm
                    && parametersAbsent == k.parametersAbsent && serial.equals(k.serial);
        }
    }

    private final Segment[] segments = new Segment[SEGMENTS];
    private final Duration reuseFor;

    /**
     * @param capacity            entries kept for issued certificates (0 disables keeping them)
     * @param neverIssuedCapacity entries kept for serials the CA never issued
     * @param reuseFor            how long after production an entry is served
     */
    PreProducedResponses(int capacity, int neverIssuedCapacity, Duration reuseFor) {
        this.reuseFor = Objects.requireNonNull(reuseFor, "reuseFor");
        Budget issuedBudget = new Budget(capacity);
        Budget neverIssuedBudget = new Budget(neverIssuedCapacity);
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment(issuedBudget, neverIssuedBudget);
        }
    }

    /** The entry for {@code key} if it may still be served at {@code now} with {@code current}. */
    Optional<ProducedResponse> fresh(Key key, ResponderCredential current, Instant now) {
        Slot s = segment(key).get(key);
        if (s == null || !now.isBefore(s.servedUntil) || !s.response.credentialSerial().equals(current.serial())) {
            return Optional.empty();
        }
        s.read();
        return Optional.of(s.response);
    }

    /** To be read before the status of {@code key} is read; see {@link #store}. */
    long generation(Key key) {
        return segment(key).generation();
    }

    /**
     * Keeps {@code response} unless the key's segment was invalidated since {@code generation}.
     *
     * @return whether it was kept
     */
    boolean store(Key key, ProducedResponse response, boolean neverIssued, long generation) {
        Instant servedUntil = response.producedAt().plus(reuseFor);
        if (response.nextUpdate().isBefore(servedUntil)) {
            servedUntil = response.nextUpdate();
        }
        return segment(key).put(key, new Slot(response, servedUntil), neverIssued, generation);
    }

    /** Drops every pre-produced response for {@code serial} of {@code ca}: its status changed. */
    public void invalidate(CaRef ca, SerialNumber serial) {
        Objects.requireNonNull(ca, "ca");
        Objects.requireNonNull(serial, "serial");
        segment(ca.id(), serial.value()).invalidate(ca.id(), serial.value());
    }

    /** Drops every pre-produced response of {@code ca} (e.g. its certificate was replaced). */
    public void invalidate(CaRef ca) {
        Objects.requireNonNull(ca, "ca");
        for (Segment s : segments) {
            s.invalidateCa(ca.id());
        }
    }

    /** Drops everything. */
    public void clear() {
        for (Segment s : segments) {
            s.invalidateCa(null);
        }
    }

    /** The number of responses kept. */
    public int size() {
        int n = 0;
        for (Segment s : segments) {
            n += s.size();
        }
        return n;
    }

    private Segment segment(Key key) {
        return segments[segmentIndex(key.caId(), key.serial())];
    }

    private Segment segment(long caId, BigInteger serial) {
        return segments[segmentIndex(caId, serial)];
    }

    /** The stripe of a serial: all its keys share one, so that one lock covers its invalidation. */
    static int segmentIndex(long caId, BigInteger serial) {
        int h = 31 * Long.hashCode(caId) + serial.hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return Math.floorMod(h, SEGMENTS);
    }

    /** A kept response, until when it is served, and whether it was read since the clock passed it. */
    private static final class Slot {

        final ProducedResponse response;
        final Instant servedUntil;
        /** Racy by design: a lost update only changes which entry is evicted. A boolean store needs no GC barrier. */
        private boolean referenced;

        Slot(ProducedResponse response, Instant servedUntil) {
            this.response = response;
            this.servedUntil = servedUntil;
        }

        void read() {
            if (!referenced) {
                referenced = true;
            }
        }
    }

    /** A number of entries shared by the stripes: the configured capacity holds for the whole cache. */
    private static final class Budget {

        final int capacity;
        final AtomicInteger used = new AtomicInteger();

        Budget(int capacity) {
            this.capacity = capacity;
        }

        boolean exceeded() {
            return used.get() > capacity;
        }
    }

    /** One stripe's share of a budget: its entries, and the clock's order over their keys (oldest first). */
    private static final class Clock {

        private final Budget budget;
        private final ConcurrentHashMap<Key, Slot> entries = new ConcurrentHashMap<>();
        /** Keys in insertion order; may hold keys removed since (skipped) — rebuilt when it grows past its bound. */
        private final ArrayDeque<Key> hand = new ArrayDeque<>();

        Clock(Budget budget) {
            this.budget = budget;
        }

        Slot get(Key key) {
            return entries.get(key);
        }

        /**
         * Under the segment's lock. While the whole budget is exceeded, evicts from this stripe: a
         * stripe that takes more keys than others gives up more.
         */
        void put(Key key, Slot slot) {
            if (budget.capacity == 0) {
                return;
            }
            if (entries.put(key, slot) == null) {
                budget.used.incrementAndGet();
                hand.addLast(key);
            }
            while (budget.exceeded() && !hand.isEmpty()) {
                Key k = hand.pollFirst();
                Slot s = entries.get(k);
                if (s != null && s.referenced) {
                    s.referenced = false;
                    hand.addLast(k);
                } else if (s != null) {
                    remove(k);
                }
            }
            if (hand.size() > 2 * entries.size() + 16) {
                hand.clear();
                hand.addAll(entries.keySet());
            }
        }

        /** Under the segment's lock. */
        void remove(Key key) {
            if (entries.remove(key) != null) {
                budget.used.decrementAndGet();
            }
        }

        /** Under the segment's lock. */
        void removeCa(Long caId) {
            for (Key k : entries.keySet()) {
                if (caId == null || k.caId() == caId) {
                    remove(k);
                }
            }
        }

        int size() {
            return entries.size();
        }
    }

    /** One lock stripe for writes: two budgets and the stripe's invalidation counter. Reads take no lock. */
    private static final class Segment {

        private final Clock issued;
        private final Clock neverIssued;
        private volatile long generation;

        Segment(Budget issuedBudget, Budget neverIssuedBudget) {
            this.issued = new Clock(issuedBudget);
            this.neverIssued = new Clock(neverIssuedBudget);
        }

        Slot get(Key key) {
            Slot s = issued.get(key);
            return s != null ? s : neverIssued.get(key);
        }

        long generation() {
            return generation;
        }

        synchronized boolean put(Key key, Slot slot, boolean isNeverIssued, long expected) {
            if (generation != expected) {
                return false;
            }
            (isNeverIssued ? issued : neverIssued).remove(key);
            (isNeverIssued ? neverIssued : issued).put(key, slot);
            return true;
        }

        synchronized void invalidate(long caId, BigInteger serial) {
            generation++;
            for (CertIdHashAlgorithm a : CertIdHashAlgorithm.values()) {
                for (boolean absent : new boolean[] {false, true}) {
                    Key k = new Key(caId, serial, a, absent);
                    issued.remove(k);
                    neverIssued.remove(k);
                }
            }
        }

        /** Drops the entries of CA {@code caId}, or all entries if it is null. */
        synchronized void invalidateCa(Long caId) {
            generation++;
            issued.removeCa(caId);
            neverIssued.removeCa(caId);
        }

        int size() {
            return issued.size() + neverIssued.size();
        }
    }
}
