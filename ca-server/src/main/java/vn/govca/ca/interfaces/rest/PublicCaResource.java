package vn.govca.ca.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.Pem;

/**
 * CA certificate distribution (the AIA caIssuers target): {@code /ca/} lists the CAs,
 * {@code /ca/{name}.crt} is the DER certificate (RFC 5280 §4.2.2.1: application/pkix-cert),
 * {@code /ca/{name}.pem} the PEM form. Public, no authentication.
 */
@Path("ca")
public class PublicCaResource {

    @Inject
    CaDirectory directory;

    @Inject
    ServerContext context;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CaView> list() {
        List<CertificateAuthorityRecord> all = directory.all();
        String base = context.config().publicBaseUrl().toString();
        return all.stream().map(ca -> CaView.of(ca, CaView.parentName(ca, all), online(context, ca), base, null, false)).toList();
    }

    @GET
    @Path("{file: [A-Za-z0-9][A-Za-z0-9_-]{0,63}\\.(crt|pem)}")
    public Response certificate(@PathParam("file") String file) {
        int dot = file.lastIndexOf('.');
        String name = file.substring(0, dot);
        CertificateAuthorityRecord ca = directory.find(name);
        if (ca.certificateDer() == null) {
            throw GovCaException.notFound("CA '" + name + "' has no certificate yet");
        }
        CacheControl cc = new CacheControl();
        cc.setMaxAge(3600);
        boolean der = file.endsWith(".crt");
        return Response.ok(der ? ca.certificateDer() : Pem.encode("CERTIFICATE", ca.certificateDer()))
                .type(der ? "application/pkix-cert" : "application/x-pem-file")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .cacheControl(cc).build();
    }


    /** "online" when the CA's token is active, else "offline: reason". */
    static String online(ServerContext context, CertificateAuthorityRecord ca) {
        var statuses = context.tokens().statuses();
        var s = statuses.get(ca.key().tokenName());
        if (s == null) {
            return "offline: token '" + ca.key().tokenName() + "' is not configured";
        }
        return s.active() ? "online" : "offline: " + s.reason();
    }
}
