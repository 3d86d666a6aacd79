package vn.govca.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.db.testkit.MariaDbServer;
import vn.govca.dist.it.ApiResponse;
import vn.govca.dist.it.ExternalCommand;
import vn.govca.dist.it.GovCaClient;
import vn.govca.dist.it.IssueRequests;
import vn.govca.dist.it.IssuedCertificate;
import vn.govca.dist.testkit.DatabaseSettings;
import vn.govca.dist.testkit.ServerLogOnFailure;
import vn.govca.dist.testkit.TestHome;
import vn.govca.dist.testkit.WildFlyServer;

/**
 * The OCSP responder deployed alone on a validation node (issue 3, "Deployable alone"; DESIGN
 * "several OCSP validation nodes behind a load balancer reading a MariaDB replica"): the CA server
 * and a second WildFly running only {@code ocsp-node.war} with {@code govca-node.xml}, on one
 * throwaway MariaDB. The node logs in with a MariaDB user that may only SELECT (it never writes,
 * never migrates) and holds a copy of the CA server's soft responder token (no CA key). Both
 * servers are asked the same questions — good, revoked (keyCompromise), never-issued serial,
 * unknown issuer, garbage — through Bouncy Castle and {@code openssl ocsp}, and must answer alike
 * in status, revocation time and reason (not byte-equal: producedAt differs); a revocation
 * committed on the CA server is answered revoked by the node within 5 seconds.
 */
class ValidationNodeIT {

    private static final String ISSUING = "CA-NhaNuoc-G2";
    private static final String ROOT = "RootCA-G2";
    private static final String CERTIFICATES = "/api/v1/certificates";
    private static final Duration REVOCATION_BOUND = Duration.ofSeconds(5);
    private static final Duration STARTUP_BOUND = Duration.ofSeconds(30);
    private static final String NODE_USER = "ocspnode";

    @TempDir
    static Path temp;

    static MariaDbServer mariaDb;
    static TestHome home;
    static WildFlyServer ca;
    static WildFlyServer node;
    static GovCaClient api;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static Chain good;
    static Chain revoked;

    @RegisterExtension
    final ServerLogOnFailure caLog = new ServerLogOnFailure(() -> ca);

    @RegisterExtension
    final ServerLogOnFailure nodeLog = new ServerLogOnFailure(() -> node);

    @BeforeAll
    static void start() throws Exception {
        mariaDb = MariaDbServer.start();
        home = TestHome.create(temp.resolve("var"));
        ca = WildFlyServer.builder(home.dir()).name("vn-ca")
                .database(DatabaseSettings.mariaDb(mariaDb.jdbcUrl(), mariaDb.user(), mariaDb.password())).start();
        api = GovCaClient.of(home, ca);
        good = issue("good");
        revoked = issue("revoked");
        assertThat(api.adminPost(CERTIFICATES + "/" + ISSUING + "/" + revoked.serial() + "/revoke",
                "{\"reason\":\"keyCompromise\"}").status()).isEqualTo(200);
        awaitSuccessful(ca, good); // the CA server has issued its responder certificates

        String nodePassword = "Node-" + new BigInteger(64, new SecureRandom()).toString(16);
        grantSelectOnly(nodePassword);
        node = WildFlyServer.builder(nodeHome()).name("vn-node").serverConfig("govca-node.xml")
                .withoutGovCaEar().deploy(Path.of(System.getProperty("govca.ocspNode.war")))
                .env("GOVCA_ROLE", "ocsp-node")
                .database(DatabaseSettings.mariaDb(mariaDb.jdbcUrl(), NODE_USER, nodePassword)).start();
        awaitSuccessful(node, good);
    }

    @AfterAll
    static void stop() {
        try (MariaDbServer m = mariaDb; WildFlyServer c = ca; WildFlyServer n = node) {
            // closed in reverse order: node, CA server, database
        }
    }

