package vn.govca.ca.interfaces.rest;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.ocsp.OcspService;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ca.infrastructure.startup.StartupSequence;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateAuthorityStatus;
import vn.govca.ocsp.application.OcspResponder;

/**
 * {@code GET /health}: 200 when start-up finished, the database answers and every active CA's
 * token answers; 503 otherwise, saying which part is down. Public, for load balancers. Also says
 * how many signed OCSP answers are cached ({@code ocspCachedAnswers}): after a restart the cache
 * fills as relying parties ask, and until then their first answers are signed one by one.
 */
@Path("health")
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/GovCaDS")
    DataSource dataSource;

    @Inject
    StartupSequence startup;

    @Inject
    ServerContext context;

    @Inject
    CaDirectory directory;

    @Inject
    OcspService ocsp;

    /** The health answer. */
    public record Health(String status, String database, Map<String, String> cas, int ocspCachedAnswers) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        String db = database();
        Map<String, String> cas = new LinkedHashMap<>();
        boolean up = startup.ready() && "UP".equals(db);
        if ("UP".equals(db)) {
            for (CertificateAuthorityRecord ca : directory.all()) {
                String online = PublicCaResource.online(context, ca);
                cas.put(ca.name(), ca.status() + ", " + online);
                if (ca.status() == CertificateAuthorityStatus.ACTIVE && !"online".equals(online)) {
                    up = false;
                }
            }
        }
        Health h = new Health(up ? "UP" : "DOWN", db, cas, ocspCachedAnswers());
        return Response.status(up ? 200 : 503).entity(h).header("Cache-Control", "no-store").build();
    }

    private int ocspCachedAnswers() {
        OcspResponder responder = ocsp.responder();
        return responder == null ? 0 : responder.preProducedCount();
    }

    private String database() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2) ? "UP" : "DOWN: connection not valid";
        } catch (SQLException e) {
            return "DOWN: " + e.getClass().getSimpleName();
        }
    }
}
