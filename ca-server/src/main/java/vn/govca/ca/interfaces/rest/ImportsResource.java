package vn.govca.ca.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import vn.govca.ca.application.ra.ImportService;
import vn.govca.ca.application.ra.csvimport.ImportTemplate;
import vn.govca.ca.application.ra.csvimport.RowError;
import vn.govca.pki.domain.GovCaException;

/**
 * {@code /api/v1/imports}: bulk import of subscribers and their new-issuance requests from a UTF-8
 * CSV (issue 4), all or nothing; a refused file answers 422 with every row error (JSON, or the
 * downloadable CSV report with {@code ?report=csv}).
 */
@Path("api/v1/imports")
public class ImportsResource {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ImportService imports;

    @Context
    HttpServletRequest request;

    /** The outcome of an accepted import. */
    public record Imported(int subscribers, int requests) {
    }

    /** A refused import: RFC 9457 fields plus every row error. */
    public record Refused(String type, String title, int status, String detail, String category, List<RowError> errors) {
    }

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response importCsv(InputStream body, @QueryParam("report") String report) {
        if (body == null) {
            throw GovCaException.malformed("request body is required: a UTF-8 CSV file");
        }
        ImportService.Outcome out = imports.importCsv(AuthenticationFilter.principal(request), body);
        if (out.accepted()) {
            return Response.ok(new Imported(out.subscribers(), out.requests()), MediaType.APPLICATION_JSON).build();
        }
        if ("csv".equalsIgnoreCase(report)) {
            return Response.status(422).type(CSV).entity(out.report().errorReportCsv())
                    .header("Content-Disposition", "attachment; filename=\"loi_nhap_thue_bao.csv\"").build();
        }
        String detail = out.report().rejectedLines().size() + " of " + out.report().dataRows()
                + " rows have errors; nothing was imported. Correct them and upload the whole file again.";
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(new Refused("urn:govca:problem:policy-violation",
                "Refused by policy", 422, detail, "POLICY_VIOLATION", out.report().errors())).build();
    }

    /** The template CSV with one example row per subscriber kind. */
    @GET
    @Path("template")
    @Produces("text/csv")
    public Response template() {
        AuthenticationFilter.principal(request);
        return Response.ok(ImportTemplate.bytes(), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + ImportTemplate.FILE_NAME + "\"").build();
    }
}
