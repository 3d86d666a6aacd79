package vn.govca.ca.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.ca.CaLifecycleService;
import vn.govca.ca.application.ca.CreateCaCommand;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.Pem;

/** {@code /api/v1/cas}: list, inspect and create CAs (CA administrators create). */
@Path("api/v1/cas")
@Produces(MediaType.APPLICATION_JSON)
public class CasResource {

    @Inject
    CaLifecycleService lifecycle;

    @Inject
    CaDirectory directory;

    @Inject
    vn.govca.ca.application.ca.ExternalCaService external;

    @Inject
    ServerContext context;

    @Context
    HttpServletRequest request;

    @GET
    public List<CaView> list() {
        AuthenticationFilter.principal(request).requireAnyOf("list CAs", Role.values());
        List<CertificateAuthorityRecord> all = directory.all();
        return all.stream().map(ca -> view(ca, all, null)).toList();
    }

    @GET
    @Path("{name}")
    public CaView get(@PathParam("name") String name) {
        AuthenticationFilter.principal(request).requireAnyOf("read CAs", Role.values());
        return view(directory.find(name), directory.all(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateCaCommand cmd) {
        if (cmd == null) {
            throw GovCaException.malformed("request body is required: {name, type, token, keySpec, subject, ...}");
        }
        CaLifecycleService.Created created = lifecycle.create(AuthenticationFilter.principal(request), cmd);
        String csr = created.csrDer() == null ? null : Pem.encode("CERTIFICATE REQUEST", created.csrDer());
        return Response.created(URI.create("api/v1/cas/" + created.ca().name()))
                .entity(view(created.ca(), directory.all(), csr)).build();
    }

    /** The body of a certificate import. */
    public record CertificateImport(String certificatePem) {
    }

    @POST
    @Path("{name}/certificate")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaView importCertificate(@PathParam("name") String name, CertificateImport body) {
        CertificateAuthorityRecord ca = external.importCertificate(AuthenticationFilter.principal(request), name,
                body == null ? null : body.certificatePem());
        return view(ca, directory.all(), null);
    }

    private CaView view(CertificateAuthorityRecord ca, List<CertificateAuthorityRecord> all, String csr) {
        return CaView.of(ca, CaView.parentName(ca, all), PublicCaResource.online(context, ca),
                context.config().publicBaseUrl().toString(), csr, true);
    }
}
