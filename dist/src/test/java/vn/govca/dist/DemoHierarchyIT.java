package vn.govca.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.govca.dist.it.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x509.GeneralName;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.govca.dist.it.ApiResponse;
import vn.govca.dist.it.AuditVerifyRun;
import vn.govca.dist.it.BadIssueRequest;
import vn.govca.dist.it.CertificateFacts;
import vn.govca.dist.it.CertificateFacts.Attribute;
import vn.govca.dist.it.ChainValidators;
import vn.govca.dist.it.CrlChecks;
import vn.govca.dist.it.FetchedCrl;
import vn.govca.dist.it.GovCaClient;
import vn.govca.dist.it.IssuedCertificate;
import vn.govca.dist.it.IssueRequests;
import vn.govca.dist.it.OpenApiPaths;
import vn.govca.dist.it.OpenSslCsr;
import vn.govca.dist.it.StoppedServerDatabase;
import vn.govca.dist.testkit.DatabaseSettings;
import vn.govca.dist.testkit.ServerLogOnFailure;
import vn.govca.dist.testkit.TestHome;
import vn.govca.dist.testkit.WildFlyServer;

/**
 * A first start as an operator sees it ({@code ./govca up} on an empty data directory, H2): the
 * bootstrap's administrator logs in by client certificate or password, the demo hierarchy
 * RootCA-G2 → CA-NhaNuoc-G2 is online, certificates issued from openssl requests validate in
 * OpenSSL, GnuTLS and the JDK and carry what their profile says, bad input is refused with a
 * problem body and leaves nothing stored, a revocation reaches the CRLs that OpenSSL and the JDK
 * check revocation with, and after a restart with a token that cannot log in the data is kept,
 * the issuing CA reports offline (its last CRL still served), CRL numbers keep growing and the
 * audit chain verifies (and detects an edited row).
 *
 * <p>One WildFly boot for the class and one restart in the last test. That test is ordered last
 * because it restarts the server under every other test; the rest are independent of each other
 * and of order (each issues what it checks).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoHierarchyIT {

    private static final String ROOT = "RootCA-G2";
    private static final String ISSUING = "CA-NhaNuoc-G2";
    private static final String PUBLIC_BASE = "http://localhost:8080";
    private static final String CERTIFICATES = "/api/v1/certificates";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

    @TempDir
    static Path temp;

    static TestHome home;
    static WildFlyServer server;
    static GovCaClient api;

    @RegisterExtension
    final ServerLogOnFailure serverLog = new ServerLogOnFailure(() -> server);

    @BeforeAll
    static void start() {
        home = TestHome.create(temp.resolve("var"));
        server = WildFlyServer.builder(home.dir()).name("demo-h2").database(DatabaseSettings.h2InHome()).start();
        api = GovCaClient.of(home, server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void health_firstStart_upWithBothCasOnline() {
        ApiResponse r = api.httpGet("/health");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().getString("status")).isEqualTo("UP");
        assertThat(r.json().getString("database")).isEqualTo("UP");
        assertThat(r.json().getJsonObject("cas").getString(ROOT)).isEqualTo("ACTIVE, online");
        assertThat(r.json().getJsonObject("cas").getString(ISSUING)).isEqualTo("ACTIVE, online");
    }

    @Test
    void publicCaList_firstStart_rootAndIssuingOnlineWithLinksAndNoTokenNames() {
        ApiResponse r = api.httpGet("/ca/");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        Map<String, JsonObject> cas = byName(r.jsonArray());
        JsonObject root = cas.get(ROOT);
        JsonObject issuing = cas.get(ISSUING);
        assertThat(root).as("%s", r).isNotNull();
        assertThat(issuing).as("%s", r).isNotNull();
        assertThat(List.of(root.getString("status"), root.getString("online"), root.getString("keySpec")))
                .containsExactly("ACTIVE", "online", "RSA-4096");
        assertThat(List.of(issuing.getString("status"), issuing.getString("online"), issuing.getString("keySpec"),
                issuing.getString("parent"))).containsExactly("ACTIVE", "online", "RSA-3072", ROOT);
        assertThat(root.get("parent")).isIn(null, JsonValue.NULL);
        assertThat(issuing.getJsonObject("links").getString("certificate"))
                .isEqualTo(PUBLIC_BASE + "/ca/" + ISSUING + ".crt");
        assertThat(issuing.getJsonObject("links").getString("crl")).isEqualTo(PUBLIC_BASE + "/crl/" + ISSUING + ".crl");
        assertThat(issuing.get("token")).as("public listing names no token").isIn(null, JsonValue.NULL);
    }

    @Test
    void caCertificates_derAndPem_vietnameseSubjectsAsUtf8StringAndChainSigned() throws Exception {
        ApiResponse der = api.httpGet("/ca/" + ROOT + ".crt");
        assertThat(der.status()).as("%s", der).isEqualTo(200);
        assertThat(der.contentType()).isEqualTo("application/pkix-cert");
        assertThat(der.body()[0]).as("DER SEQUENCE, not PEM text").isEqualTo((byte) 0x30);
        CertificateFacts root = CertificateFacts.parse(der.body());
        assertThat(root.subject()).containsExactly(new Attribute("C", "PrintableString", "VN"),
                new Attribute("O", "UTF8String", "Ban Cơ yếu Chính phủ"),
                new Attribute("CN", "UTF8String", "RootCA chuyên dùng Chính phủ G2"));
        root.certificate().verify(root.certificate().getPublicKey());
        assertThat(((RSAPublicKey) root.certificate().getPublicKey()).getModulus().bitLength()).isEqualTo(4096);
        assertThat(root.keyUsage()).containsExactlyInAnyOrder("keyCertSign", "cRLSign");

        ApiResponse pem = api.httpGet("/ca/" + ROOT + ".pem");
        assertThat(pem.status()).as("%s", pem).isEqualTo(200);
        assertThat(pem.text()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(CertificateFacts.parse(pem.body()).der()).isEqualTo(root.der());

        CertificateFacts issuing = CertificateFacts.parse(api.httpGet("/ca/" + ISSUING + ".crt").body());
        assertThat(issuing.subject()).containsExactly(new Attribute("C", "PrintableString", "VN"),
                new Attribute("O", "UTF8String", "Ban Cơ yếu Chính phủ"),
                new Attribute("CN", "UTF8String", "CA phục vụ các cơ quan Nhà nước G2"));
        assertThat(issuing.certificate().getIssuerX500Principal()).isEqualTo(root.certificate().getSubjectX500Principal());
        issuing.certificate().verify(root.certificate().getPublicKey());
        assertThat(issuing.certificate().getBasicConstraints()).isZero();
        assertThat(((RSAPublicKey) issuing.certificate().getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
    }

    @Test
    void authMe_adminClientCertificate_caAdmin() {
        ApiResponse r = api.adminGet("/api/v1/auth/me");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(List.of(r.json().getString("username"), r.json().getString("role"), r.json().getString("method")))
                .containsExactly("admin", "CA_ADMIN", "client-certificate");
    }

    @Test
    void login_bootstrapPassword_bearerTokenAuthenticates() {
        ApiResponse login = api.anonymousPost("/api/v1/auth/login", Json.createObjectBuilder()
                .add("username", "admin").add("password", home.adminPassword()).build().toString());
        assertThat(login.status()).as("%s", login).isEqualTo(200);
        assertThat(Instant.parse(login.json().getString("expiresAt"))).isAfter(Instant.now());
        String token = login.json().getString("token");
        ApiResponse me = api.anonymousGet("/api/v1/auth/me", token);
        assertThat(me.status()).as("%s", me).isEqualTo(200);
        assertThat(List.of(me.json().getString("username"), me.json().getString("role"), me.json().getString("method")))
                .containsExactly("admin", "CA_ADMIN", "password");
        assertThat(api.anonymousGet("/api/v1/cas", token).status()).isEqualTo(200);
    }

    @Test
    void login_wrongPassword_401Problem() {
        assertProblem(api.anonymousPost("/api/v1/auth/login", Json.createObjectBuilder().add("username", "admin")
                .add("password", "not-" + home.adminPassword()).build().toString()), 401, "UNAUTHENTICATED");
    }

    @Test
    void api_noCredentials_401Problem() {
        assertProblem(api.anonymousGet("/api/v1/cas", null), 401, "UNAUTHENTICATED");
    }

    @Test
    void api_garbageBearerToken_401Problem() {
        assertProblem(api.anonymousGet("/api/v1/auth/me", "Zm9vYmFy.garbage"), 401, "UNAUTHENTICATED");
    }

    @Test
    void api_plainHttp_403Problem() {
        assertProblem(api.httpGet("/api/v1/cas"), 403, "FORBIDDEN");
    }

    @Test
    void issue_personalFromOpensslCsr_validInThreeValidatorsStoredAndFound() throws Exception {
        IssuedCertificate issued = issue("personal", IssueRequests.personal(temp.resolve("csr"), "CCCD:001099012345"), null);
        CertificateFacts leaf = issued.leaf();
        assertThat(leaf.subject()).containsExactly(new Attribute("C", "PrintableString", "VN"),
                new Attribute("ST", "UTF8String", "Sơn La"),
                new Attribute("O", "UTF8String", "Sở Thông tin và Truyền thông tỉnh Sơn La"),
                new Attribute("CN", "UTF8String", "Phạm Văn A"),
                new Attribute("UID", "UTF8String", "CCCD:001099012345"),
                new Attribute("E", "IA5String", IssueRequests.PERSONAL_EMAIL));
        assertThat(leaf.keyUsage()).containsExactlyInAnyOrder("digitalSignature", "nonRepudiation", "keyEncipherment");
        assertThat(leaf.extendedKeyUsage()).isEmpty();
        assertThat(leaf.policies()).containsExactly("2.16.704.9999.1.1");
        assertThat(leaf.subjectAltNames(GeneralName.rfc822Name)).containsExactly(IssueRequests.PERSONAL_EMAIL);
        assertThat(leaf.subjectAltNames(GeneralName.dNSName)).isEmpty();
        assertValidStoredAndFound(issued, IssueRequests.PERSONAL_DN_PREFIX);
        assertValidStoredAndFound(issued, "c=vn, st=son la, o=so thong tin va truyen thong tinh son la, cn=pham van a");
    }

    @Test
    void issue_organizationFromOpensslCsr_validInThreeValidatorsStoredAndFound() throws Exception {
        IssuedCertificate issued = issue("organization", IssueRequests.organization(temp.resolve("csr"), "MST:0100231226"), null);
        CertificateFacts leaf = issued.leaf();
        assertThat(leaf.subject()).containsExactly(new Attribute("C", "PrintableString", "VN"),
                new Attribute("L", "UTF8String", "Hà Nội"), new Attribute("O", "UTF8String", "BỘ TÀI CHÍNH"),
                new Attribute("CN", "UTF8String", "CỤC THUẾ"), new Attribute("UID", "UTF8String", "MST:0100231226"));
        assertThat(leaf.keyUsage()).containsExactlyInAnyOrder("digitalSignature", "nonRepudiation");
        assertThat(leaf.extendedKeyUsage()).isEmpty();
        assertThat(leaf.policies()).containsExactly("2.16.704.9999.1.2");
        assertThat(leaf.subjectAltNames(GeneralName.rfc822Name)).isEmpty();
        String dn = "C=VN, L=Hà Nội, O=BỘ TÀI CHÍNH, CN=CỤC THUẾ, UID=MST:0100231226";
        assertThat(issued.json().getString("subject")).as("GovCA's DN form, as for CAs").isEqualTo(dn);
        assertValidStoredAndFound(issued, dn);
    }

    @Test
    void issue_tlsServerWithDnsName_validInThreeValidatorsStoredAndFound() throws Exception {
        IssuedCertificate issued = issue("tls-server", IssueRequests.tlsServer(temp.resolve("csr")),
                List.of(IssueRequests.TLS_DNS_NAME));
        CertificateFacts leaf = issued.leaf();
        assertThat(leaf.subject()).containsExactly(new Attribute("C", "PrintableString", "VN"),
                new Attribute("O", "UTF8String", "Sở Thông tin và Truyền thông tỉnh Sơn La"),
                new Attribute("CN", "UTF8String", IssueRequests.TLS_DNS_NAME));
        assertThat(leaf.keyUsage()).containsExactlyInAnyOrder("digitalSignature", "keyEncipherment");
        assertThat(leaf.extendedKeyUsage()).containsExactly(SERVER_AUTH);
        assertThat(leaf.policies()).containsExactly("2.16.704.9999.1.3");
        assertThat(leaf.subjectAltNames(GeneralName.dNSName)).containsExactly(IssueRequests.TLS_DNS_NAME);
        assertValidStoredAndFound(issued, "C=VN, O=Sở Thông tin và Truyền thông tỉnh Sơn La, CN=dv.sonla");
    }

    /**
     * Issue 3 end to end: after one of two certificates is revoked for keyCompromise over REST,
     * the issuing CA's full and delta CRLs list it within seconds, with reason and invalidity
     * date; they are served with their caching headers (and 304 on a matching ETag); OpenSSL
     * verifies both CRLs' signatures and, checking revocation with them ({@code -crl_check},
     * {@code -crl_check_all} with the root's CRL, {@code -use_deltas}), rejects the revoked
     * certificate and accepts the good one, and so does the JDK's PKIX validator in CRL mode.
     */
    @Test
    void crl_afterKeyCompromiseRevocation_fullAndDeltaListItAndValidatorsRejectOnlyTheRevoked() throws Exception {
        IssuedCertificate good = issue("organization", IssueRequests.organization(temp.resolve("csr"), "MST:0100231226"), null);
        IssuedCertificate bad = issue("personal", IssueRequests.personal(temp.resolve("csr"), "CCCD:001099012345"), null);
        BigInteger badSerial = new BigInteger(bad.serial(), 16);
        Instant compromised = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        ApiResponse revoked = api.adminPost(CERTIFICATES + "/" + ISSUING + "/" + bad.serial() + "/revoke",
                Json.createObjectBuilder().add("reason", "keyCompromise").add("invalidityDate", compromised.toString())
                        .build().toString());
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);

        URI http = server.httpBase();
        FetchedCrl full = CrlChecks.await(http, "/crl/" + ISSUING + ".crl", CrlChecks.listing(badSerial),
                Duration.ofSeconds(30));
        FetchedCrl delta = CrlChecks.await(http, "/crl/" + ISSUING + "-delta.crl", d -> d.entry(badSerial).isPresent()
                && d.baseCrlNumber().equals(Optional.of(full.crlNumber())), Duration.ofSeconds(30));
        X509CRLEntry entry = full.entry(badSerial).orElseThrow();
        assertThat(FetchedCrl.reasonCode(entry)).as("keyCompromise").isEqualTo(1);
        assertThat(FetchedCrl.invalidityDate(entry)).contains(compromised);
        assertThat(full.entry(good.leaf().certificate().getSerialNumber())).isEmpty();
        assertThat(full.baseCrlNumber()).isEmpty();
        assertThat(full.crl().getNonCriticalExtensionOIDs()).as("Freshest CRL").contains("2.5.29.46");
        assertThat(full.crl().getIssuerX500Principal()).isEqualTo(bad.issuing().certificate().getSubjectX500Principal());
        assertThat(delta.crlNumber()).isGreaterThan(full.crlNumber());
        assertThat(delta.crl().getCriticalExtensionOIDs()).as("Delta CRL Indicator").contains("2.5.29.27");
        assertThat(FetchedCrl.reasonCode(delta.entry(badSerial).orElseThrow())).isEqualTo(1);
        full.assertServedAsCrl();
        delta.assertServedAsCrl();
        String etag = full.headers().firstValue("ETag").orElseThrow();
        FetchedCrl head = CrlChecks.head(http, "/crl/" + ISSUING + ".crl");
        assertThat(head.status()).as("%s", head).isEqualTo(200);
        assertThat(head.der()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue("application/pkix-crl");
        FetchedCrl conditional = CrlChecks.fetch(http, "/crl/" + ISSUING + ".crl", "If-None-Match", etag);
        assertThat(conditional.status()).as("%s", conditional).isIn(304, 200);
        if (conditional.status() == 200) {
            assertThat(conditional.headers().firstValue("ETag")).as("200 only if the CRL was reissued meanwhile")
                    .isNotEqualTo(Optional.of(etag));
        }

        X509Certificate root = bad.root().certificate();
        X509Certificate issuing = bad.issuing().certificate();
        for (FetchedCrl crl : List.of(full, delta)) {
            var verified = CrlChecks.opensslCrlVerify(temp.resolve("crl"), crl, issuing, root);
            assertThat(verified.exitCode()).as("%s", verified).isZero();
            assertThat(verified.output()).as("%s", verified).contains("verify OK");
        }
        FetchedCrl rootCrl = CrlChecks.fetch(http, "/crl/" + ROOT + ".crl");
        assertThat(rootCrl.status()).as("%s", rootCrl).isEqualTo(200);
        List<List<String>> modes = List.of(List.of("-crl_check"), List.of("-crl_check_all"),
                List.of("-crl_check", "-use_deltas"));
        List<List<FetchedCrl>> crlSets = List.of(List.of(full), List.of(full, rootCrl), List.of(full, delta));
        for (int i = 0; i < modes.size(); i++) {
            String[] flags = modes.get(i).toArray(String[]::new);
            var rejected = CrlChecks.opensslVerify(temp.resolve("crl"), root, issuing, bad.leaf().certificate(),
                    crlSets.get(i), flags);
            assertThat(rejected.exitCode()).as("%s", rejected).isNotZero();
            assertThat(rejected.output()).as("%s", rejected).contains("certificate revoked");
            var accepted = CrlChecks.opensslVerify(temp.resolve("crl"), root, issuing, good.leaf().certificate(),
                    crlSets.get(i), flags);
            assertThat(accepted.exitCode()).as("%s", accepted).isZero();
            assertThat(accepted.output()).as("%s", accepted).contains("leaf.pem: OK");
        }
        CrlChecks.pkixWithCrls(root, issuing, good.leaf().certificate(), List.of(full));
        assertThatThrownBy(() -> CrlChecks.pkixWithCrls(root, issuing, bad.leaf().certificate(), List.of(full)))
                .isInstanceOf(CertPathValidatorException.class)
                .extracting(e -> ((CertPathValidatorException) e).getReason()).isEqualTo(BasicReason.REVOKED);
    }

    @Test
    void crl_unknownCa_404ProblemAndNoCaNameEndsWithDelta() {
        assertProblem(api.httpGet("/crl/No-Such-CA.crl"), 404, "NOT_FOUND");
        assertProblem(api.httpGet("/crl/No-Such-CA-delta.crl"), 404, "NOT_FOUND");
        assertProblem(api.adminPost("/api/v1/cas", Json.createObjectBuilder().add("name", ROOT + "-delta")
                .add("type", "ROOT").add("token", "root").add("keySpec", "EC-P384")
                .add("subject", "C=VN, O=Ban Cơ yếu Chính phủ, CN=Tên trùng tệp CRL").add("validityDays", 365)
                .build().toString()), 400, "MALFORMED");
    }

    static List<BadIssueRequest> badRequests() {
        return BadIssueRequest.catalogue(ISSUING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void issue_badInput_problemAndNothingStored(BadIssueRequest bad) throws Exception {
        String body = bad.body().apply(Files.createTempDirectory(temp, "bad-"));
        int before = count(ISSUING, null);
        assertProblem(api.adminPost(CERTIFICATES, bad.contentType(), body), bad.status(), bad.category());
        assertThat(count(ISSUING, null)).as("certificates of %s after: %s", ISSUING, bad).isEqualTo(before);
        assertThat(count(ISSUING, "RESERVED")).as("reservations after: %s", bad).isZero();
    }

    /**
     * The demo issuing CA lives 3653 days and no end-entity profile may exceed 1826 days (Decree
     * 68 cap, enforced when profiles load), so no request can outlive it: this test creates a
     * subordinate CA that expires in 30 days.
     */
    @Test
    void issue_beyondIssuingCaNotAfter_refusedAndDefaultValidityCutAtCaNotAfter() throws Exception {
        String name = "CA-NganHan-Test";
        ApiResponse created = api.adminPost("/api/v1/cas", Json.createObjectBuilder().add("name", name)
                .add("type", "SUBORDINATE").add("token", "issuing").add("keySpec", "EC-P256")
                .add("subject", "C=VN, O=Ban Cơ yếu Chính phủ, CN=CA thử nghiệm ngắn hạn").add("validityDays", 30)
                .add("parent", ROOT).build().toString());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        Instant caNotAfter = Instant.parse(created.json().getString("notAfter"));
        OpenSslCsr csr = IssueRequests.organization(temp.resolve("csr"), "MST:0100231226");

        assertProblem(api.adminPost(CERTIFICATES, IssueRequests.json(name, "organization", csr.pem(), 365, null)),
                422, "POLICY_VIOLATION");
        assertThat(count(name, null)).isZero();

        ApiResponse cut = api.adminPost(CERTIFICATES, IssueRequests.json(name, "organization", csr.pem(), null, null));
        assertThat(cut.status()).as("%s", cut).isEqualTo(201);
        CertificateFacts leaf = CertificateFacts.parse(cut.json().getString("certificatePem"));
        assertThat(leaf.certificate().getNotAfter().toInstant()).isBeforeOrEqualTo(caNotAfter)
                .isAfter(Instant.now().plus(Duration.ofDays(29)));
        CertificateFacts subCa = CertificateFacts.parse(api.httpGet("/ca/" + name + ".crt").body());
        CertificateFacts root = CertificateFacts.parse(api.httpGet("/ca/" + ROOT + ".crt").body());
        ChainValidators.pkix(root.certificate(), subCa.certificate(), leaf.certificate());
        assertThat(count(name, null)).isEqualTo(1);
    }

    /**
     * The hand-written document and what the server serves agree. WildFly's MicroProfile OpenAPI
     * document ({@code /openapi}), generated from the JAX-RS resources, lists the served
     * operations: each is documented and each documented one is served; every documented GET
     * also answers on a concrete path (not with JAX-RS's "no resource" 404). OCSP is a servlet
     * outside JAX-RS ({@link #SERVLETS}): documented, not generated, and probed like the rest.
     */
    /** Documented paths served by plain servlets, which the JAX-RS-generated document cannot list; probed below. */
    private static final Set<String> SERVLETS = Set.of("/ocsp", "/ocsp/{request}");

    @Test
    void openApi_document_namesEveryServedOperationAndNoOther() {
        ApiResponse r = api.anonymousGet("/api/v1/openapi", null);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/yaml");
        assertThat(r.text()).startsWith("openapi: 3.");
        Map<String, Set<String>> documented = OpenApiPaths.operations(r.text());
        ApiResponse generated = api.httpGet("/openapi");
        assertThat(generated.status()).as("%s", generated).isEqualTo(200);
        Map<String, Set<String>> served = OpenApiPaths.operations(generated.text());
        assertThat(served).as("operations generated from JAX-RS: %s", generated).containsKey("/health");
        SoftAssertions soft = new SoftAssertions();
        served.forEach((path, methods) -> methods.forEach(method -> soft.assertThat(
                OpenApiPaths.documents(documented, path, method)).as("served %s %s is documented", method, path).isTrue()));
        documented.forEach((path, methods) -> methods.forEach(method -> soft.assertThat(
                SERVLETS.contains(path) || OpenApiPaths.documents(served, path, method))
                .as("documented %s %s is served", method, path).isTrue()));
        documented.forEach((path, methods) -> {
            if (methods.contains("get")) {
                String concrete = path.replace("{name}", ROOT).replace("{ca}", ISSUING).replace("{serial}", "7e57")
                        .replace("{request}", "MA").replace("{id}", "999999999");
                ApiResponse probe = concrete.startsWith("/api/") ? api.adminGet(concrete) : api.httpGet(concrete);
                soft.assertThat(probe.status() == 404 && probe.text().contains("\"about:blank\""))
                        .as("documented GET %s is routed: %s", path, probe).isFalse();
            }
        });
        soft.assertAll();
    }

    /**
     * Last, because it restarts the server: with the issuing token's password file wrong, the
     * same data directory comes back with the same CAs (no second demo hierarchy), the issuing CA
     * offline and refusing with 503 (also to publish CRLs; its last CRL is still served), the root
     * online and its next CRL numbered above every one before the restart; then, stopped, the
     * audit chain verifies and an edited row is detected.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void restart_issuingTokenPasswordWrong_caOfflineDataKeptAuditChainVerifiedAndTamperDetected() throws Exception {
        IssuedCertificate kept = issue("organization", IssueRequests.organization(temp.resolve("csr"), "MST:0100231226"), null);
        assertProblem(api.adminPost(CERTIFICATES, IssueRequests.json(ISSUING, "personal", "garbage", null, null)),
                400, "MALFORMED");
        BigInteger rootCrlBefore = CrlChecks.fetch(server.httpBase(), "/crl/" + ROOT + ".crl").crlNumber();
        FetchedCrl issuingCrlBefore = CrlChecks.fetch(server.httpBase(), "/crl/" + ISSUING + ".crl");
        byte[] rootBefore = api.httpGet("/ca/" + ROOT + ".crt").body();

        byte[] issuingBefore = api.httpGet("/ca/" + ISSUING + ".crt").body();
        List<String> casBefore = List.copyOf(byName(api.httpGet("/ca/").jsonArray()).keySet());

        server.close();
        Files.writeString(home.dir().resolve("tokens/issuing.pass"), "wrong-password\n");
        server = WildFlyServer.builder(home.dir()).name("demo-h2-restart").database(DatabaseSettings.h2InHome()).start();
        api = GovCaClient.of(home, server);

        ApiResponse health = api.httpGet("/health");
        assertThat(health.status()).as("%s", health).isEqualTo(503);
        assertThat(health.json().getString("status")).isEqualTo("DOWN");
        assertThat(health.json().getJsonObject("cas").getString(ISSUING)).startsWith("ACTIVE, offline: ");
        assertThat(health.json().getJsonObject("cas").getString(ROOT)).isEqualTo("ACTIVE, online");
        Map<String, JsonObject> cas = byName(api.httpGet("/ca/").jsonArray());
        assertThat(cas.keySet()).containsExactlyElementsOf(casBefore);
        assertThat(cas.get(ISSUING).getString("online")).matches("offline: .{10,}");
        assertThat(cas.get(ROOT).getString("online")).isEqualTo("online");
        assertThat(api.httpGet("/ca/" + ROOT + ".crt").body()).isEqualTo(rootBefore);
        assertThat(api.httpGet("/ca/" + ISSUING + ".crt").body()).isEqualTo(issuingBefore);
        assertProblem(api.adminPost(CERTIFICATES, IssueRequests.json(ISSUING, "organization",
                IssueRequests.organization(temp.resolve("csr"), "MST:0100231226").pem(), null, null)), 503, "UNAVAILABLE");
        // CRL numbers keep growing across the restart (invariant 4); the offline CA's CRL is still served.
        ApiResponse reissued = api.adminPost("/api/v1/cas/" + ROOT + "/crl", "{}");
        assertThat(reissued.status()).as("%s", reissued).isEqualTo(200);
        BigInteger rootCrlAfter = new BigInteger(reissued.json().getJsonArray("crls").getJsonObject(0).getString("crlNumber"));
        assertThat(rootCrlAfter).isGreaterThan(rootCrlBefore);
        assertThat(CrlChecks.fetch(server.httpBase(), "/crl/" + ROOT + ".crl").crlNumber()).isEqualTo(rootCrlAfter);
        FetchedCrl issuingCrlAfter = CrlChecks.fetch(server.httpBase(), "/crl/" + ISSUING + ".crl");
        assertThat(issuingCrlAfter.status()).isEqualTo(200);
        assertThat(issuingCrlAfter.der()).isEqualTo(issuingCrlBefore.der());
        assertProblem(api.adminPost("/api/v1/cas/" + ISSUING + "/crl", "{}"), 503, "UNAVAILABLE");
        ApiResponse stored = api.adminGet(CERTIFICATES + "/" + ISSUING + "/" + kept.serial());
        assertThat(stored.status()).as("%s", stored).isEqualTo(200);
        assertThat(stored.json().getString("status")).isEqualTo("ACTIVE");
        server.close();

        AuditVerifyRun untouched = AuditVerifyRun.on(home.dir());
        assertThat(untouched.exit()).as("audit verify on the untouched log: %s", untouched.output()).isZero();
        assertThat(StoppedServerDatabase.column(home.dir(), "SELECT action FROM audit_event"))
                .contains("ADMINISTRATOR_CREATED", "CA_CREATED", "CERTIFICATE_ISSUED", "ISSUANCE_REFUSED",
                        "TOKEN_ACTIVATED", "TOKEN_FAILED", "SERVER_STARTED", "CRL_ISSUED");
        assertThat(StoppedServerDatabase.column(home.dir(), "SELECT state FROM crl_record"))
                .contains("PUBLISHED").doesNotContain("RESERVED");
        assertThat(StoppedServerDatabase.column(home.dir(), "SELECT status FROM certificate"))
                .doesNotContain("RESERVED", "FAILED");
        assertThat(StoppedServerDatabase.update(home.dir(),
                "UPDATE audit_event SET details = '{\"edited\":true}' WHERE seq = 3")).isEqualTo(1);
        AuditVerifyRun edited = AuditVerifyRun.on(home.dir());
        assertThat(edited.exit()).as("audit verify after editing row 3: %s", edited.output()).isEqualTo(1);
        assertThat(edited.output()).as("names the edited row").contains("seq 3");
    }

    /** Issues from CA-NhaNuoc-G2 with the profile's default validity; checks what every subscriber certificate carries. */
    private static IssuedCertificate issue(String profile, OpenSslCsr csr, List<String> dnsNames) {
        IssuedCertificate issued = IssuedCertificate.of(api.adminPost(CERTIFICATES,
                IssueRequests.json(ISSUING, profile, csr.pem(), null, dnsNames)));
        assertThat(issued.issuing().der()).isEqualTo(api.httpGet("/ca/" + ISSUING + ".crt").body());
        assertThat(issued.root().der()).isEqualTo(api.httpGet("/ca/" + ROOT + ".crt").body());
        issued.assertSubscriberCertificateOf(ISSUING, PUBLIC_BASE, 1826);
        return issued;
    }

    /** OpenSSL, GnuTLS and the JDK validate the chain; the API returns and finds the certificate. */
    private static void assertValidStoredAndFound(IssuedCertificate issued, String subjectPrefix) throws Exception {
        issued.assertValidatesIndependently(temp.resolve("validate"));

        ApiResponse one = api.adminGet(CERTIFICATES + "/" + ISSUING + "/" + issued.serial());
        assertThat(one.status()).as("%s", one).isEqualTo(200);
        assertThat(one.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(CertificateFacts.parse(one.json().getString("certificatePem")).der()).isEqualTo(issued.leaf().der());

        ApiResponse found = api.adminGet(CERTIFICATES + "?ca=" + ISSUING + "&match=prefix&limit=500&subject="
                + GovCaClient.query(subjectPrefix));
        assertThat(found.status()).as("%s", found).isEqualTo(200);
        assertThat(found.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("serial")))
                .as("search by subject prefix '%s'", subjectPrefix).contains(issued.serial());
    }

    /**
     * Certificates of {@code ca} (all statuses, or one), from one page of at most 500, without
     * the CA's own OCSP responder certificates: the server issues those by itself when a CA
     * becomes active, at a moment of its own choosing.
     */
    private static int count(String ca, String status) {
        ApiResponse r = api.adminGet(CERTIFICATES + "?limit=500&ca=" + ca + (status == null ? "" : "&status=" + status));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("nextCursor")).as("all on one page").isIn(null, JsonValue.NULL);
        return (int) r.json().getJsonArray("items").stream()
                .filter(v -> !"ocsp-responder".equals(v.asJsonObject().getString("profile", null))).count();
    }

    private static Map<String, JsonObject> byName(JsonArray cas) {
        return cas.stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(c -> c.getString("name"), c -> c,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
