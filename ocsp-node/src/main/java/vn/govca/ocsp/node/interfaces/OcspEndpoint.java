package vn.govca.ocsp.node.interfaces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.interfaces.OcspServlet;
import vn.govca.ocsp.node.application.ValidationNode;

/**
 * The validation node's OCSP endpoint, the same paths and the same servlet binding
 * ({@link OcspServlet}) as the CA server's: {@code POST /ocsp} and
 * {@code GET /ocsp/{base64 or base64url request}}; always {@code application/ocsp-response} with
 * HTTP 200, bad input → malformedRequest, RFC 5019 caching headers on GET.
 */
@WebServlet(name = "ocsp", urlPatterns = "/ocsp/*", loadOnStartup = 1)
public class OcspEndpoint extends OcspServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ValidationNode node;

    @Override
    protected OcspReply respond(byte[] requestDer) {
        return node.respond(requestDer);
    }

    @Override
    protected OcspReply respondToGet(String encodedRequest) {
        return node.respondToGet(encodedRequest);
    }

    @Override
    protected Optional<OcspReply> cached(byte[] requestDer) {
        return node.cached(requestDer);
    }

    @Override
    protected Optional<OcspReply> signedFromMemory(byte[] requestDer) {
        return node.signedFromMemory(requestDer);
    }

    @Override
    protected Optional<OcspReply> cachedGet(String encodedRequest) {
        return node.cachedGet(encodedRequest);
    }
}
