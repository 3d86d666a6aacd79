package vn.govca.ocsp.interfaces;

import io.undertow.server.Connectors;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.ImmediatePooledByteBuffer;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.domain.OcspRequestParser;

/**
 * Answers the OCSP requests that a pre-produced response answers — the common case: one CertID,
 * no nonce — in an Undertow handler ahead of the servlet chain, on the I/O thread, without a
 * servlet request, security context or worker-thread hand-off. A POST with a nonce or several
 * CertIDs whose statuses are all pre-produced is signed without the servlet chain: on the I/O
 * thread when the responder token signs in this JVM (a soft token: tens of microseconds of CPU,
 * never a wait — the hand-off cost more than that on two cores), else on a worker thread. Everything else (a status not read yet, a chunked or oversized body, any doubt)
 * goes on to {@link OcspServlet} unchanged, which answers it in full. The answers are the servlet's: the same
 * {@link OcspHttp} headers, the same responder core ({@code OcspResponder.cached}).
 *
 * <p>Installed by the deployable's {@code META-INF/services/io.undertow.servlet.ServletExtension};
 * active once its {@link OcspServlet} has started and published its {@link Answers} as a servlet
 * context attribute. Measured in docs/benchmarks.md: the servlet chain cost most of a cached
 * answer's CPU.
 */
public final class OcspFastPath implements ServletExtension {

    /** Servlet context attribute holding the {@link Answers} of the deployment's OCSP servlet. */
    static final String ATTRIBUTE = OcspFastPath.class.getName();

    /**
     * What the OCSP servlet answers from memory alone.
     *
     * @param post   the reply to a DER request body, or empty when the servlet must answer
     * @param get    the reply to the encoded request of a GET, or empty when the servlet must answer
     * @param signed the reply to a DER request body that may need signing, or empty when the
     *               servlet must answer; on an I/O thread only if {@code signsInProcess}
     * @param signsInProcess whether {@code signed} never waits (the responder token signs in this
     *               JVM), so that an I/O thread may call it
     * @param now    the time used for {@code max-age}
     */
    public record Answers(Function<byte[], Optional<OcspReply>> post, Function<String, Optional<OcspReply>> get,
                          Function<byte[], Optional<OcspReply>> signed, BooleanSupplier signsInProcess,
                          Supplier<Instant> now) {
    }

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addInitialHandlerChainWrapper(next -> new Handler(next, servletContext));
    }

    /** The handler in front of the deployment's servlet chain. */
    static final class Handler implements HttpHandler {

        private final HttpHandler next;
        private final ServletContext context;
        private volatile Answers answers;

        Handler(HttpHandler next, ServletContext context) {
            this.next = next;
            this.context = context;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            Answers a = answers();
            String ocspPath = exchange.getResolvedPath() + "/ocsp";
            if (a == null || !exchange.getRequestURI().startsWith(ocspPath)) {
                next.handleRequest(exchange);
            } else if (exchange.getRequestMethod().equals(Methods.GET)) {
                String encoded = OcspServlet.encodedRequest(exchange.getRequestURI(), ocspPath);
                Optional<OcspReply> reply = encoded.isEmpty() ? Optional.empty() : a.get().apply(encoded);
                if (reply.isPresent()) {
                    send(exchange, OcspHttp.get(reply.get(), a.now().get(),
                            exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH)));
                } else {
                    next.handleRequest(exchange);
                }
            } else if (exchange.getRequestMethod().equals(Methods.POST) && exchange.getRequestURI().equals(ocspPath)
                    && fits(exchange.getRequestContentLength())) {
                exchange.getRequestReceiver().receiveFullBytes((ex, body) -> afterBody(ex, body, a));
            } else {
                next.handleRequest(exchange);
            }
        }

        /** A body whose whole length is declared and within the responder's limit. */
        private static boolean fits(long contentLength) {
            return contentLength > 0 && contentLength <= OcspRequestParser.MAX_REQUEST_BYTES;
        }

        /**
         * With the whole body read: the cached answer; else an answer signed from pre-produced
         * statuses (on this I/O thread if signing never waits, else on a worker thread); else the
         * servlet on a worker thread, with the body given back to the exchange (as Undertow's
         * RequestBufferingHandler gives it back), read as if untouched.
         */
        private void afterBody(HttpServerExchange exchange, byte[] body, Answers a) {
            Optional<OcspReply> reply = a.post().apply(body);
            if (reply.isPresent()) {
                send(exchange, OcspHttp.posted(reply.get()));
            } else if (exchange.isInIoThread() && !a.signsInProcess().getAsBoolean()) {
                exchange.dispatch(() -> signedOrServlet(exchange, body, a));
            } else {
                signedOrServlet(exchange, body, a);
            }
        }

        private void signedOrServlet(HttpServerExchange exchange, byte[] body, Answers a) {
            Optional<OcspReply> reply = a.signed().apply(body);
            if (reply.isPresent()) {
                send(exchange, OcspHttp.posted(reply.get()));
            } else if (exchange.isInIoThread()) {
                exchange.dispatch(() -> servlet(exchange, body));
            } else {
                servlet(exchange, body);
            }
        }

        /** The servlet chain, on a worker thread, reading {@code body} as if untouched. */
        private void servlet(HttpServerExchange exchange, byte[] body) {
            Connectors.ungetRequestBytes(exchange, new ImmediatePooledByteBuffer(ByteBuffer.wrap(body)));
            Connectors.resetRequestChannel(exchange);
            try {
                next.handleRequest(exchange);
            } catch (Exception e) {
                throw new IllegalStateException("the OCSP servlet failed on a request the fast path passed on", e);
            }
        }

        private static void send(HttpServerExchange exchange, OcspHttp.Answer answer) {
            exchange.setStatusCode(answer.status());
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().put(HttpString.tryFromString(name),
                    value));
            OcspReply reply = answer.reply();
            if (reply == null) {
                exchange.endExchange();
                return;
            }
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, OcspHttp.OCSP_RESPONSE);
            exchange.setResponseContentLength(reply.length());
            exchange.getResponseSender().send(reply.buffer());
        }

        private Answers answers() {
            Answers a = answers;
            if (a == null && context.getAttribute(ATTRIBUTE) instanceof Answers published) {
                answers = published;
                a = published;
            }
            return a;
        }
    }
}
