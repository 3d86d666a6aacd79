package vn.govca.ca.interfaces.http;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.Instant;
import java.util.Optional;
import vn.govca.ca.application.ocsp.OcspService;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.interfaces.OcspServlet;

/**
 * The CA server's OCSP endpoint (RFC 6960 Appendix A, RFC 5019 §5-6): {@code POST /ocsp} with
 * the DER request as body and {@code GET /ocsp/{base64 or base64url request}}, answered by
 * {@link OcspService} through the servlet binding the validation node shares
 * ({@link OcspServlet}: always {@code application/ocsp-response} with HTTP 200, bad input →
 * malformedRequest, RFC 5019 caching headers on GET). Public, plain HTTP; more specific than the
 * JAX-RS application's {@code /*}, so it never passes through JAX-RS.
 */
@WebServlet(name = "ocsp", urlPatterns = "/ocsp/*", loadOnStartup = 1)
public class OcspEndpoint extends OcspServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OcspService ocsp;

    @Inject
    transient ServerContext context;

    @Override
    protected OcspReply respond(byte[] requestDer) {
        return ocsp.respond(requestDer);
    }

    @Override
    protected OcspReply respondToGet(String encodedRequest) {
        return ocsp.respondToGet(encodedRequest);
    }

    @Override
    protected Optional<OcspReply> cached(byte[] requestDer) {
        return ocsp.cached(requestDer);
    }

    @Override
    protected Optional<OcspReply> signedFromMemory(byte[] requestDer) {
        return ocsp.signedFromMemory(requestDer);
    }

    @Override
    protected Optional<OcspReply> cachedGet(String encodedRequest) {
        return ocsp.cachedGet(encodedRequest);
    }

    @Override
    protected Instant now() {
        return context.clock().instant();
    }
}
