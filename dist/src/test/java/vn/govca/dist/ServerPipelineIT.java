package vn.govca.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.dist.probe.ProbeWar;
import vn.govca.dist.testkit.DatabaseSettings;
import vn.govca.dist.testkit.ServerLogOnFailure;
import vn.govca.dist.testkit.TestHome;
import vn.govca.dist.testkit.WildFlyServer;
import vn.govca.pki.testkit.SoftHsmToken;

/**
 * The server the dist build installs boots with the GovCA EAR on the default H2 database and a
 * data directory from the real bootstrap, and a deployment sees what the configuration promises:
 * GovCaDS, EclipseLink, HTTPS with TLS 1.2/1.3 and a requested client certificate, the request
 * size limit, the GovCA system properties, the environment (SOFTHSM2_CONF) and a SoftHSM2 token
 * through SunPKCS11. One WildFly boot. The demo hierarchy is turned off: its RSA-4096 key costs
 * seconds and DemoHierarchyIT covers it.
 */
class ServerPipelineIT {

    @TempDir
    static Path temp;

    static TestHome home;
    static WildFlyServer server;
    /**
     * HTTP/1.1: what these probes check (limits, headers, deployment) does not depend on the
     * protocol, and the JDK client's default h2c upgrade of a 1 MiB POST once stalled until the
     * server's 60 s read timeout reset the stream (CI, 2026-12-06).
     */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @RegisterExtension
    final ServerLogOnFailure serverLog = new ServerLogOnFailure(() -> server);

    @BeforeAll
    static void start() {
        home = TestHome.create(temp.resolve("var")).property("govca.demo.hierarchy", "false");
        server = WildFlyServer.builder(home.dir())
                .name("pipeline-h2")
                .database(DatabaseSettings.h2InHome())
                .deploy(ProbeWar.writeTo(temp.resolve("deployments")))
                .env("SOFTHSM2_CONF", System.getenv("SOFTHSM2_CONF"))
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void start_govcaEar_isDeployed() {
        assertThat(server.baseDir().resolve("deployments/govca.ear.deployed")).exists();
    }

    @Test
    void health_earStartedWithoutCas_up() throws Exception {
        assertThat(get(server.httpBase(), "/health")).contains("\"status\":\"UP\"");
    }

    @Test
    void datasource_h2Default_answersSelectOne() throws Exception {
        assertThat(get(server.httpBase(), "/dist-probe/db"))
                .contains("product=H2").contains("select1=1");
        assertThat(home.dir().resolve("db/govca.mv.db")).exists();
    }

    @Test
    void persistenceUnit_eclipseLinkModule_runsQueryOnGovCaDs() throws Exception {
        assertThat(get(server.httpBase(), "/dist-probe/jpa"))
                .contains("jpa=1").contains("provider=org.eclipse.persistence");
    }

    @Test
    void https_tls13WithoutClientCertificate_servesRequest() throws Exception {
        HttpResponse<String> r = home.httpClient(false, "TLSv1.3").send(
                HttpRequest.newBuilder(home.httpsBase(server).resolve("/dist-probe/tls")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.sslSession()).get().extracting(s -> s.getProtocol()).isEqualTo("TLSv1.3");
        assertThat(r.body()).contains("secure=true").contains("clientCert=none");
    }

    @Test
    void https_tls12WithClientCertificate_exposesCertificateToApplication() throws Exception {
        HttpResponse<String> r = home.httpClient(true, "TLSv1.2").send(
                HttpRequest.newBuilder(home.httpsBase(server).resolve("/dist-probe/tls")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.sslSession()).get().extracting(s -> s.getProtocol()).isEqualTo("TLSv1.2");
        assertThat(r.body()).contains("clientCert=" + home.adminSubject());
    }

    @Test
    void https_tls11_refused() {
        assertThatThrownBy(() -> home.httpClient(false, "TLSv1.1").send(
                HttpRequest.newBuilder(home.httpsBase(server).resolve("/dist-probe/tls")).build(),
                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void post_withinLimit_accepted() throws Exception {
        HttpResponse<String> r = post(1024 * 1024);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("bytes=" + 1024 * 1024);
    }

    @Test
    void post_overServerLimit_refusedBeforeApplication() throws Exception {
        int status;
        try {
            status = post(13 * 1024 * 1024).statusCode();
        } catch (IOException e) {
            status = -1; // the server answered 400 and closed the connection while the body was sent
        }
        assertThat(status).isIn(400, -1);
    }

    @Test
    void root_welcomeContent_removed() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.httpBase().resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).doesNotContainIgnoringCase("welcome to wildfly");
    }

    @Test
    void deployment_systemPropertiesAndEnvironment_visible() throws Exception {
        assertThat(get(server.httpBase(), "/dist-probe/env"))
                .contains("govca.home=" + home.dir())
                .contains("govca.config=" + home.dir().resolve("govca.properties"))
                .contains("eclipselink.archive.factory=org.jipijapa.eclipselink.JBossArchiveFactoryImpl")
                .contains("SOFTHSM2_CONF=" + System.getenv("SOFTHSM2_CONF"))
                .contains("sunpkcs11=true");
    }

    @Test
    void sunPkcs11_softHsmToken_logsInFromDeployment() throws Exception {
        try (SoftHsmToken token = SoftHsmToken.create("dist")) {
            String query = "/dist-probe/pkcs11?library=" + token.library() + "&slot=" + token.slotId()
                    + "&pin=" + new String(token.pin());
            assertThat(get(server.httpBase(), query)).contains("login=ok");
        }
    }

    private static String get(URI base, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        return r.body();
    }

    private static HttpResponse<String> post(int bytes) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.httpBase().resolve("/dist-probe/echo"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[bytes])).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
