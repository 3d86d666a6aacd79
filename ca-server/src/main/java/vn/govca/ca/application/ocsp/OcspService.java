package vn.govca.ca.application.ocsp;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govca.ca.application.ca.CaActivated;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.revocation.RevocationService;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateAuthorityStatus;
import vn.govca.ocsp.application.IssuerDirectory;
import vn.govca.ocsp.application.OcspResponder;
import vn.govca.ocsp.application.OcspResponderConfig;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.ResponderCredential;
import vn.govca.ocsp.domain.ServedIssuer;
import vn.govca.ocsp.infrastructure.db.DatabaseStatusFollower;
import vn.govca.ocsp.infrastructure.db.DatabaseStatusSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.SerialNumber;
import vn.govca.pki.domain.token.CryptoToken;

/**
 * OCSP inside the CA server (RFC 6960, RFC 5019): the responder core ({@link OcspResponder}) over
 * the certificate table ({@link DatabaseStatusSource}), answering for every ACTIVE CA whose token
 * and the responder token ({@code govca.ocsp.token}, default {@code ocsp}) are online, each with
 * its own delegated responder key and certificate ({@link ResponderCertificates}).
 *
 * <p>A CA that cannot be served (responder token missing or offline, CA token offline) is left
 * out and logged: its CertIDs are answered {@code unauthorized}; OCSP is secondary and does not
 * stop the server. A committed status change on this node reaches the answers at once
 * ({@link #onStatusChanged}); changes made by other nodes through {@link #statusChanged}, called
 * by the status follower ({@code govca.ocsp.pollMillis}). A CA activated while the server runs is
 * served right after its activation commits ({@link #onCaActivated}).
 */
@ApplicationScoped
public class OcspService {

    /** Names the responder's own token; not a key of {@link OcspResponderConfig}. */
    public static final String TOKEN_KEY = "govca.ocsp.token";
    public static final String DEFAULT_TOKEN = "ocsp";
    /** Read by the status follower; not a key of {@link OcspResponderConfig}. */
    public static final String POLL_KEY = DatabaseStatusFollower.POLL_KEY;
    private static final Logger LOG = Logger.getLogger(OcspService.class.getName());

    @Inject
    ServerContext context;

    @Inject
    CaDirectory directory;

    @Inject
    ResponderCertificates certificates;

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    private DatabaseStatusSource statuses;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final IssuerDirectory issuers = new IssuerDirectory();
    private OcspResponder responder;
    private String tokenName;
    private String lastReport;
    /** The CAs that existed at start-up or were activated since: the ones {@link #renew()} looks after. */
    private final Set<Long> known = new HashSet<>();
    /** Whether {@link #refresh()} ran: CAs activated before it are discovered by it. */
    private volatile boolean started;

    @PostConstruct
    void init() {
        Properties raw = context.config().raw();
        tokenName = raw.getProperty(TOKEN_KEY, DEFAULT_TOKEN).trim();
        Properties core = new Properties();
        raw.stringPropertyNames().stream().filter(k -> !k.equals(TOKEN_KEY) && !k.equals(POLL_KEY))
                .forEach(k -> core.setProperty(k, raw.getProperty(k)));
        statuses = new DatabaseStatusSource(em);
        responder = new OcspResponder(OcspResponderConfig.fromProperties(core), issuers, statuses, context.clock());
    }

    /**
     * The responder core that answers {@code /ocsp} (RFC 6960, RFC 5019): in full, or from
     * pre-produced responses alone ({@code OcspServlet}, {@code OcspFastPath}). Never null after start.
     */
    public OcspResponder responder() {
        return responder;
    }

    /**
     * Serves every ACTIVE CA with a certificate: each gets a valid responder credential (created,
     * renewed when due, replaced when revoked); CAs that cannot be served are dropped and logged.
     * Called at start-up; never throws for one CA's trouble.
     *
     * @return the names of the CAs served afterwards
     */
    public Set<String> refresh() {
        return refresh(true);
    }

    /**
     * As {@link #refresh()}, but only for the CAs that existed at start-up or were activated since
     * ({@link #onCaActivated}): renews due or revoked responder certificates and retries CAs whose
     * token was offline. Called every 5 minutes by {@code ResponderRenewalTimer}.
     */
    public Set<String> renew() {
        return refresh(false);
    }

    private synchronized Set<String> refresh(boolean discover) {
        if (discover) {
            directory.all().forEach(ca -> known.add(ca.id()));
            started = true;
        }
        CryptoToken token;
        try {
            token = context.tokens().active(tokenName);
            responder.signsInProcess(token.signsInProcess());
        } catch (GovCaException e) {
            report(Level.WARNING, "OCSP is not served: responder token '" + tokenName + "' cannot be used ("
                    + e.getMessage() + "); configure token." + tokenName + ".* (docs/configuration.md)");
            issuers.issuers().forEach(s -> issuers.remove(s.ca()));
            return Set.of();
        }
        Set<String> served = new HashSet<>();
        for (CertificateAuthorityRecord ca : directory.all()) {
            if (!known.contains(ca.id())) {
                continue;
            }
            CaRef ref = new CaRef(ca.id(), ca.name());
            if (ca.status() != CertificateAuthorityStatus.ACTIVE || ca.certificateDer() == null) {
                issuers.remove(ref);
                continue;
            }
            if (serve(token, ca, ref)) {
                served.add(ca.name());
            }
        }
        report(Level.INFO, "OCSP serves CAs " + new TreeSet<>(served));
        return served;
    }

