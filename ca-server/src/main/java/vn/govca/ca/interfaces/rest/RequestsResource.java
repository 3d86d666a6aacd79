package vn.govca.ca.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.govca.ca.application.ra.FileRequest;
import vn.govca.ca.application.ra.RequestFiling;
import vn.govca.ca.application.ra.RequestQueries;
import vn.govca.ca.application.ra.RequestReview;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.infrastructure.RecordPage;
import vn.govca.pki.domain.GovCaException;

/**
 * {@code /api/v1/requests}: file, submit, cancel, review and follow registration requests, and
 * {@code /api/v1/dashboard} — the same use cases as the RA web UI, with the same authorization
 * (issue 4 "REST"), so provincial systems can file requests in bulk.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class RequestsResource {

    @Inject
    RequestFiling filing;

    @Inject
    RequestReview review;

    @Inject
    RequestQueries queries;

    @Inject
    vn.govca.ca.application.ra.KeyPackages keys;

    @Context
    HttpServletRequest request;

    public record NewRequest(String type, Long subscriberId, String caName, String profile, String csr,
                             Long targetCertificateId, String reason, Integer validityDays, String recipient,
                             String note, Boolean submit, Boolean serverKeyGeneration, Long keyDeviceId) {
    }

    /** The password the downloader chooses for the one-time PKCS#12. */
    public record KeyPackageRequest(String password) {
    }

    /** A decision's comment; for a resubmission also a replacement CSR. */
    public record Decision(String comment, String csr) {
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(NewRequest body) {
        RaResources.body(body, "{type, subscriberId, profile?, csr?, targetCertificateId?, reason?, keyDeviceId?,"
                + " submit?}");
        if (body.subscriberId() == null) {
            throw GovCaException.malformed("subscriberId is required");
        }
        RaRequestRecord r = filing.file(who(), new FileRequest(
                RaResources.enumValue(RaRequestType.class, body.type(), "type"), body.subscriberId(), body.caName(),
                body.profile(), body.csr(), body.targetCertificateId(), body.reason(), body.validityDays(),
                body.recipient(), body.note(), Boolean.TRUE.equals(body.submit()),
                Boolean.TRUE.equals(body.serverKeyGeneration()), body.keyDeviceId()));
        return Response.created(URI.create("api/v1/requests/" + r.id())).entity(RaViews.RequestView.of(r)).build();
    }

    @GET
    @Path("requests")
    public RaViews.PageView<RaViews.RequestView> list(@QueryParam("state") String state, @QueryParam("type") String type,
                                                      @QueryParam("overdue") boolean overdue,
                                                      @QueryParam("mine") boolean mine,
                                                      @QueryParam("after") Long after,
                                                      @QueryParam("limit") Integer limit) {
        RecordPage<RaRequestRecord> page = queries.page(who(),
                RaResources.enumValue(RaRequestState.class, state, "state"),
                RaResources.enumValue(RaRequestType.class, type, "type"), overdue, mine, RaResources.cursor(after),
                RaResources.limit(limit));
        return new RaViews.PageView<>(page.items().stream().map(RaViews.RequestView::of).toList(),
                page.nextCursor().isPresent() ? page.nextCursor().getAsLong() : null);
    }

    @GET
    @Path("requests/{id}")
    public RaViews.RequestView get(@PathParam("id") long id) {
        return RaViews.RequestView.of(queries.detail(who(), id));
    }

    @POST
    @Path("requests/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public RaViews.RequestView submit(@PathParam("id") long id, Decision body) {
        Decision d = body == null ? new Decision(null, null) : body;
        return RaViews.RequestView.of(filing.submit(who(), id, d.csr(), d.comment()));
    }

    @POST
    @Path("requests/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public RaViews.RequestView cancel(@PathParam("id") long id, Decision body) {
        return RaViews.RequestView.of(filing.cancel(who(), id, body == null ? null : body.comment()));
    }

    @POST
    @Path("requests/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public RaViews.RequestView approve(@PathParam("id") long id, Decision body) {
        review.approve(who(), id, body == null ? null : body.comment());
        return RaViews.RequestView.of(queries.detail(who(), id));
    }

    @POST
    @Path("requests/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public RaViews.RequestView reject(@PathParam("id") long id, Decision body) {
        review.reject(who(), id, body == null ? null : body.comment());
        return RaViews.RequestView.of(queries.detail(who(), id));
    }

    @POST
    @Path("requests/{id}/request-information")
    @Consumes(MediaType.APPLICATION_JSON)
    public RaViews.RequestView requestInformation(@PathParam("id") long id, Decision body) {
        review.requestInformation(who(), id, body == null ? null : body.comment());
        return RaViews.RequestView.of(queries.detail(who(), id));
    }

    /** Executes an approved request again after a failure (e.g. the CA's token was offline). */
    @POST
    @Path("requests/{id}/execute")
    public RaViews.RequestView execute(@PathParam("id") long id) {
        review.execute(who(), id);
        return RaViews.RequestView.of(queries.detail(who(), id));
    }

    /** The certificate a completed request issued, PEM (managers: in scope). */
    @GET
    @Path("requests/{id}/certificate")
    @Produces("application/x-pem-file")
    public Response certificate(@PathParam("id") long id) {
        return Response.ok(queries.issuedCertificatePem(who(), id))
                .header("Content-Disposition", "attachment; filename=\"request-" + id + ".pem\"").build();
    }

    /** The server-generated key with its chain, once, as PKCS#12 under the caller's password. */
    @POST
    @Path("requests/{id}/key-package")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/x-pkcs12")
    public Response keyPackage(@PathParam("id") long id, KeyPackageRequest body) {
        RaResources.body(body, "{password}");
        byte[] p12 = keys.take(who(), id, body.password() == null ? null : body.password().toCharArray());
        return Response.ok(p12).header("Content-Disposition", "attachment; filename=\"request-" + id + ".p12\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("dashboard")
    public RaViews.DashboardView dashboard() {
        return RaViews.DashboardView.of(queries.dashboard(who()));
    }

    private Principal who() {
        return AuthenticationFilter.principal(request);
    }
}
