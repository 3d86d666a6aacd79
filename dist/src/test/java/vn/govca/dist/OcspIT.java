package vn.govca.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
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
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.dist.it.ApiResponse;
import vn.govca.dist.it.CertificateFacts;
import vn.govca.dist.it.CrlChecks;
import vn.govca.dist.it.ExternalCommand;
import vn.govca.dist.it.FetchedCrl;
import vn.govca.dist.it.GovCaClient;
import vn.govca.dist.it.IssueRequests;
import vn.govca.dist.it.IssuedCertificate;
import vn.govca.dist.testkit.DatabaseSettings;
import vn.govca.dist.testkit.ServerLogOnFailure;
import vn.govca.dist.testkit.TestHome;
import vn.govca.dist.testkit.WildFlyServer;

/**
 * OCSP served by the CA server (RFC 6960, RFC 5019) as relying parties see it, on one WildFly boot
 * with the demo hierarchy (H2): certificates issued through the REST API are answered good, a
 * revocation is answered revoked (keyCompromise) within seconds, a never-issued serial is never
 * good — checked by OpenSSL ({@code openssl ocsp}, nonce checked), GnuTLS ({@code ocsptool}), the
 * JDK's {@link PKIXRevocationChecker} and Bouncy Castle over POST and RFC 5019 GET with its caching
 * headers; bad requests get an OCSP malformedRequest with HTTP 200, never a problem body or a 500.
 *
 * <p>Each test issues the certificates it checks, so the tests are independent of each other and
 * of order.
 */
class OcspIT {

    private static final String ISSUING = "CA-NhaNuoc-G2";
    private static final String SUSPENDABLE = "organization-hold";
    private static final String ROOT = "RootCA-G2";
    private static final String CERTIFICATES = "/api/v1/certificates";
    private static final String OCSP_RESPONSE = "application/ocsp-response";
    private static final Duration REVOCATION_BOUND = Duration.ofSeconds(5);
    /** A new CA's first CRL and OCSP service: a responder key and certificate, a CRL signed. */
    private static final Duration NEW_CA_BOUND = Duration.ofSeconds(30);

    @TempDir
    static Path temp;

    static TestHome home;
    static WildFlyServer server;
    static GovCaClient api;
    static HttpClient http;
    static URI ocspUrl;

    @RegisterExtension
    final ServerLogOnFailure serverLog = new ServerLogOnFailure(() -> server);

    @BeforeAll
    static void start() {
        home = TestHome.create(temp.resolve("var")).property("govca.profiles.dir", suspendableProfile().toString());
        server = WildFlyServer.builder(home.dir()).name("ocsp-h2").database(DatabaseSettings.h2InHome()).start();
        api = GovCaClient.of(home, server);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
        ocspUrl = server.httpBase().resolve("/ocsp");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void openssl_issuedThenRevoked_goodThenRevokedKeyCompromiseWithinBound() throws Exception {
        Chain c = issue("rev");
        String good = c.openssl().output();
        assertThat(good).contains("leaf.pem: good").contains("Response verify OK").doesNotContain("WARNING");

        ApiResponse revoked = api.adminPost(CERTIFICATES + "/" + ISSUING + "/" + c.serial() + "/revoke",
                "{\"reason\":\"keyCompromise\"}");
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);

        Instant deadline = Instant.now().plus(REVOCATION_BOUND);
        String out = c.openssl().output();
        while (!out.contains("leaf.pem: revoked") && Instant.now().isBefore(deadline)) {
            out = c.openssl().output();
        }
        assertThat(out).as("openssl ocsp within %s of the revocation", REVOCATION_BOUND)
                .contains("leaf.pem: revoked").contains("Reason: keyCompromise").contains("Response verify OK")
                .doesNotContain("WARNING");
    }

