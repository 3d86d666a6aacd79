package vn.govca.ca.interfaces.http;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.Clock;
import vn.govca.ca.application.ocsp.OcspService;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ocsp.application.OcspResponder;
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
    protected OcspResponder responder() {
        return ocsp.responder();
    }

    @Override
    protected Clock clock() {
        return context.clock();
    }
}
