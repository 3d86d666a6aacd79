package vn.govca.ca.application.crl;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govca.ca.application.ca.CaActivated;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.revocation.RevocationService;
import vn.govca.ca.domain.crl.PublicationSchedule;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ca.infrastructure.crl.CrlFileInfo;
import vn.govca.ca.infrastructure.crl.CrlFiles;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateAuthorityStatus;
import vn.govca.db.domain.CrlKind;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.token.TokenStatus;

/**
 * When CRLs are issued (issue 3): at start-up and then on a schedule, every active CA whose
 * published full CRL is missing, unreadable or due ({@code govca.crl.periodMinutes}) gets a new
 * one, and a delta CRL whenever its own period is up or its base is no longer the current full
 * CRL; and after a committed revocation, suspension or release, the CA's CRLs are reissued within
 * {@code govca.crl.coalesceSeconds}, one publication for a burst of changes. A check runs every
 * {@link #TICK_SECONDS} seconds, well inside the minimum overlap of one minute, so nextUpdate
 * always covers the next issue (DESIGN invariant 4). A CA activated while the server runs gets
 * its first CRL right after the activation commits. CAs whose token is offline are skipped.
 */
@ApplicationScoped
public class CrlSchedule {

    /** How often due CRLs are looked for. */
    static final long TICK_SECONDS = 20;
    /** After a failed scheduled publication the CA is left alone this long (no log or audit flood). */
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);
    static final String SCHEDULED = "system (CRL schedule)";
    static final String AFTER_CHANGE = "system (CRL after status change)";
    private static final Logger LOG = Logger.getLogger(CrlSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    ServerContext context;

    @Inject
    CaDirectory directory;

    @Inject
    CrlPublisher publisher;

    @Inject
    CrlFiles files;

    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final Set<String> reportedOffline = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> failedUntil = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> ticker;

    /** Publishes what is due now (in the caller's thread), then checks every {@link #TICK_SECONDS} seconds. */
    public synchronized void start() {
        publishDue();
        if (ticker == null) {
            ticker = executor.scheduleWithFixedDelay(this::publishDue, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** A committed status change: reissue the CA's CRLs soon, once for a burst of changes. */
    void onStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RevocationService.StatusChanged change) {
        long delay = context.crl().coalesce().toMillis();
        pending.computeIfAbsent(change.caName(), name ->
                executor.schedule(() -> republish(name), delay, TimeUnit.MILLISECONDS));
    }

    /**
     * A CA became ACTIVE: publish its first CRLs now, in the executor (not in the committing
     * thread). Before {@link #start()} the start-up check covers it.
     */
    void onCaActivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaActivated activated) {
        if (ticker != null) {
            executor.execute(() -> publishActivated(activated.caName()));
        }
    }

    private void publishActivated(String caName) {
        try {
            CertificateAuthorityRecord ca = directory.find(caName);
            if (ca.status() == CertificateAuthorityStatus.ACTIVE && ca.certificateDer() != null && online(ca)) {
                publishIfDue(ca);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "first CRLs of CA " + caName + " were not published; the schedule retries", e);
        }
    }

    private void republish(String caName) {
        pending.remove(caName);
        try {
            publisher.publishAll(directory.find(caName), AFTER_CHANGE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CRLs of CA " + caName + " were not reissued after a status change;"
                    + " the schedule retries", e);
        }
    }

    /** One check of every CA. Never throws: an exception would end the fixed-delay schedule. */
    void publishDue() {
        try {
            for (CertificateAuthorityRecord ca : directory.all()) {
                if (ca.status() == CertificateAuthorityStatus.ACTIVE && ca.certificateDer() != null && online(ca)) {
                    publishIfDue(ca);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled CRL check failed; the next check retries", e);
        }
    }

    private void publishIfDue(CertificateAuthorityRecord ca) {
        Instant now = context.clock().instant();
        Instant quietUntil = failedUntil.get(ca.name());
        if (quietUntil != null && now.isBefore(quietUntil)) {
            return;
        }
        try {
            Optional<CrlFileInfo> full = current(ca, CrlKind.FULL);
            if (due(full, context.crl().full(), now)) {
                publisher.publishAll(ca, SCHEDULED);
            } else if (context.crl().deltaEnabled()) {
                Optional<CrlFileInfo> delta = current(ca, CrlKind.DELTA);
                boolean staleBase = delta.isPresent()
                        && !delta.get().base().map(b -> b.equals(full.get().crlNumber())).orElse(false);
                if (staleBase || due(delta, context.crl().delta(), now)) {
                    publisher.publish(ca, CrlKind.DELTA, SCHEDULED);
                }
            }
            failedUntil.remove(ca.name());
        } catch (RuntimeException e) {
            failedUntil.put(ca.name(), now.plus(RETRY_AFTER_FAILURE));
            LOG.log(Level.WARNING, "scheduled CRL publication of CA " + ca.name() + " failed; retrying in "
                    + RETRY_AFTER_FAILURE.toMinutes() + " minutes", e);
        }
    }

    private static boolean due(Optional<CrlFileInfo> published, PublicationSchedule schedule, Instant now) {
        return published.isEmpty() || schedule.isDue(published.get().thisUpdate(), now);
    }

    /** The CRL on disk; empty (so due) if missing or unreadable. */
    private Optional<CrlFileInfo> current(CertificateAuthorityRecord ca, CrlKind kind) {
        try {
            return files.describe(ca.name(), kind);
        } catch (GovCaException e) {
            LOG.log(Level.WARNING, "published " + kind + " CRL of CA " + ca.name() + " is unreadable; reissuing", e);
            return Optional.empty();
        }
    }

    /** Whether the CA's token is active; an offline one is reported once, not every check. */
    private boolean online(CertificateAuthorityRecord ca) {
        TokenStatus s = context.tokens().statuses().get(ca.key().tokenName());
        if (s != null && s.active()) {
            reportedOffline.remove(ca.name());
            return true;
        }
        if (reportedOffline.add(ca.name())) {
            LOG.warning(() -> "CRLs of CA " + ca.name() + " are not issued while its token '" + ca.key().tokenName()
                    + "' is offline" + (s == null ? "" : ": " + s.reason()));
        }
        return false;
    }

    @PreDestroy
    synchronized void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        pending.values().forEach(f -> f.cancel(false));
    }
}
