package vn.govca.ca.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Date;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ca.infrastructure.crl.CrlFileInfo;
import vn.govca.ca.infrastructure.crl.CrlFiles;
import vn.govca.db.domain.CrlKind;
import vn.govca.pki.domain.GovCaException;

/**
 * CRL distribution (the target of the CRL distribution point and Freshest CRL of the certificates,
 * RFC 5280 §4.2.1.13, §4.2.1.15): {@code /crl/{ca}.crl} (full) and {@code /crl/{ca}-delta.crl}
 * (delta), DER as {@code application/pkix-crl} (RFC 2585 §4.2), streamed from the publish
 * directory. HTTP caching follows the CRL: Last-Modified is thisUpdate, Expires is nextUpdate,
 * max-age never reaches past nextUpdate nor the next scheduled issue, the ETag is the file's
 * SHA-256. Public, over plain HTTP (RFC 5280 §8).
 *
 * <p>Files are served without asking the database, so CRL distribution keeps working while it is
 * down; only a missing file is looked up, to say whether the CA is unknown or has no CRL yet.
 */
@Path("crl")
public class CrlDistributionResource {

    static final String PKIX_CRL = "application/pkix-crl";

    @Inject
    CaDirectory directory;

    @Inject
    CrlFiles files;

    @Inject
    ServerContext context;

    @Context
    Request request;

    @GET
    @Path("{file: [A-Za-z0-9][A-Za-z0-9_-]{0,69}\\.crl}")
    public Response crl(@PathParam("file") String file) {
        Target t = resolve(file);
        CrlFiles.Opened opened = files.open(t.caName(), t.kind()).orElseThrow(() -> missing(t));
        try {
            CrlFileInfo info = opened.info();
            Response.ResponseBuilder notModified = request.evaluatePreconditions(Date.from(info.thisUpdate()),
                    etag(info));
            if (notModified != null) {
                opened.close();
                return headers(notModified, t, info).build();
            }
            return headers(Response.ok(opened.stream(), PKIX_CRL), t, info)
                    .header(HttpHeaders.CONTENT_LENGTH, info.length()).build();
        } catch (IOException e) {
            throw GovCaException.unavailable("cannot close CRL file of CA '" + t.caName() + "': " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(opened, e);
            throw e;
        }
    }

    /** The headers of {@link #crl} without opening a stream the container would not read. */
    @HEAD
    @Path("{file: [A-Za-z0-9][A-Za-z0-9_-]{0,69}\\.crl}")
    public Response head(@PathParam("file") String file) {
        Target t = resolve(file);
        CrlFileInfo info = files.describe(t.caName(), t.kind()).orElseThrow(() -> missing(t));
        return headers(Response.ok().type(PKIX_CRL), t, info).header(HttpHeaders.CONTENT_LENGTH, info.length())
                .build();
    }

    private record Target(String caName, CrlKind kind) {
    }

    /** {@code {ca}-delta.crl} is the delta CRL of {@code {ca}} (no CA name ends with -delta), else the full CRL. */
    private static Target resolve(String file) {
        String name = file.substring(0, file.length() - ".crl".length());
        return name.endsWith(CaDirectory.DELTA_SUFFIX)
                ? new Target(name.substring(0, name.length() - CaDirectory.DELTA_SUFFIX.length()), CrlKind.DELTA)
                : new Target(name, CrlKind.FULL);
    }

    /** Why there is no file: the database is asked only then, so CRLs are served even while it is down. */
    private GovCaException missing(Target t) {
        boolean known = directory.all().stream().anyMatch(ca -> ca.name().equals(t.caName()));
        if (!known) {
            return GovCaException.notFound("no CA named '" + t.caName() + "'");
        }
        return GovCaException.notFound("CA '" + t.caName() + "' has published no "
                + (t.kind() == CrlKind.DELTA ? "delta CRL" : "CRL") + " yet");
    }

    private Response.ResponseBuilder headers(Response.ResponseBuilder b, Target t, CrlFileInfo info) {
        long maxAge = (t.kind() == CrlKind.DELTA ? context.crl().delta() : context.crl().full())
                .maxAge(info.nextUpdate(), context.clock().instant()).toSeconds();
        return b.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge)
                .lastModified(Date.from(info.thisUpdate())).expires(Date.from(info.nextUpdate())).tag(etag(info));
    }

    private static EntityTag etag(CrlFileInfo info) {
        return new EntityTag(info.sha256());
    }

    private static void close(CrlFiles.Opened opened, RuntimeException primary) {
        try {
            opened.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }
}
