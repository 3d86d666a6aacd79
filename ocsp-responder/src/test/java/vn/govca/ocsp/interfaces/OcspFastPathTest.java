package vn.govca.ocsp.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.Undertow;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.util.ImmediateInstanceFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.govca.ocsp.application.OcspResponder;
import vn.govca.ocsp.domain.CertIdHashAlgorithm;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.ocsp.testing.Requests;

/**
 * {@link OcspFastPath} in a real Undertow servlet container, in front of a real
 * {@link OcspServlet}: cached answers never reach the servlet, everything else reaches it with the
 * request intact, and both give the same bytes and headers.
 */
class OcspFastPathTest {

    private OcspTestPki pki;
    private CountingServlet servlet;
    private Undertow server;
    private DeploymentManager deployment;
    private String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The servlet as the deployables bind it, counting the requests that reach it. */
    static final class CountingServlet extends OcspServlet {
        private static final long serialVersionUID = 1L;
        final transient AtomicInteger reached = new AtomicInteger();
        final transient OcspResponder responder;

        CountingServlet(OcspResponder responder) {
            this.responder = responder;
        }

        @Override
        protected OcspResponder responder() {
            return responder;
        }

        @Override
        protected OcspReply respond(byte[] requestDer) {
            reached.incrementAndGet();
            return super.respond(requestDer);
        }

        @Override
        protected OcspReply respondToGet(String encodedRequest) {
            reached.incrementAndGet();
            return super.respondToGet(encodedRequest);
        }

        /** The thread of the last {@link #signedFromMemory} call, and of the last servlet answer. */
        final transient AtomicReference<String> signedOn = new AtomicReference<>();
        final transient AtomicReference<String> servedOn = new AtomicReference<>();