    @Test
    void post_goodRevokedNeverIssuedUnknownIssuerGarbage_nodeAnswersAsCaServer() throws Exception {
        List<byte[]> requests = List.of(request(good), request(revoked), neverIssued(good), unknownIssuer(good),
                "garbage".getBytes(StandardCharsets.US_ASCII), new byte[0]);
        List<Answer> fromCa = new ArrayList<>();
        List<Answer> fromNode = new ArrayList<>();
        for (byte[] r : requests) {
            fromCa.add(Answer.of(post(ca, r)));
            fromNode.add(Answer.of(post(node, r)));
        }

        assertThat(fromNode).isEqualTo(fromCa);
        assertThat(fromNode.get(0).status()).isEqualTo("good");
        assertThat(fromNode.get(1).status()).isEqualTo("revoked");
        assertThat(fromNode.get(1).reason()).isEqualTo(1); // keyCompromise
        assertThat(fromNode.get(2).status()).isEqualTo("unknown");
        assertThat(fromNode.get(3).responseStatus()).isEqualTo(OCSPResp.UNAUTHORIZED);
        assertThat(fromNode.get(4).responseStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
        assertThat(fromNode.get(5).responseStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
    }

    @Test
    void openssl_goodAndRevoked_sameAnswerFromBothVerifiedAgainstTheRoot() {
        for (Chain c : List.of(good, revoked)) {
            String fromCa = comparable(c.openssl(ca));
            String fromNode = comparable(c.openssl(node));
            assertThat(fromNode).contains("Response verify OK").doesNotContain("WARNING").isEqualTo(fromCa);
        }
        assertThat(revoked.openssl(node)).contains("leaf.pem: revoked").contains("Reason: keyCompromise");
        assertThat(good.openssl(node)).contains("leaf.pem: good");
    }

    @Test
    void get_base64urlRequest_rfc5019CachingHeadersAndConditionalGet() throws Exception {
        URI uri = URI.create(node.httpBase() + "/ocsp/"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(request(good)));
        HttpResponse<byte[]> get = send(HttpRequest.newBuilder(uri).GET());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Type")).hasValue("application/ocsp-response");
        assertThat(Answer.of(get.body()).status()).isEqualTo("good");
        assertThat(get.headers().firstValue("Cache-Control").orElseThrow()).matches("max-age=\\d+, public.*");
        assertThat(get.headers().firstValue("Last-Modified")).isPresent();
        assertThat(get.headers().firstValue("Expires")).isPresent();
        String etag = get.headers().firstValue("ETag").orElseThrow();
        assertThat(send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).GET()).statusCode()).isEqualTo(304);
    }

    @Test
    void revokeOnCaServer_nodeAnswersRevokedWithinBound() throws Exception {
        Chain later = issue("later");
        awaitStatus(node, later, "good", STARTUP_BOUND); // a pre-produced good answer on the node
        assertThat(api.adminPost(CERTIFICATES + "/" + ISSUING + "/" + later.serial() + "/revoke",
                "{\"reason\":\"superseded\"}").status()).isEqualTo(200);
        Instant committed = Instant.now();

        Answer onNode = awaitStatus(node, later, "revoked", REVOCATION_BOUND);

        assertThat(onNode.status()).as("node answer %s after the revocation", Duration.between(committed,
                Instant.now())).isEqualTo("revoked");
        assertThat(onNode).isEqualTo(Answer.of(post(ca, request(later))));
        assertThat(onNode.reason()).isEqualTo(4); // superseded
    }

