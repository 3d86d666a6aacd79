package vn.govca.ocsp.interfaces;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.govca.ocsp.application.OcspResponder;
import vn.govca.ocsp.domain.OcspReply;

/**
 * {@code POST /ocsp} and {@code GET /ocsp/{request}} as a plain servlet, answered through
 * {@link OcspHttp}. OCSP is the hottest path of the server (every signed document is checked
 * against it), so it bypasses JAX-RS and CDI request scopes: a cached answer costs a map look-up
 * and one write. Each deployable maps a subclass at {@code /ocsp/*} and supplies its responder core
 * ({@link #responder}).
 *
 * <p>The GET request is taken from the raw request URI, still percent-encoded: base64 may contain
 * {@code /} and {@code +}, which a decoded path would mangle; the core decodes it (RFC 5019 §5).
 */
public abstract class OcspServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The deployable's responder core; every answer below comes from it. Asked once and kept: the
     * deployables reach it through a container proxy, whose bookkeeping on every call (a
     * thread-local set and removed) allocated a weakly referenced map entry per request.
     */
    protected abstract OcspResponder responder();

    /** The clock of {@code max-age}; asked once and kept, like {@link #responder()}. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    private transient volatile OcspResponder core;
    private transient volatile Clock kept;

    private OcspResponder core() {
        OcspResponder c = core;
        if (c == null) {
            c = responder();
            core = c;
        }
        return c;
    }

    /** Answers a DER request. Never throws. */
    protected OcspReply respond(byte[] requestDer) {
        return core().respond(requestDer);
    }

    /** Answers the encoded request of a GET. Never throws. */
    protected OcspReply respondToGet(String encodedRequest) {
        return core().respondToGet(encodedRequest);
    }

    /**
     * The reply to a DER request from memory alone, or empty when {@link #respond} must answer
     * ({@link OcspResponder#cached}); {@link OcspFastPath} calls it on an I/O thread.
     */
    protected Optional<OcspReply> cached(byte[] requestDer) {
        return core().cached(requestDer);
    }

    /**
     * The reply to a DER request signed from pre-produced statuses, or empty when {@link #respond}
     * must answer ({@link OcspResponder#signedFromMemory}); called on an I/O thread only when
     * {@link #signsInProcess()}, else on a worker thread.
     */
    protected Optional<OcspReply> signedFromMemory(byte[] requestDer) {
        return core().signedFromMemory(requestDer);
    }

    /**
     * Whether nonce answers may be signed on the I/O thread that read the request
     * ({@link OcspResponder#signsInProcess()}: a soft responder token), instead of on a worker thread.
     */
    protected boolean signsInProcess() {
        return core().signsInProcess();
    }

    /** {@link #cached} for the encoded request of a GET. */
    protected Optional<OcspReply> cachedGet(String encodedRequest) {
        return core().cachedGet(encodedRequest);
    }

    /** The time used for {@code max-age}. */
    private Instant now() {
        Clock c = kept;
        if (c == null) {
            c = clock();
            kept = c;
        }
        return c.instant();
    }

    /** Publishes the in-memory answers to the deployment's {@link OcspFastPath}. */
    @Override
    public void init() throws ServletException {
        super.init();
        getServletContext().setAttribute(OcspFastPath.ATTRIBUTE,
                new OcspFastPath.Answers(this::cached, this::cachedGet, this::signedFromMemory,
                        this::signsInProcess, this::now));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        write(OcspHttp.post(req.getInputStream(), this::respond), resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String encoded = encodedRequest(req.getRequestURI(), req.getContextPath() + req.getServletPath());
        OcspHttp.Answer answer = encoded.isEmpty() ? OcspHttp.malformed()
                : OcspHttp.get(respondToGet(encoded), now(), req.getHeader("If-None-Match"));
        write(answer, resp);
    }

    /** What follows {@code prefix/} in {@code uri} (raw, without query), or "" when nothing does. */
    static String encodedRequest(String uri, String prefix) {
        if (uri == null || !uri.startsWith(prefix)) {
            return "";
        }
        String rest = uri.substring(prefix.length());
        return rest.startsWith("/") ? rest.substring(1) : "";
    }

    private static void write(OcspHttp.Answer answer, HttpServletResponse resp) throws IOException {
        resp.setStatus(answer.status());
        answer.headers().forEach(resp::setHeader);
        OcspReply reply = answer.reply();
        if (reply != null) {
            resp.setContentType(OcspHttp.OCSP_RESPONSE);
            resp.setContentLength(reply.length());
            reply.writeTo(resp.getOutputStream());
        }
    }
}
