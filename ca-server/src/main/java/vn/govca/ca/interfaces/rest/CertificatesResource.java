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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.certificates.CertificateQueries;
import vn.govca.ca.application.issuance.CertificateIssuanceService;
import vn.govca.ca.application.issuance.IssueCommand;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.infrastructure.CertificatePage;
import vn.govca.pki.domain.GovCaException;

/** {@code /api/v1/certificates}: issue from a CSR, get one by CA and serial, search with paging. */
@Path("api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    @Inject
    CertificateIssuanceService issuance;

    @Inject
    CertificateQueries queries;

    @Inject
    CaDirectory directory;

    @Inject
    vn.govca.ca.application.revocation.RevocationService revocation;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(IssueCommand cmd) {
        if (cmd == null) {
            throw GovCaException.malformed("request body is required: {ca, profile, csr, ...}");
        }
        CertificateIssuanceService.Issued issued = issuance.issue(AuthenticationFilter.principal(request), cmd);
        String serial = issued.certificate().serial().hex();
        return Response.created(URI.create("api/v1/certificates/" + issued.caName() + "/" + serial))
                .entity(CertificateView.issued(issued.certificate(), issued.caName(), cmd.profile(), issued.chain()))
                .build();
    }

    @GET
    @Path("{ca}/{serial}")
    public CertificateView get(@PathParam("ca") String ca, @PathParam("serial") String serial) {
        CertificateRecord rec = queries.bySerial(AuthenticationFilter.principal(request), ca, serial);
        return CertificateView.of(rec, ca, true, null);
    }

    /** The body of a revocation: an RFC 5280 reason and, optionally, when the key was known bad. */
    public record Revocation(String reason, String invalidityDate) {
    }

    @POST
    @Path("{ca}/{serial}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public CertificateView revoke(@PathParam("ca") String ca, @PathParam("serial") String serial, Revocation body) {
        if (body == null) {
            throw GovCaException.malformed("request body is required: {reason, invalidityDate?}");
        }
        CertificateRecord rec = revocation.revoke(AuthenticationFilter.principal(request), ca, serial, body.reason(),
                instant(body.invalidityDate(), "invalidityDate"));
        return CertificateView.of(rec, ca, false, null);
    }

    @POST
    @Path("{ca}/{serial}/reinstate")
    public CertificateView reinstate(@PathParam("ca") String ca, @PathParam("serial") String serial) {
        return CertificateView.of(revocation.reinstate(AuthenticationFilter.principal(request), ca, serial), ca,
                false, null);
    }

    private static java.time.Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw GovCaException.malformed(field + " '" + text + "' is not an ISO-8601 instant such as "
                    + "2026-11-23T08:00:00Z");
        }
    }

    /** One page of a search. */
    public record Page(List<CertificateView> items, Long nextCursor) {
    }

    @GET
    public Page search(@QueryParam("ca") String ca, @QueryParam("status") String status,
                       @QueryParam("profile") String profile, @QueryParam("subject") String subject,
                       @QueryParam("match") String match, @QueryParam("cursor") Long cursor,
                       @QueryParam("limit") Integer limit) {
        if (match != null && !match.equals("prefix") && !match.equals("contains")) {
            throw GovCaException.malformed("match '" + match + "' must be 'prefix' or 'contains'");
        }
        CertificatePage page = queries.search(AuthenticationFilter.principal(request),
                new CertificateQueries.Filter(ca, status, profile, subject, "contains".equals(match)), cursor, limit);
        Map<Long, String> caNames = directory.all().stream()
                .collect(Collectors.toMap(CertificateAuthorityRecord::id, CertificateAuthorityRecord::name));
        return new Page(page.items().stream().map(c -> CertificateView.of(c, caNames.get(c.caId()), false, null))
                .toList(), page.nextCursor().isPresent() ? page.nextCursor().getAsLong() : null);
    }
}
