package vn.govca.ca.infrastructure.ocsp;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import vn.govca.ca.application.ocsp.OcspService;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ocsp.infrastructure.db.DatabaseStatusFollower;

/**
 * Follows status changes committed by other nodes (DESIGN invariant 5, "Caches and several
 * nodes"): every {@code govca.ocsp.pollMillis} (default 1000) the shared
 * {@link DatabaseStatusFollower} (ocsp-responder, also run by validation nodes) reads, per CA that
 * OCSP serves, the certificates whose {@code updated_at} moved and drops their pre-produced OCSP
 * responses.
 */
@ApplicationScoped
public class StatusFollower {

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    ServerContext context;

    @Inject
    OcspService ocsp;

    private ScheduledFuture<?> ticker;

    /** Starts following; the poll interval is read from {@code govca.ocsp.pollMillis} (100 ms to 60 s). */
    public synchronized void start() {
        if (ticker == null) {
            long millis = DatabaseStatusFollower.pollMillis(context.config().raw().getProperty(OcspService.POLL_KEY));
            DatabaseStatusFollower follower = new DatabaseStatusFollower(em, context.clock());
            ticker = executor.scheduleWithFixedDelay(() -> follower.poll(ocsp.served(), ocsp::statusChanged),
                    millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
    }
}
