package vn.govca.ocsp.node.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govca.ocsp.application.IssuerDirectory;
import vn.govca.ocsp.application.OcspResponder;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.ServedIssuer;
import vn.govca.ocsp.infrastructure.db.DatabaseStatusFollower;
import vn.govca.ocsp.infrastructure.db.DatabaseStatusSource;
import vn.govca.ocsp.infrastructure.db.ProvisionedIssuers;
import vn.govca.ocsp.node.infrastructure.NodeConfig;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.SerialNumber;
import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.domain.token.CryptoTokens;
import vn.govca.pki.domain.token.TokenStatus;

/**
 * The OCSP responder of a validation node (RFC 6960, RFC 5019; DESIGN "OCSP validation nodes"):
 * the responder core over the database of record or a replica ({@link DatabaseStatusSource}),
 * answering for every CA the CA server has provisioned a responder credential for
 * ({@link ProvisionedIssuers}), signed with the keys of the node's own responder token — never a
 * CA key, never a database write.
 *
 * <p>It follows the CA server: status changes every {@code govca.ocsp.pollMillis}
 * ({@link DatabaseStatusFollower}, the same as on the CA server, so a committed revocation is
 * answered revoked within about pollMillis + 2 s, DESIGN invariant 5), and CAs and renewed
 * responder certificates every {@code govca.ocsp.refreshSeconds} (at once when the responder
 * certificate in use changes, e.g. is revoked). A responder token that cannot be
 * opened is retried on each refresh; meanwhile every request is answered {@code unauthorized}.
 */
@ApplicationScoped
public class ValidationNode {

    private static final Logger LOG = Logger.getLogger(ValidationNode.class.getName());

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    private final Clock clock = Clock.systemUTC();
    private final IssuerDirectory issuers = new IssuerDirectory();
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private NodeConfig config;
    private CryptoToken token;
    private OcspResponder responder;
    private ProvisionedIssuers provisioned;
    private volatile Map<String, String> report = Map.of();

    /**
     * Starts with the application: reads and validates the configuration (an invalid one fails the
     * deployment, saying which key), serves what is provisioned and starts following.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        config = NodeConfig.fromSystemProperties();
        token = CryptoTokens.open(config.token());
        responder = new OcspResponder(config.responder(), issuers, new DatabaseStatusSource(em), clock);
        responder.signsInProcess(token.signsInProcess());
        provisioned = new ProvisionedIssuers(em, clock);
        refresh();
        DatabaseStatusFollower follower = new DatabaseStatusFollower(em, clock);
        tasks.add(executor.scheduleWithFixedDelay(() -> follower.poll(served(), this::statusChanged),
                config.pollMillis(), config.pollMillis(), TimeUnit.MILLISECONDS));
        long refreshMillis = config.refresh().toMillis();
        tasks.add(executor.scheduleWithFixedDelay(this::refresh, refreshMillis, refreshMillis,
                TimeUnit.MILLISECONDS));
    }

    /**
     * The responder core that answers {@code /ocsp} (RFC 6960, RFC 5019): in full, or from
     * pre-produced responses alone ({@code OcspServlet}, {@code OcspFastPath}). Never null after start.
     */
    public OcspResponder responder() {
        return responder;
    }

    /** CA name → served, or why not (as of the last refresh). */
    public Map<String, String> cas() {
        return report;
    }

    /** The responder token's state. */
    public TokenStatus tokenStatus() {
        return token == null ? TokenStatus.inactive("not opened") : token.status();
    }

    /**
     * Re-reads the CAs and their responder certificates and activates the token if it is not.
     * Never throws (it runs on a schedule that one exception would end).
     */
    synchronized void refresh() {
        try {
            report = provisioned.refresh(issuers, activeToken());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "refreshing the served CAs failed; retrying in " + config.refresh(), e);
        }
    }

    private Optional<CryptoToken> activeToken() {
        if (token.status().active()) {
            return Optional.of(token);
        }
        try {
            token.activate();
            LOG.info(() -> "responder token '" + token.name() + "' is active");
            return Optional.of(token);
        } catch (GovCaException e) {
            LOG.log(Level.WARNING, "OCSP is not served: responder token ''{0}'' cannot be used: {1};"
                    + " retrying every refresh", new Object[] {token.name(), e.getMessage()});
            return Optional.empty();
        }
    }

    private List<CaRef> served() {
        return issuers.issuers().stream().map(ServedIssuer::ca).toList();
    }

    /**
     * A certificate of {@code ca} changed in the database: its next answer is read again; when it
     * is the responder certificate in use (revoked by the CA), the CA's credential is looked up
     * again at once rather than at the next refresh.
     */
    private void statusChanged(CaRef ca, String serialHex) {
        SerialNumber serial = SerialNumber.fromHex(serialHex);
        responder.statusChanged(ca, serial);
        if (issuers.get(ca).filter(s -> s.credential().serial().equals(serial.value())).isPresent()) {
            refresh();
        }
    }

    @PreDestroy
    void stop() {
        tasks.forEach(t -> t.cancel(false));
        if (token != null) {
            token.close();
        }
    }
}
