package vn.govca.ca.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.crl.CrlPublisher;
import vn.govca.db.domain.CrlKind;

/**
 * {@code POST /api/v1/cas/{name}/crl}: issue the CA's CRLs now (full, and delta if enabled) —
 * e.g. after a key ceremony or before a planned outage — instead of waiting for the schedule.
 * CA administrators and operators; each CRL is audited as CRL_ISSUED.
 */
@Path("api/v1/cas/{name}/crl")
@Produces(MediaType.APPLICATION_JSON)
public class CrlPublicationResource {

    @Inject
    CrlPublisher publisher;

    @Inject
    CaDirectory directory;

    @Context
    HttpServletRequest request;

    /** One issued CRL as the API shows it. */
    public record CrlView(String kind, String crlNumber, String baseCrlNumber, String thisUpdate, String nextUpdate,
                          long entries, long length, String sha256, String url) {
    }

    /** The answer: the CRLs issued, full first. */
    public record Issued(List<CrlView> crls) {
    }

    @POST
    public Issued publish(@PathParam("name") String name) {
        List<CrlPublisher.Published> published = publisher.publishNow(AuthenticationFilter.principal(request), name);
        return new Issued(published.stream().map(this::view).toList());
    }

    private CrlView view(CrlPublisher.Published p) {
        var points = directory.publicationPoints(p.caName());
        return new CrlView(p.kind().name(), p.crlNumber().toString(),
                p.baseCrlNumber() == null ? null : p.baseCrlNumber().toString(), p.thisUpdate().toString(),
                p.nextUpdate().toString(), p.entries(), p.length(), p.sha256(),
                (p.kind() == CrlKind.DELTA ? points.deltaCrlUrl() : points.crlUrl()).toString());
    }
}
