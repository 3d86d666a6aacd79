package vn.govca.ocsp.infrastructure.db;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.db.infrastructure.CertificateRepository.Change;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.pki.domain.GovCaException;

/**
 * Follows certificate status changes committed by any node (DESIGN invariant 5, "Caches and
 * several nodes"): each {@link #poll} reads, per served CA, the certificates whose
 * {@code updated_at} moved past the CA's {@link ChangeCursor} (index ix_certificate_ca_updated_at)
 * and reports each once, so that its pre-produced OCSP response is dropped and its status read
 * from the database again (RFC 6960 §2.2). Only reads: it runs on the CA server and on validation
 * nodes reading a replica. The deployable schedules {@link #poll} every {@value #POLL_KEY}.
 *
 * <p>Cheap when nothing changes: one indexed query per served CA returning no row. Bounded when
 * much changes: at most {@link #MAX_BATCHES} batches of {@link #BATCH} rows per CA and poll; the
 * rest follows on the next polls.
 */
public final class DatabaseStatusFollower {

    /** How often to poll, in milliseconds (100..60000, default 1000); a deployable's key, not the core's. */
    public static final String POLL_KEY = "govca.ocsp.pollMillis";
    public static final long DEFAULT_POLL_MILLIS = 1000;
    /** Commits can land out of updated_at order and node clocks differ: read again this far back. */
    static final Duration OVERLAP = Duration.ofSeconds(2);
    static final int BATCH = 1000;
    static final int MAX_BATCHES = 10;
    private static final Logger LOG = Logger.getLogger(DatabaseStatusFollower.class.getName());

    private final EntityManager em;
    private final Clock clock;
    private final Map<Long, ChangeCursor> cursors = new HashMap<>();
    private boolean failing;

    public DatabaseStatusFollower(EntityManager em, Clock clock) {
        this.em = Objects.requireNonNull(em, "em");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The poll interval {@value #POLL_KEY} in milliseconds: default when unset.
     *
     * @throws GovCaException MALFORMED when not a number of 100..60000
     */
    public static long pollMillis(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_POLL_MILLIS;
        }
        try {
            long millis = Long.parseLong(value.trim());
            if (millis >= 100 && millis <= 60_000) {
                return millis;
            }
        } catch (NumberFormatException e) {
            throw GovCaException.malformed(POLL_KEY + " '" + value + "' is not a number of milliseconds", e);
        }
        throw GovCaException.malformed(POLL_KEY + " " + value + " is out of range 100 to 60000 milliseconds");
    }

    /**
     * One poll over the CAs served now; a CA seen for the first time is followed from now on.
     * Never throws (a scheduled task that throws is not run again): a failure is logged once per
     * outage and the next poll retries.
     *
     * @param changed called with (CA, serial hex) for every change not reported before
     */
    public synchronized void poll(Collection<CaRef> served, BiConsumer<CaRef, String> changed) {
        try {
            Set<Long> ids = new HashSet<>();
            for (CaRef ca : served) {
                ids.add(ca.id());
                follow(ca, cursors.computeIfAbsent(ca.id(), id -> new ChangeCursor(clock.instant(), OVERLAP)),
                        changed);
            }
            cursors.keySet().retainAll(ids);
            if (failing) {
                LOG.info("following certificate status changes works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // OCSP answers go on from the database; only pre-produced responses may be older.
            LOG.log(failing ? Level.FINE : Level.WARNING, "following certificate status changes failed;"
                    + " retrying every poll", e);
            failing = true;
        }
    }

    private void follow(CaRef ca, ChangeCursor cursor, BiConsumer<CaRef, String> changed) {
        CertificateRepository repo = new CertificateRepository(em);
        Instant from = cursor.from();
        for (int i = 0; i < MAX_BATCHES; i++) {
            List<Change> batch = repo.changedAfter(ca.id(), from, BATCH);
            for (Change c : cursor.accept(batch)) {
                changed.accept(ca, c.serialHex());
            }
            if (batch.size() < BATCH) {
                return;
            }
            from = batch.get(batch.size() - 1).updatedAt();
        }
    }
}