    /**
     * /health says how many signed answers are cached: the answers for a new certificate show there.
     * (Asked again until they do: the status follower may drop a just-cached answer once when it
     * sees the issuance, which is a change of that certificate.)
     */
    @Test
    void health_answersForANewCertificate_countedAsCachedAnswers() throws Exception {
        Chain c = issue("cached");
        int before = api.httpGet("/health").json().getInt("ocspCachedAnswers");
        Instant deadline = Instant.now().plus(REVOCATION_BOUND.multipliedBy(2));
        int cached;
        do {
            assertThat(ocspPost(request(c, null)).getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
            cached = api.httpGet("/health").json().getInt("ocspCachedAnswers");
        } while (cached <= before && Instant.now().isBefore(deadline));

        assertThat(cached).as("cached answers before the first request: %d", before).isGreaterThan(before);
    }

    @Test
    void suspend_bundledProfilesForbidHold_refusedAndStillGood() throws Exception {
        Chain c = issue("hold");
        // No bundled profile allows certificateHold: the suspend/reinstate round trip cannot be
        // exercised here; the refusal must change nothing.
        ApiResponse hold = api.adminPost(CERTIFICATES + "/" + ISSUING + "/" + c.serial() + "/revoke",
                "{\"reason\":\"certificateHold\"}");
        assertThat(hold.status()).as("%s", hold).isIn(409, 422);
        assertThat(hold.contentType()).startsWith("application/problem+json");
        assertThat(c.openssl().output()).contains("leaf.pem: good");
    }

    @Test
    void suspendAndReinstate_profileAllowsHold_opensslSeesHoldThenGood() throws Exception {
        Chain c = issue("hold-ok", ISSUING, SUSPENDABLE);
        ApiResponse hold = api.adminPost(CERTIFICATES + "/" + ISSUING + "/" + c.serial() + "/revoke",
                "{\"reason\":\"certificateHold\"}");
        assertThat(hold.status()).as("%s", hold).isEqualTo(200);
        assertThat(awaitOpenssl(c, "leaf.pem: revoked")).contains("Reason: certificateHold")
                .contains("Response verify OK");

        ApiResponse again = api.adminPost(CERTIFICATES + "/" + ISSUING + "/" + c.serial() + "/reinstate", "{}");
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(awaitOpenssl(c, "leaf.pem: good")).contains("Response verify OK");
        ApiResponse twice = api.adminPost(CERTIFICATES + "/" + ISSUING + "/" + c.serial() + "/reinstate", "{}");
        assertThat(twice.status()).as("%s", twice).isEqualTo(409);
    }

    private static HttpResponse<byte[]> conditional(HttpResponse<byte[]> previous) throws Exception {
        return send(HttpRequest.newBuilder(previous.request().uri())
                .header("If-None-Match", previous.headers().firstValue("ETag").orElseThrow()).GET());
    }

    /** Polls openssl ocsp until its output contains {@code expected} or the revocation bound passed. */
    private static String awaitOpenssl(Chain c, String expected) throws Exception {
        Instant deadline = Instant.now().plus(REVOCATION_BOUND);
        String out = c.openssl().output();
        while (!out.contains(expected) && Instant.now().isBefore(deadline)) {
            out = c.openssl().output();
        }
        assertThat(out).as("openssl ocsp within %s", REVOCATION_BOUND).contains(expected);
        return out;
    }

    /**
     * A copy of the bundled organization profile under another name that allows suspension
     * (certificateHold; Decree 130 practice, off in every bundled profile), for the hold round trip.
     */
    private static Path suspendableProfile() {
        try (java.io.InputStream in = OcspIT.class.getResourceAsStream("/profiles/organization.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("\"name\"\\s*:\\s*\"organization\"", "\"name\": \"" + SUSPENDABLE + "\"")
                    .replaceFirst("\"suspensionAllowed\"\\s*:\\s*false", "\"suspensionAllowed\": true");
            Path dir = Files.createDirectories(temp.resolve("profiles"));
            Files.writeString(dir.resolve(SUSPENDABLE + ".json"), json, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void openssl_neverIssuedSerial_unknownNeverGood() throws Exception {
        Chain c = issue("unknown");
        String serial = "0x" + new BigInteger(159, new SecureRandom()).setBit(158).toString(16);
        ExternalCommand.Result r = ExternalCommand.run(c.dir(), List.of("openssl", "ocsp", "-issuer", "issuing.pem",
                "-serial", serial, "-url", ocspUrl.toString(), "-CAfile", "root.pem", "-verify_other", "issuing.pem"));
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.output()).contains(serial + ": unknown").doesNotContain(": good").contains("Response verify OK");
    }

    @Test
    void gnutls_askAndVerifySavedResponse_good() throws Exception {
        Chain c = issue("gnutls");
        ExternalCommand.Result ask = ExternalCommand.run(c.dir(), List.of("ocsptool", "--ask=" + ocspUrl,
                "--load-issuer", "issuing.pem", "--load-cert", "leaf.pem", "--outfile", "resp.der"));
        assertThat(ask.exitCode()).as("%s", ask).isZero();
        assertThat(ask.output()).contains("Certificate Status: good").contains("Verifying OCSP Response: Success");
        // Verify the saved response against the issuing CA as trust anchor: the responder
        // certificate in the response chains to it (delegated signing, RFC 6960 §4.2.2.2).
        ExternalCommand.Result verify = ExternalCommand.run(c.dir(), List.of("ocsptool", "-e", "--load-trust",
                "issuing.pem", "--infile", "resp.der"));
        assertThat(verify.exitCode()).as("%s", verify).isZero();
        assertThat(verify.output()).contains("Verifying OCSP Response: Success");
    }

    @Test
    void pkixRevocationChecker_ocsp_acceptsGoodRejectsRevoked() throws Exception {
        Chain good = issue("pkix-good");
        Chain bad = issue("pkix-bad");
        assertThat(api.adminPost(CERTIFICATES + "/" + ISSUING + "/" + bad.serial() + "/revoke",
                "{\"reason\":\"keyCompromise\"}").status()).isEqualTo(200);

        validateWithOcsp(good);
        assertThatThrownBy(() -> validateWithOcsp(bad)).isInstanceOfSatisfying(CertPathValidatorException.class,
                e -> assertThat(e.getReason()).isEqualTo(CertPathValidatorException.BasicReason.REVOKED));
    }

    @Test
    void get_base64urlRequest_sameStatusAsPostWithCachingHeaders() throws Exception {
        Chain c = issue("get");
        byte[] request = request(c, null);
        HttpResponse<byte[]> get = send(HttpRequest.newBuilder(URI.create(ocspUrl + "/"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(request))).GET());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Type")).hasValue(OCSP_RESPONSE);
        SingleResp viaGet = single(get.body());
        assertThat(viaGet.getCertStatus()).as("good").isNull();
        long maxAge = Long.parseLong(get.headers().firstValue("Cache-Control").orElseThrow()
                .replaceAll(".*max-age=(\\d+).*", "$1"));
        assertThat(maxAge).isBetween(1L, 60L);
        assertThat(get.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).startsWith("\""));
        assertThat(get.headers().firstValue("Last-Modified")).isPresent();
        assertThat(get.headers().firstValue("Expires")).isPresent();
        // A pre-produced response may be refreshed once right after issuance (the status follower
        // sees the new row); the ETag then changes with it. Await a conditional GET that matches.
        HttpResponse<byte[]> again = conditional(get);
        Instant deadline = Instant.now().plus(REVOCATION_BOUND);
        while (again.statusCode() == 200 && Instant.now().isBefore(deadline)) {
            again = conditional(again);
        }
        assertThat(again.statusCode()).as("conditional GET with the ETag").isEqualTo(304);

        HttpResponse<byte[]> post = send(HttpRequest.newBuilder(ocspUrl)
                .header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(request)));
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        assertThat(single(post.body()).getCertStatus()).isNull();
        assertThat(single(post.body()).getCertID()).isEqualTo(viaGet.getCertID());
    }

    @Test
    void post_revokedWithNonce_revokedAndNonceEchoed() throws Exception {
        Chain c = issue("nonce");
        api.adminPost(CERTIFICATES + "/" + ISSUING + "/" + c.serial() + "/revoke", "{\"reason\":\"superseded\"}");
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        HttpResponse<byte[]> post = send(HttpRequest.newBuilder(ocspUrl)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request(c, nonce))));
        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(post.body()).getResponseObject();
        assertThat(basic.getResponses()[0].getCertStatus()).isInstanceOfSatisfying(RevokedStatus.class,
                s -> assertThat(s.getRevocationReason()).isEqualTo(4));
        assertThat(basic.getExtension(org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers.id_pkix_ocsp_nonce)
                .getExtnValue().getOctets()).endsWith(nonce);
    }

    @Test
    void badRequests_malformedRequestOcspResponseNeverProblemOr500() throws Exception {
        List<HttpRequest.Builder> bad = List.of(
                HttpRequest.newBuilder(ocspUrl).POST(HttpRequest.BodyPublishers.ofString("garbage")),
                HttpRequest.newBuilder(ocspUrl).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"not\":\"ocsp\"}")),
                HttpRequest.newBuilder(ocspUrl).header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[70 * 1024])),
                HttpRequest.newBuilder(ocspUrl).header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])),
                HttpRequest.newBuilder(ocspUrl).POST(HttpRequest.BodyPublishers.noBody()),
                HttpRequest.newBuilder(URI.create(ocspUrl + "/not-base64!")).GET());
        for (HttpRequest.Builder b : bad) {
            HttpResponse<byte[]> r = send(b);
            assertThat(r.statusCode()).as("%s", r).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as("%s", r).hasValue(OCSP_RESPONSE);
            assertThat(new OCSPResp(r.body()).getStatus()).as("%s", r).isEqualTo(OCSPResp.MALFORMED_REQUEST);
        }
    }

    @Test
    void responderCertificates_bothCas_storedActiveShortLivedAndSigningTheResponses() throws Exception {
        assertThat(api.httpGet("/health").status()).as("OCSP does not change health").isEqualTo(200);
        for (String ca : List.of(ROOT, ISSUING)) {
            ApiResponse list = api.adminGet(CERTIFICATES + "?ca=" + ca + "&profile=ocsp-responder");
            assertThat(list.status()).as("%s", list).isEqualTo(200);
            var items = list.json().getJsonArray("items");
            assertThat(items).as("responder certificates of %s: %s", ca, list).isNotEmpty();
            var newest = items.getJsonObject(0);
            assertThat(newest.getString("status")).isEqualTo("ACTIVE");
            assertThat(newest.getString("subject")).isEqualTo("C=VN, O=Ban Cơ yếu Chính phủ, CN=OCSP " + ca);
            assertThat(Duration.between(Instant.parse(newest.getString("notBefore")),
                    Instant.parse(newest.getString("notAfter")))).isLessThanOrEqualTo(Duration.ofDays(30));
        }
        Chain c = issue("responder");
        HttpResponse<byte[]> post = send(HttpRequest.newBuilder(ocspUrl)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request(c, null))));
        X509CertificateHolder signer = ((BasicOCSPResp) new OCSPResp(post.body()).getResponseObject()).getCerts()[0];
        ApiResponse stored = api.adminGet(CERTIFICATES + "/" + ISSUING + "/" + signer.getSerialNumber().toString(16));
        assertThat(stored.status()).as("%s", stored).isEqualTo(200);
        assertThat(stored.json().getString("profile")).isEqualTo("ocsp-responder");
        assertThat(stored.json().getString("status")).isEqualTo("ACTIVE");
    }

    /**
     * A CA created while the server runs is served at once: its first CRL is published and OCSP
     * answers for it (its responder certificate issued) without a restart or a schedule tick.
     */
    @Test
    void createCa_throughRest_answersOcspGoodAndPublishesCrlShortlyAfter() throws Exception {
        String name = "CA-Moi-OcspIT";
        ApiResponse created = api.adminPost("/api/v1/cas", Json.createObjectBuilder().add("name", name)
                .add("type", "SUBORDINATE").add("token", "issuing").add("keySpec", "EC-P256")
                .add("subject", "C=VN, O=Ban Cơ yếu Chính phủ, CN=CA mới OCSP thử nghiệm").add("validityDays", 365)
                .add("parent", ROOT).build().toString());
        assertThat(created.status()).as("%s", created).isEqualTo(201);

        FetchedCrl crl = CrlChecks.await(server.httpBase(), "/crl/" + name + ".crl", f -> true, NEW_CA_BOUND);
        X509Certificate caCert = CertificateFacts.parse(api.httpGet("/ca/" + name + ".crt").body()).certificate();
        assertThat(crl.crl().getIssuerX500Principal()).isEqualTo(caCert.getSubjectX500Principal());
        crl.crl().verify(caCert.getPublicKey());

        Chain c = issue("new-ca", name);
        Instant deadline = Instant.now().plus(NEW_CA_BOUND);
        OCSPResp resp = ocspPost(request(c, null));
        while (resp.getStatus() != OCSPResp.SUCCESSFUL && Instant.now().isBefore(deadline)) {
            resp = ocspPost(request(c, null));
        }
        assertThat(resp.getStatus()).as("OCSP status for a CA created %s ago at most", NEW_CA_BOUND)
                .isEqualTo(OCSPResp.SUCCESSFUL);
        assertThat(single(resp.getEncoded()).getCertStatus()).as("good").isNull();
        assertThat(c.openssl().output()).contains("leaf.pem: good").contains("Response verify OK");
    }

    // ------------------------------------------------------------------------------------------

    /** An issued organization certificate (EC P-256) with its chain written as PEM files. */
    private record Chain(Path dir, IssuedCertificate issued) {

        String serial() {
            return issued.serial();
        }

        ExternalCommand.Result openssl() {
            ExternalCommand.Result r = ExternalCommand.run(dir, List.of("openssl", "ocsp", "-issuer", "issuing.pem",
                    "-cert", "leaf.pem", "-url", ocspUrl.toString(), "-CAfile", "root.pem",
                    "-verify_other", "issuing.pem"));
            assertThat(r.exitCode()).as("%s", r).isZero();
            return r;
        }
    }

    private static Chain issue(String name) throws IOException {
        return issue(name, ISSUING);
    }

    private static Chain issue(String name, String ca) throws IOException {
        return issue(name, ca, "organization");
    }

    private static Chain issue(String name, String ca, String profile) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("ocsp-" + name));
        IssuedCertificate issued = IssuedCertificate.of(api.adminPost(CERTIFICATES, IssueRequests.json(ca,
                profile, IssueRequests.organization(dir, "MST:0100231226").pem(), null, null)));
        Files.writeString(dir.resolve("leaf.pem"), pem(issued.leaf().der()), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("issuing.pem"), pem(issued.issuing().der()), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("root.pem"), pem(issued.root().der()), StandardCharsets.US_ASCII);
        return new Chain(dir, issued);
    }

    private static void validateWithOcsp(Chain c) throws Exception {
        CertPathValidator validator = CertPathValidator.getInstance("PKIX");
        PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
        checker.setOcspResponder(ocspUrl);
        checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.ONLY_END_ENTITY,
                PKIXRevocationChecker.Option.NO_FALLBACK));
        X509Certificate leaf = c.issued().leaf().certificate();
        X509Certificate issuing = c.issued().issuing().certificate();
        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf, issuing));
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(c.issued().root().certificate(), null)));
        params.addCertPathChecker(checker);
        validator.validate(path, params);
    }

    private static byte[] request(Chain c, byte[] nonce) throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                .get(CertificateID.HASH_SHA1), new X509CertificateHolder(c.issued().issuing().der()),
                c.issued().leaf().certificate().getSerialNumber());
        OCSPReqBuilder b = new OCSPReqBuilder().addRequest(id);
        if (nonce != null) {
            b.setRequestExtensions(new org.bouncycastle.asn1.x509.Extensions(new org.bouncycastle.asn1.x509.Extension(
                    org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new org.bouncycastle.asn1.DEROctetString(nonce).getEncoded())));
        }
        return b.build().getEncoded();
    }

    private static OCSPResp ocspPost(byte[] request) throws IOException {
        return new OCSPResp(send(HttpRequest.newBuilder(ocspUrl).header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request))).body());
    }

    private static SingleResp single(byte[] der) throws Exception {
        OCSPResp resp = new OCSPResp(der);
        assertThat(resp.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        SingleResp[] all = ((BasicOCSPResp) resp.getResponseObject()).getResponses();
        assertThat(all).hasSize(1);
        return all[0];
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder b) {
        try {
            return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
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
