package vn.govca.ocsp.node.interfaces;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import vn.govca.ocsp.node.application.ValidationNode;
import vn.govca.pki.domain.token.TokenStatus;

/**
 * {@code GET /health} of a validation node, for load balancers: 200 when the database (replica)
 * answers and the responder token is active; 503 otherwise, saying which part is down. Lists
 * per CA whether it is served (a CA whose responder certificate is not provisioned yet is answered
 * {@code unauthorized} but does not take the node out of the pool), and how many signed answers are
 * cached ({@code ocspCachedAnswers}: after a restart the cache fills as relying parties ask).
 */
@Path("health")
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/GovCaDS")
    DataSource dataSource;

    @Inject
    ValidationNode node;

    /** The health answer. */
    public record Health(String status, String database, String responderToken, Map<String, String> cas,
                         int ocspCachedAnswers) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        String db = database();
        TokenStatus token = node.tokenStatus();
        boolean up = "UP".equals(db) && token.active();
        Health h = new Health(up ? "UP" : "DOWN", db, token.active() ? "UP" : "DOWN: " + token.reason(), node.cas(),
                node.responder() == null ? 0 : node.responder().preProducedCount());
        return Response.status(up ? 200 : 503).entity(h).header("Cache-Control", "no-store").build();
    }

    private String database() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2) ? "UP" : "DOWN: connection not valid";
        } catch (SQLException e) {
            return "DOWN: " + e.getClass().getSimpleName();
        }
    }
}