    /**
     * The CA revokes the responder certificate the node signs with for the root CA: the node
     * stops using it within the bound (its CertIDs become unauthorized until the CA server
     * provisions a new one) instead of signing with a revoked credential.
     */
    @Test
    void revokeResponderCertificate_nodeStopsUsingItWithinBound() throws Exception {
        byte[] aboutIssuingCa = request(good.issued().root().der(),
                good.issued().issuing().certificate().getSerialNumber());
        OCSPResp before = new OCSPResp(post(node, aboutIssuingCa));
        assertThat(before.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        BigInteger responderSerial = ((BasicOCSPResp) before.getResponseObject()).getCerts()[0].getSerialNumber();
        assertThat(api.adminPost(CERTIFICATES + "/" + ROOT + "/" + responderSerial.toString(16) + "/revoke",
                "{\"reason\":\"keyCompromise\"}").status()).isEqualTo(200);

        Instant deadline = Instant.now().plus(REVOCATION_BOUND);
        OCSPResp after = new OCSPResp(post(node, aboutIssuingCa));
        while (signedBy(after, responderSerial) && Instant.now().isBefore(deadline)) {
            after = new OCSPResp(post(node, aboutIssuingCa));
        }
        assertThat(signedBy(after, responderSerial)).as("signed with the revoked responder certificate %s after %s",
                responderSerial.toString(16), REVOCATION_BOUND).isFalse();
        assertThat(after.getStatus()).isIn(OCSPResp.UNAUTHORIZED, OCSPResp.SUCCESSFUL);

        // the CA server replaces it at once (not at its 5-minute renewal) and signs with the new one
        OCSPResp fromCa = new OCSPResp(post(ca, aboutIssuingCa));
        while ((fromCa.getStatus() != OCSPResp.SUCCESSFUL || signedBy(fromCa, responderSerial))
                && Instant.now().isBefore(deadline.plus(STARTUP_BOUND))) {
            Thread.sleep(100);
            fromCa = new OCSPResp(post(ca, aboutIssuingCa));
        }
        assertThat(fromCa.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        assertThat(signedBy(fromCa, responderSerial)).as("CA server still signs with revoked %s",
                responderSerial.toString(16)).isFalse();
    }

    @Test
    void health_databaseAndResponderTokenUp_200WithServedCas() {
        HttpResponse<byte[]> h = send(HttpRequest.newBuilder(URI.create(node.httpBase() + "/health")).GET());
        String body = new String(h.body(), StandardCharsets.UTF_8);
        assertThat(h.statusCode()).as(body).isEqualTo(200);
        assertThat(body).contains("\"status\":\"UP\"").contains(ISSUING).contains("served")
                .containsPattern("\"ocspCachedAnswers\":\\d+");
    }

    // ------------------------------------------------------------------------------------------

    /** What must be equal between the two servers: response status, cert status, time, reason. */
    record Answer(int responseStatus, String status, Instant revocationTime, Integer reason) {

        static Answer of(byte[] der) throws Exception {
            OCSPResp resp = new OCSPResp(der);
            if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
                return new Answer(resp.getStatus(), null, null, null);
            }
            SingleResp[] all = ((BasicOCSPResp) resp.getResponseObject()).getResponses();
            assertThat(all).hasSize(1);
            Object s = all[0].getCertStatus();
            if (s instanceof RevokedStatus r) {
                return new Answer(resp.getStatus(), "revoked", r.getRevocationTime().toInstant(),
                        r.hasRevocationReason() ? r.getRevocationReason() : null);
            }
            return new Answer(resp.getStatus(), s instanceof UnknownStatus ? "unknown" : s == null ? "good" : "?",
                    null, null);
        }
    }

    /** An issued organization certificate (EC P-256) with its chain written as PEM files. */
    private record Chain(Path dir, IssuedCertificate issued) {

        String serial() {
            return issued.serial();
        }

        String openssl(WildFlyServer server) {
            ExternalCommand.Result r = ExternalCommand.run(dir, List.of("openssl", "ocsp", "-issuer", "issuing.pem",
                    "-cert", "leaf.pem", "-url", server.httpBase() + "/ocsp", "-CAfile", "root.pem",
                    "-verify_other", "issuing.pem"));
            assertThat(r.exitCode()).as("%s", r).isZero();
            return r.output();
        }
    }

    /** openssl's answer without the lines that differ between two signings (thisUpdate, nextUpdate). */
    private static String comparable(String opensslOutput) {
        return opensslOutput.lines().filter(l -> !l.contains("This Update:") && !l.contains("Next Update:"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    private static Chain issue(String name) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("node-" + name));
        ApiResponse r = api.adminPost(CERTIFICATES, IssueRequests.json(ISSUING, "organization",
                IssueRequests.organization(dir, "MST:0100231226").pem(), null, null));
        IssuedCertificate issued = IssuedCertificate.of(r);
        Files.writeString(dir.resolve("leaf.pem"), pem(issued.leaf().der()), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("issuing.pem"), pem(issued.issuing().der()), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("root.pem"), pem(issued.root().der()), StandardCharsets.US_ASCII);
        return new Chain(dir, issued);
    }

    /**
     * The node's data directory: only the responder token (a copy of the CA server's soft
     * {@code ocsp} token: its keys, never a CA key) and the keys naming it.
     */
    private static Path nodeHome() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("node-var/tokens"));
        Files.copy(home.dir().resolve("tokens/ocsp.p12"), dir.resolve("ocsp.p12"));
        Files.copy(home.dir().resolve("tokens/ocsp.pass"), dir.resolve("ocsp.pass"));
        Path nodeHome = dir.getParent();
        Files.writeString(nodeHome.resolve("govca.properties"), String.join("\n",
                "govca.ocsp.token=ocsp",
                "token.ocsp.type=soft",
                "token.ocsp.file=tokens/ocsp.p12",
                "token.ocsp.passwordFile=tokens/ocsp.pass", ""), StandardCharsets.UTF_8);
        return nodeHome;
    }

