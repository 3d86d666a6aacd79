package vn.govca.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.db.testkit.MariaDbServer;
import vn.govca.dist.probe.ProbeWar;
import vn.govca.dist.testkit.DatabaseSettings;
import vn.govca.dist.testkit.ServerLogOnFailure;
import vn.govca.dist.testkit.TestHome;
import vn.govca.dist.testkit.WildFlyServer;

/**
 * The same server, started against MariaDB by environment only (GOVCA_DB_TYPE=mariadb and the
 * URL and credentials of a MariaDB the test starts): the GovCaDS datasource switches driver
 * without a rebuild, and EclipseLink runs on it. One WildFly boot.
 */
class ServerMariaDbIT {

    @TempDir
    static Path temp;

    static MariaDbServer mariaDb;
    static WildFlyServer server;

    @RegisterExtension
    final ServerLogOnFailure serverLog = new ServerLogOnFailure(() -> server);

    @BeforeAll
    static void start() {
        mariaDb = MariaDbServer.start();
        TestHome home = TestHome.create(temp.resolve("var"));
        server = WildFlyServer.builder(home.dir())
                .name("pipeline-mariadb")
                .database(DatabaseSettings.mariaDb(mariaDb.jdbcUrl(), mariaDb.user(), mariaDb.password()))
                .deploy(ProbeWar.writeTo(temp.resolve("deployments")))
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Test
    void datasource_mariaDbByEnvironment_answersSelectOne() throws Exception {
        assertThat(get("/dist-probe/db")).contains("product=MariaDB").contains("select1=1");
    }

    @Test
    void persistenceUnit_eclipseLinkOnMariaDb_runsQuery() throws Exception {
        assertThat(get("/dist-probe/jpa")).contains("jpa=1").contains("provider=org.eclipse.persistence");
    }

    @Test
    void start_govcaEar_isDeployed() {
        assertThat(server.baseDir().resolve("deployments/govca.ear.deployed")).exists();
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(server.httpBase().resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        return r.body();
    }
}