    private boolean serve(CryptoToken token, CertificateAuthorityRecord ca, CaRef ref) {
        Optional<ServedIssuer> usable = Optional.empty();
        try {
            usable = issuers.get(ref).filter(s -> stillGood(ref, s.credential()));
            if (usable.isEmpty()) {
                issuers.remove(ref); // none yet, or its responder certificate was revoked
            } else if (!certificates.renewalDue(usable.get().credential())) {
                return true;
            }
            ResponderCredential credential = certificates.ensure(token, ca);
            issuers.put(new ServedIssuer(ref, directory.certificate(ca), credential));
            return true;
        } catch (GovCaException e) {
            LOG.log(Level.WARNING, "OCSP for CA ''{0}'' is not served: {1}", new Object[] {ca.name(), e.getMessage()});
            return keepWhileValid(ref, usable);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "OCSP for CA '" + ca.name() + "' is not served after an unexpected fault", e);
            return keepWhileValid(ref, usable);
        }
    }

    /** Logs {@code message} at {@code level} when it differs from the last refresh's, else at FINE. */
    private void report(Level level, String message) {
        LOG.log(message.equals(lastReport) ? Level.FINE : level, message);
        lastReport = message;
    }

    /** Whether the CA has not revoked the responder certificate in use (a revoked one is replaced). */
    private boolean stillGood(CaRef ref, ResponderCredential credential) {
        return statuses.status(ref, new SerialNumber(credential.serial())).kind()
                == vn.govca.ocsp.domain.CertificateStatus.Kind.GOOD;
    }

    /** A renewal that failed keeps the current credential while it is still valid. */
    private boolean keepWhileValid(CaRef ref, Optional<ServedIssuer> existing) {
        if (existing.isEmpty() || !existing.get().credential().isValidAt(context.clock().instant())) {
            issuers.remove(ref);
            return false;
        }
        return true;
    }

    /** The CAs answered now (the status follower watches these). */
    public List<CaRef> served() {
        return issuers.issuers().stream().map(ServedIssuer::ca).toList();
    }

    /**
     * A certificate's status may have changed (on any node): its next answer is read from the
     * database. When it is the responder certificate in use for that CA (revoked, e.g. after its key
     * was compromised), a replacement is issued at once in the background instead of at the next
     * 5-minute renewal; until it is in place answers keep the old signature, as before the change.
     */
    public void statusChanged(CaRef ca, String serialHex) {
        SerialNumber serial = SerialNumber.fromHex(serialHex);
        responder.statusChanged(ca, serial);
        boolean inUse = issuers.get(ca).map(s -> s.credential().serial().equals(serial.value())).orElse(false);
        if (inUse && started) {
            executor.execute(() -> replaceIfRevoked(ca, serial));
        }
    }

    /** Called for every change the follower sees, its own issuance included: acts only on a revocation. */
    private void replaceIfRevoked(CaRef ca, SerialNumber serial) {
        try {
            boolean revoked = issuers.get(ca).filter(s -> s.credential().serial().equals(serial.value()))
                    .map(s -> !stillGood(ca, s.credential())).orElse(false);
            if (revoked) {
                LOG.log(Level.WARNING, "the OCSP responder certificate of CA ''{0}'' (serial {1}) was revoked;"
                        + " replacing it now", new Object[] {ca.name(), serial.hex()});
                renew();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "OCSP responder certificates could not be replaced now; the renewal timer retries", e);
        }
    }

    /** A committed revocation, hold or release on this node: answer from the database again at once. */
    void onStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RevocationService.StatusChanged change) {
        statusChanged(new CaRef(change.caId(), change.caName()), change.serialHex());
    }

    /**
     * A CA became ACTIVE: serve it from now on, in a thread of its own (its responder certificate
     * is issued in transactions of its own, which the committing thread cannot start). A CA
     * activated before start-up's {@link #refresh()} is left to it. A token that is offline
     * leaves the CA unserved and logged, as in {@link #refresh()}; the 5-minute renewal retries.
     */
    void onCaActivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaActivated activated) {
        if (started) {
            executor.execute(() -> serveActivated(activated.caId()));
        }
    }

    private synchronized void serveActivated(long caId) {
        try {
            known.add(caId);
            refresh(false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "OCSP for newly activated CA id " + caId + " is not served yet;"
                    + " the renewal timer retries", e);
        }
    }
}