    /** A MariaDB user that may read the GovCA database and nothing else (as on a replica). */
    private static void grantSelectOnly(String password) {
        String sql = "CREATE USER '" + NODE_USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                + " GRANT SELECT ON " + MariaDbServer.DATABASE + ".* TO '" + NODE_USER + "'@'127.0.0.1';";
        ExternalCommand.run(temp, List.of("mariadb", "--no-defaults",
                "--socket=" + mariaDb.dataDirectory().resolve("mysqld.sock"), "-u", "root", "-e", sql))
                .requireSuccess();
    }

    private static void awaitSuccessful(WildFlyServer server, Chain c) throws Exception {
        awaitStatus(server, c, "good", STARTUP_BOUND);
    }

    /** Polls {@code server} until it answers {@code status} for {@code c} or {@code bound} passed. */
    private static Answer awaitStatus(WildFlyServer server, Chain c, String status, Duration bound) throws Exception {
        Instant deadline = Instant.now().plus(bound);
        Answer a = Answer.of(post(server, request(c)));
        while (!status.equals(a.status()) && Instant.now().isBefore(deadline)) {
            a = Answer.of(post(server, request(c)));
        }
        assertThat(a.status()).as("%s answers %s within %s", server.baseDir().getFileName(), status, bound)
                .isEqualTo(status);
        return a;
    }

    private static byte[] request(Chain c) throws Exception {
        return request(c, c.issued().leaf().certificate().getSerialNumber());
    }

    private static byte[] neverIssued(Chain c) throws Exception {
        return request(c, new BigInteger(159, new SecureRandom()).setBit(158));
    }

    private static byte[] request(Chain c, BigInteger serial) throws Exception {
        return request(c.issued().issuing().der(), serial);
    }

    private static byte[] request(byte[] caCertificate, BigInteger serial) throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                .get(CertificateID.HASH_SHA1), new X509CertificateHolder(caCertificate), serial);
        return new OCSPReqBuilder().addRequest(id).build().getEncoded();
    }

    private static boolean signedBy(OCSPResp resp, BigInteger responderSerial) throws Exception {
        return resp.getStatus() == OCSPResp.SUCCESSFUL
                && ((BasicOCSPResp) resp.getResponseObject()).getCerts()[0].getSerialNumber().equals(responderSerial);
    }

    /** A CertID whose issuer hashes name no CA of this PKI. */
    private static byte[] unknownIssuer(Chain c) throws Exception {
        byte[] nameHash = new byte[20];
        byte[] keyHash = new byte[20];
        new SecureRandom().nextBytes(nameHash);
        new SecureRandom().nextBytes(keyHash);
        CertificateID id = new CertificateID(new org.bouncycastle.asn1.ocsp.CertID(
                new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1), new DEROctetString(nameHash),
                new DEROctetString(keyHash), new ASN1Integer(c.issued().leaf().certificate().getSerialNumber())));
        return new OCSPReqBuilder().addRequest(id).build().getEncoded();
    }

    private static byte[] post(WildFlyServer server, byte[] request) {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(server.httpBase() + "/ocsp"))
                .header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(request)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/ocsp-response");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-cache, no-store");
        return r.body();
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END CERTIFICATE-----\n";
    }
}
