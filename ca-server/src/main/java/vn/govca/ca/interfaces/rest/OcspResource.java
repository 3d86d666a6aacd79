package vn.govca.ca.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import vn.govca.ca.application.ocsp.OcspService;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.domain.OcspRequestParser;
import vn.govca.ocsp.domain.OcspResponseStatus;

/**
 * The OCSP responder's HTTP binding (RFC 6960 Appendix A, RFC 5019 §5-6): {@code POST /ocsp} with
 * the DER request as body and {@code GET /ocsp/{base64 or base64url request}}; the answer is
 * always an {@code application/ocsp-response} with HTTP 200 — bad input is an OCSP
 * {@code malformedRequest}, never a problem body or a 500 (DESIGN invariant 7). Public, plain HTTP.
 *
 * <p>POST accepts any Content-Type, or none: many clients omit {@code application/ocsp-request},
 * and what decides is whether the body is one DER OCSPRequest. At most 64 KiB + 1 byte is read;
 * anything longer is refused by the core as malformed. Caching (RFC 5019 §6.2): a cacheable reply
 * to GET carries {@code Cache-Control: max-age} (≤ {@code govca.ocsp.httpMaxAgeSeconds}, never past
 * nextUpdate), {@code Last-Modified} (producedAt), {@code Expires} (nextUpdate) and a strong
 * {@code ETag}; POST replies and unsuccessful or nonce replies are {@code no-cache, no-store}.
 */
@Path("ocsp")
public class OcspResource {

    static final String OCSP_RESPONSE = "application/ocsp-response";

    @Inject
    OcspService ocsp;

    @Inject
    ServerContext context;

    @Context
    HttpHeaders headers;

    @POST
    public Response post(InputStream body) {
        byte[] request;
        try {
            request = body == null ? new byte[0] : body.readNBytes(OcspRequestParser.MAX_REQUEST_BYTES + 1);
        } catch (IOException e) {
            return notCached(OcspReply.unsuccessful(OcspResponseStatus.MALFORMED_REQUEST));
        }
        return notCached(ocsp.respond(request));
    }

    @GET
    @Path("{request: .+}")
    public Response get(@Encoded @PathParam("request") String request) {
        OcspReply reply = ocsp.respondToGet(request);
        if (!reply.cacheable()) {
            return notCached(reply);
        }
        Instant now = context.clock().instant();
        String etag = reply.etag().orElseThrow();
        Response.ResponseBuilder b = etag.equals(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))
                ? Response.notModified() : Response.ok(reply.der(), OCSP_RESPONSE)
                        .header(HttpHeaders.CONTENT_LENGTH, reply.length());
        return b.header(HttpHeaders.CACHE_CONTROL, "max-age=" + reply.maxAgeSeconds(now)
                        + ", public, no-transform, must-revalidate")
                .header(HttpHeaders.ETAG, etag)
                .lastModified(Date.from(reply.producedAt().orElseThrow()))
                .expires(Date.from(reply.nextUpdate().orElseThrow())).build();
    }

    /** {@code GET /ocsp} without a request: an OCSP malformedRequest, like any other bad request. */
    @GET
    public Response getWithoutRequest() {
        return notCached(OcspReply.unsuccessful(OcspResponseStatus.MALFORMED_REQUEST));
    }

    private static Response notCached(OcspReply reply) {
        return Response.ok(reply.der(), OCSP_RESPONSE).header(HttpHeaders.CONTENT_LENGTH, reply.length())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache, no-store").build();
    }
}
