package vn.govca.ocsp.node.interfaces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import vn.govca.ocsp.application.OcspResponder;
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
    protected OcspResponder responder() {
        return node.responder();
    }
}
