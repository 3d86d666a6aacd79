package vn.govca.ca.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.application.crl.CrlSchedule;
import vn.govca.ca.application.ocsp.OcspService;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ca.infrastructure.ocsp.StatusFollower;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.infrastructure.DatabaseMigrator;
import vn.govca.db.infrastructure.MigrationOutcome;
import vn.govca.pki.domain.token.TokenStatus;

/**
 * Brings the CA server up in a fixed order: migrate the schema (Flyway), load and validate
 * configuration and profiles, activate the crypto tokens (each activation or failure audited;
 * a token that fails leaves its CAs offline but the server running), enrol the first
 * administrator, create the demo hierarchy on a first start, publish the CRLs that are missing or
 * due and start the CRL schedule, and serve OCSP for the active CAs (responder keys and
 * certificates created or renewed as needed; a CA that cannot be served is logged, not fatal),
 * following status changes committed by other nodes.
 *
 * <p>Bean-managed transactions: Flyway commits on its own connection, which a container
 * transaction would forbid.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());
    private static final String SYSTEM = "system (start-up)";

    @Resource(lookup = "java:jboss/datasources/GovCaDS")
    DataSource dataSource;

    @Inject
    ServerContext context;

    @Inject
    AuditTrail audit;

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    CatalogRegistration catalog;

    @Inject
    DemoHierarchy demoHierarchy;

    @Inject
    CrlSchedule crlSchedule;

    @Inject
    OcspService ocsp;

    @Inject
    StatusFollower statusFollower;

    private volatile boolean ready;

    @PostConstruct
    void start() {
        MigrationOutcome migrated = DatabaseMigrator.migrate(dataSource);
        LOG.info(() -> "database schema at version " + migrated);
        catalog.registerAll();
        for (Map.Entry<String, TokenStatus> e : context.tokens().activateAll().entrySet()) {
            TokenStatus s = e.getValue();
            audit.recordAlone(SYSTEM, s.active() ? AuditTrail.TOKEN_ACTIVATED : AuditTrail.TOKEN_FAILED,
                    "token " + e.getKey(), s.active() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                    Map.of("reason", s.reason()));
        }
        firstAdministrator.enrolIfNone();
        if (context.config().demoHierarchy()) {
            demoHierarchy.createIfEmpty();
        }
        crlSchedule.start();
        ocsp.refresh();
        statusFollower.start();
        audit.recordAlone(SYSTEM, AuditTrail.SERVER_STARTED, "server", AuditOutcome.SUCCESS,
                Map.of("schema", migrated.toString()));
        ready = true;
        LOG.info("GovCA CA server started");
    }

    /** Whether start-up finished (the health check's first condition). */
    public boolean ready() {
        return ready;
    }
}
