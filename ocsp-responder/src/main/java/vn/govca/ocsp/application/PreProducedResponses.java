package vn.govca.ocsp.application;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Bounded: least-recently-used eviction in 16 lock-striped segments, one budget for issued
 * certificates and a separate, smaller one for never-issued serials, so that requests for random
 * serials cannot evict the responses relying parties need. Thread-safe.
 */
public final class PreProducedResponses {

    private static final int SEGMENTS = 16;

    /** The cache key; see the class comment. */
    record Key(long caId, BigInteger serial, CertIdHashAlgorithm algorithm, boolean parametersAbsent) {

        static Key of(CaRef ca, RequestedCertId id) {
            return new Key(ca.id(), id.serial(), id.hashAlgorithm().orElseThrow(), id.hashParametersAbsent());
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
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment(share(capacity, i), share(neverIssuedCapacity, i));
        }
    }

    private static int share(int total, int index) {
        return total / SEGMENTS + (index < total % SEGMENTS ? 1 : 0);
    }

    /** The entry for {@code key} if it may still be served at {@code now} with {@code current}. */
    Optional<ProducedResponse> fresh(Key key, ResponderCredential current, Instant now) {
        ProducedResponse r = segment(key).get(key);
        if (r == null || !r.credentialSerial().equals(current.serial())
                || !now.isBefore(r.producedAt().plus(reuseFor)) || !now.isBefore(r.nextUpdate())) {
            return Optional.empty();
        }
        return Optional.of(r);
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
        return segment(key).put(key, response, neverIssued, generation);
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
        return segment(key.caId(), key.serial());
    }

    private Segment segment(long caId, BigInteger serial) {
        int h = 31 * Long.hashCode(caId) + serial.hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return segments[Math.floorMod(h, SEGMENTS)];
    }

    /** One lock stripe: two access-ordered maps and the stripe's invalidation counter. */
    private static final class Segment {

        private final Map<Key, ProducedResponse> issued;
        private final Map<Key, ProducedResponse> neverIssued;
        private long generation;

        Segment(int capacity, int neverIssuedCapacity) {
            this.issued = lru(capacity);
            this.neverIssued = lru(neverIssuedCapacity);
        }

        private static Map<Key, ProducedResponse> lru(int capacity) {
            return new LinkedHashMap<>(Math.min(capacity, 1024) * 4 / 3 + 1, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, ProducedResponse> eldest) {
                    return size() > capacity;
                }
            };
        }

        synchronized ProducedResponse get(Key key) {
            ProducedResponse r = issued.get(key);
            return r != null ? r : neverIssued.get(key);
        }

        synchronized long generation() {
            return generation;
        }

        synchronized boolean put(Key key, ProducedResponse response, boolean isNeverIssued, long expected) {
            if (generation != expected) {
                return false;
            }
            (isNeverIssued ? issued : neverIssued).remove(key);
            (isNeverIssued ? neverIssued : issued).put(key, response);
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
            issued.keySet().removeIf(k -> caId == null || k.caId() == caId);
            neverIssued.keySet().removeIf(k -> caId == null || k.caId() == caId);
        }

        synchronized int size() {
            return issued.size() + neverIssued.size();
        }
    }
}
