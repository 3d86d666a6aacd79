package vn.govca.ca.infrastructure.ocsp;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govca.ca.application.ocsp.ChangeCursor;
import vn.govca.ca.application.ocsp.OcspService;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.db.infrastructure.CertificateRepository.Change;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.pki.domain.GovCaException;

/**
 * Follows status changes committed by other nodes (DESIGN invariant 5, "Caches and several
 * nodes"): every {@code govca.ocsp.pollMillis} (default 1000) it reads, per CA that OCSP serves,
 * the certificates whose {@code updated_at} moved past the CA's {@link ChangeCursor} (index
 * ix_certificate_ca_updated_at) and drops their pre-produced OCSP responses (RFC 6960 §2.2 status
 * is then read from the database again). Cheap when nothing changes: one indexed query per served
 * CA returning no row. Bounded when much changes: at most {@link #MAX_BATCHES} batches of
 * {@link #BATCH} rows per CA and tick; the rest follows on the next ticks.
 */
@ApplicationScoped
public class StatusFollower {

    static final String POLL_KEY = OcspService.POLL_KEY;
    static final long DEFAULT_POLL_MILLIS = 1000;
    /** Commits can land out of updated_at order and node clocks differ: read again this far back. */
    static final Duration OVERLAP = Duration.ofSeconds(2);
    static final int BATCH = 1000;
    static final int MAX_BATCHES = 10;
    private static final Logger LOG = Logger.getLogger(StatusFollower.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    ServerContext context;

    @Inject
    OcspService ocsp;

    private final Map<Long, ChangeCursor> cursors = new HashMap<>();
    private ScheduledFuture<?> ticker;
    private boolean failing;

    /** Starts following; the poll interval is read from {@value #POLL_KEY} (100 ms to 60 s). */
    public synchronized void start() {
        if (ticker == null) {
            long millis = pollMillis(context.config().raw().getProperty(POLL_KEY));
            ticker = executor.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    static long pollMillis(String value) {
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

    /** One tick. Never throws: an exception would end the fixed-delay schedule. */
    synchronized void poll() {
        try {
            Set<Long> served = new HashSet<>();
            for (CaRef ca : ocsp.served()) {
                served.add(ca.id());
                follow(ca, cursors.computeIfAbsent(ca.id(),
                        id -> new ChangeCursor(context.clock().instant(), OVERLAP)));
            }
            cursors.keySet().retainAll(served);
            if (failing) {
                LOG.info("following certificate status changes works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // Logged once per outage; the next tick retries. OCSP answers go on from the database.
            LOG.log(failing ? Level.FINE : Level.WARNING, "following certificate status changes failed;"
                    + " retrying every tick", e);
            failing = true;
        }
    }

    private void follow(CaRef ca, ChangeCursor cursor) {
        CertificateRepository repo = new CertificateRepository(em);
        Instant from = cursor.from();
        for (int i = 0; i < MAX_BATCHES; i++) {
            List<Change> batch = repo.changedAfter(ca.id(), from, BATCH);
            for (Change c : cursor.accept(batch)) {
                ocsp.statusChanged(ca, c.serialHex());
            }
            if (batch.size() < BATCH) {
                return;
            }
            from = batch.get(batch.size() - 1).updatedAt();
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
    }
}