        @Override
        protected Optional<OcspReply> signedFromMemory(byte[] requestDer) {
            signedOn.set(Thread.currentThread().getName());
            return super.signedFromMemory(requestDer);
        }

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            servedOn.set(Thread.currentThread().getName());
            super.doPost(req, resp);
        }
    }

    @BeforeEach
    void start() throws Exception {
        pki = OcspTestPki.create();
        servlet = new CountingServlet(pki.responder());
        DeploymentInfo info = Servlets.deployment().setClassLoader(getClass().getClassLoader())
                .setContextPath("/").setDeploymentName("ocsp-fast-path-test")
                .addServlet(Servlets.servlet("ocsp", CountingServlet.class, new ImmediateInstanceFactory<>(servlet))
                        .addMapping("/ocsp/*").setLoadOnStartup(1))
                .addServletExtension(new OcspFastPath());
        deployment = Servlets.newContainer().addDeployment(info);
        deployment.deploy();
        server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(deployment.start()).build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        base = "http://127.0.0.1:" + port;
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        deployment.stop();
        deployment.undeploy();
    }

    private byte[] request(BigInteger serial) {
        return Requests.of(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1, serial);
    }

    private HttpResponse<byte[]> post(String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void post_secondRequestForACertificate_answeredAheadOfTheServletWithTheSameBytes() throws Exception {
        byte[] req = request(pki.issueGood("001099012350").serial().value());

        HttpResponse<byte[]> first = post("/ocsp", req);
        HttpResponse<byte[]> second = post("/ocsp", req);

        assertThat(servlet.reached).hasValue(1);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type")).contains(OcspHttp.OCSP_RESPONSE);
        assertThat(second.headers().firstValue("Cache-Control")).contains(OcspHttp.NOT_CACHED);
        assertThat(second.headers().firstValueAsLong("Content-Length")).hasValue(first.body().length);
        assertThat(new OCSPResp(second.body()).getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
    }

    @Test
    void get_cachedAnswer_rfc5019HeadersAndNotModifiedAheadOfTheServlet() throws Exception {
        byte[] req = request(pki.issueGood("001099012351").serial().value());
        String path = "/ocsp/" + Base64.getUrlEncoder().withoutPadding().encodeToString(req);
        HttpResponse<byte[]> first = get(path, null);

        HttpResponse<byte[]> second = get(path, null);
        HttpResponse<byte[]> notModified = get(path, second.headers().firstValue("ETag").orElseThrow());

        assertThat(servlet.reached).hasValue(1);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).startsWith("max-age=");
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.headers().firstValue("Last-Modified")).isEqualTo(first.headers().firstValue("Last-Modified"));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
    }

    @Test
    void post_nonceForAPreProducedStatus_signedWithoutTheServletAndEchoed() throws Exception {
        BigInteger serial = pki.issueGood("001099012352").serial().value();
        post("/ocsp", request(serial));
        byte[] nonce = new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

        HttpResponse<byte[]> r = postWithNonce(serial, nonce);

        assertThat(servlet.reached).hasValue(1);
        assertThat(r.headers().firstValue("Cache-Control")).contains(OcspHttp.NOT_CACHED);
        assertThat(nonceOf(r.body())).endsWith(nonce);
        assertThat(servlet.signedOn.get()).as("a token that may wait (the default) signs on a worker").contains("task");
    }

    @Test
    void post_nonceWithASignerInThisJvm_signedOnTheIoThreadAndEchoed() throws Exception {
        servlet.responder.signsInProcess(true);
        BigInteger serial = pki.issueGood("001099012354").serial().value();
        post("/ocsp", request(serial));
        byte[] nonce = new byte[] {7, 7, 7, 7, 7, 7, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8};

        HttpResponse<byte[]> r = postWithNonce(serial, nonce);

        assertThat(servlet.reached).hasValue(1);
        assertThat(nonceOf(r.body())).endsWith(nonce);
        assertThat(servlet.signedOn.get()).contains("I/O");
    }

    @Test
    void post_nonceWithASignerInThisJvmForAStatusNotReadYet_servletOnAWorkerWithTheBodyIntact() throws Exception {
        servlet.responder.signsInProcess(true);
        BigInteger serial = pki.issueGood("001099012355").serial().value();
        byte[] nonce = new byte[] {5, 5, 5, 5, 5, 5, 5, 5, 1, 2, 3, 4, 5, 6, 7, 8};

        HttpResponse<byte[]> r = postWithNonce(serial, nonce);

        assertThat(servlet.reached).hasValue(1);
        assertThat(servlet.servedOn.get()).as("the servlet reads the database: never on an I/O thread").contains("task");
        assertThat(nonceOf(r.body())).endsWith(nonce);
        assertThat(Requests.basic(r.body()).getResponses()[0].getCertID().getSerialNumber()).isEqualTo(serial);
    }

    @Test
    void post_nonceForAStatusNotReadYet_reachesTheServletWithTheBodyIntact() throws Exception {
        BigInteger serial = pki.issueGood("001099012353").serial().value();
        byte[] nonce = new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6};

        HttpResponse<byte[]> r = postWithNonce(serial, nonce);

        assertThat(servlet.reached).hasValue(1);
        assertThat(nonceOf(r.body())).endsWith(nonce);
        assertThat(Requests.basic(r.body()).getResponses()[0].getCertID().getSerialNumber()).isEqualTo(serial);
    }

    private HttpResponse<byte[]> postWithNonce(BigInteger serial, byte[] nonce) throws Exception {
        return post("/ocsp", Requests.withNonce(nonce, pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1, serial));
    }

    private static byte[] nonceOf(byte[] der) {
        BasicOCSPResp basic = Requests.basic(der);
        return basic.getExtension(org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers.id_pkix_ocsp_nonce)
                .getExtnValue().getOctets();
    }

    @Test
    void post_garbage_malformedRequestWithoutTheServlet() throws Exception {
        HttpResponse<byte[]> r = post("/ocsp", new byte[] {0x30, 0x03, 0x02, 0x01});

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new OCSPResp(r.body()).getStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
        assertThat(servlet.reached).hasValue(0);
    }

    @Test
    void post_largerThanTheLimit_leftToTheServletWhichRefusesIt() throws Exception {
        HttpResponse<byte[]> r = post("/ocsp", new byte[70 * 1024]);

        assertThat(new OCSPResp(r.body()).getStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
        assertThat(servlet.reached).hasValue(1);
    }

    @Test
    void otherPaths_passThroughUntouched() throws Exception {
        assertThat(get("/ocspx", null).statusCode()).isEqualTo(404);
        assertThat(post("/other", new byte[] {1}).statusCode()).isIn(404, 405); // the default servlet's answer
        assertThat(servlet.reached).hasValue(0);
    }
}
