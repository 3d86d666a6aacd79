package vn.govca.dist;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.govca.dist.it.ApiResponse;
import vn.govca.dist.it.CertificateFacts;
import vn.govca.dist.it.GovCaClient;
import vn.govca.dist.it.IssuedCertificate;
import vn.govca.dist.it.IssueRequests;
import vn.govca.dist.it.OpenSslCsr;
import vn.govca.dist.it.RaBrowser;
import vn.govca.dist.testkit.DatabaseSettings;
import vn.govca.dist.testkit.ServerLogOnFailure;
import vn.govca.dist.testkit.TestHome;
import vn.govca.dist.testkit.WildFlyServer;

/**
 * The RA web UI at {@code /ra} as a person uses it, in Debian's headless Chromium (Selenium): a
 * wrong password is refused with a readable message and no session; the bootstrap administrator
 * signs in and reads the Vietnamese UI, switches to English; finds a certificate issued over REST,
 * opens its decoded detail, downloads its PEM and revokes it, which the REST API then reports;
 * signing out, visiting a page without a session, and a password reset by an administrator all lead
 * to the sign-in page; the administrator's TLS client certificate signs in too (a plain HTTPS client
 * posting the form); an unknown page shows the error page without internals; the layout and page
 * fragments are not found when requested directly. A plain HTTPS client checks the security headers
 * and the session cookie's flags. Screenshots (vi and en, laptop and tablet) go to
 * {@code target/screenshots/}.
 *
 * <p>One WildFly boot (demo hierarchy, H2) and one browser for the class; each test starts as a new
 * visitor (cookies cleared) and issues what it checks, so the tests are independent of each other.
 */
class RaWebIT {

    private static final String ISSUING = "CA-NhaNuoc-G2";
    private static final String LOGIN = "/ra/login.xhtml";
    private static final String HOME = "/ra/home.xhtml";

    @TempDir
    static Path temp;

    static TestHome home;
    static WildFlyServer server;
    static GovCaClient api;
    static RaBrowser browser;
    static Path screenshots;

    @RegisterExtension
    final ServerLogOnFailure serverLog = new ServerLogOnFailure(() -> server);

    @BeforeAll
    static void start() throws IOException {
        home = TestHome.create(temp.resolve("var"));
        server = WildFlyServer.builder(home.dir()).name("ra-web").database(DatabaseSettings.h2InHome()).start();
        api = GovCaClient.of(home, server);
        screenshots = Path.of(System.getProperty("govca.it.dir", "target/it")).toAbsolutePath().getParent()
                .resolve("screenshots");
        browser = RaBrowser.start(home.httpsBase(server), temp.resolve("downloads"), screenshots);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void newVisitor() {
        browser.forgetSession();
    }

    @Test
    void signIn_wrongPassword_readableErrorAndNoSession() {
        browser.signIn("admin", "not-" + home.adminPassword());
        assertThat(browser.path()).isEqualTo(LOGIN);
        assertThat(browser.await(By.cssSelector(".ui-messages-error")).getText()).isNotBlank();
        browser.screenshot("login-failed-vi");
        browser.open(HOME);
        assertThat(browser.path()).as("no session after a failed sign-in").isEqualTo(LOGIN);
    }

    @Test
    void signIn_password_homeInVietnameseThenEnglish() {
        browser.open(LOGIN);
        browser.screenshot("login-vi");
        browser.signIn("admin", home.adminPassword());
        browser.awaitPath(HOME);
        assertThat(browser.await(By.id("welcome-user")).getText()).isEqualTo("admin");
        assertThat(lang()).isEqualTo("vi");
        assertThat(browser.driver().findElement(By.id("welcome")).getText()).startsWith("Xin chào");
        browser.screenshot("home-vi");
        browser.tabletScreenshot("home-vi-tablet");

        browser.submit(By.id("top:lang-en"));
        assertThat(lang()).isEqualTo("en");
        assertThat(browser.await(By.id("welcome")).getText()).startsWith("Welcome");
        assertThat(browser.driver().findElement(By.id("nav-certificates")).getText()).isEqualTo("Certificates");
        browser.screenshot("home-en");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void certificate_issuedOverRest_foundOpenedDownloadedAndRevokedInUi() throws Exception {
        String token = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        IssuedCertificate issued = issueOrganization("Phòng Kiểm thử RA " + token);
        browser.signIn("admin", home.adminPassword());

        browser.open("/ra/certificates/search.xhtml");
        browser.await(By.id("search:subject")).sendKeys(token);
        browser.await(By.id("search:find")).click();
        browser.awaitCount(By.cssSelector("tr.cert-row"), 1);
        By link = By.linkText(issued.serial());
        browser.await(link);
        browser.screenshot("certificates-vi");

        browser.submit(link);
        assertThat(browser.path()).isEqualTo("/ra/certificates/detail.xhtml");
        assertThat(browser.await(By.id("status")).getAttribute("class")).isEqualTo("ra-status-ACTIVE");
        assertThat(browser.driver().findElement(By.id("subject")).getText()).contains(token);
        assertThat(browser.driver().findElement(By.id("serial")).getText()).isEqualToIgnoringCase(issued.serial());
        assertThat(browser.driver().findElement(By.id("extensions")).getText()).contains("keyUsage")
                .contains("cRLDistributionPoints");
        browser.screenshot("certificate-detail-vi");

        browser.await(By.id("downloads:pem")).click();
        Path pem = browser.awaitDownload(issued.serial() + ".pem");
        assertThat(CertificateFacts.parse(Files.readAllBytes(pem)).der()).isEqualTo(issued.leaf().der());

        browser.choose("revoke-form:reason", "keyCompromise");
        browser.await(By.id("revoke-form:revoke")).click();
        browser.submit(By.id("revoke-form:confirm-yes"));
        assertThat(browser.await(By.id("status")).getAttribute("class")).isEqualTo("ra-status-REVOKED");
        assertThat(browser.driver().findElement(By.id("revocation")).getText()).contains("keyCompromise");
        browser.screenshot("certificate-revoked-vi");
        ApiResponse r = api.adminGet("/api/v1/certificates/" + ISSUING + "/" + issued.serial());
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().getString("status")).isEqualTo("REVOKED");
        assertThat(r.json().getInt("revocationReason")).isEqualTo(1);

        browser.submit(By.id("top:lang-en"));
        assertThat(browser.await(By.id("status")).getText()).isEqualTo("Revoked");
        browser.screenshot("certificate-revoked-en");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void auditLog_afterSignIn_listsTheSignIn() {
        browser.signIn("admin", home.adminPassword());
        browser.open("/ra/audit.xhtml");
        browser.await(By.id("audit:action")).sendKeys("LOGIN");
        browser.await(By.id("audit:find")).click();
        // the page lists all events before the search; wait for the Ajax answer, not the first rows
        // (times out, failing the test, if the search never shows only sign-ins)
        browser.awaitTexts(By.cssSelector("tr.audit-row .audit-action"),
                texts -> !texts.isEmpty() && texts.stream().allMatch("LOGIN"::equals));
        browser.screenshot("audit-vi");
        browser.submit(By.id("top:lang-en"));
        browser.await(By.id("audit:events"));
        browser.screenshot("audit-en");
        browser.tabletScreenshot("audit-en-tablet");
    }

    @Test
    void signOut_pagesRedirectToSignIn() {
        browser.signIn("admin", home.adminPassword());
        browser.awaitPath(HOME);
        browser.submit(By.id("top:sign-out"));
        assertThat(browser.path()).isEqualTo(LOGIN);
        browser.open("/ra/certificates/search.xhtml");
        assertThat(browser.path()).isEqualTo(LOGIN);
    }

    /** A password reset ends the RA web sessions signed in with the old password at their next page. */
    @Test
    void signedInWithPassword_passwordReset_nextPageAsksToSignInAgain() {
        String name = "vanhanh.matkhau" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String password = "mật-khẩu-cũ-đủ-dài-2026";
        String renewed = "mật-khẩu-mới-đủ-dài-2026";
        ApiResponse created = api.adminPost("/api/v1/users", Json.createObjectBuilder().add("username", name)
                .add("displayName", name).add("role", "CA_OPERATOR").add("password", password).build().toString());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        browser.signIn(name, password);
        browser.awaitPath(HOME);
        browser.open("/ra/certificates/search.xhtml");
        assertThat(browser.path()).isEqualTo("/ra/certificates/search.xhtml");

        ApiResponse reset = api.adminPost("/api/v1/users/" + name + "/password",
                Json.createObjectBuilder().add("password", renewed).build().toString());
        assertThat(reset.status()).as("%s", reset).isEqualTo(200);
        browser.open("/ra/certificates/search.xhtml");
        assertThat(browser.path()).as("password reset: the session ended").isEqualTo(LOGIN);

        browser.signIn(name, renewed);
        browser.awaitPath(HOME);
    }

    @Test
    void page_withoutSession_redirectsToSignIn() {
        browser.open("/ra/audit.xhtml");
        assertThat(browser.path()).isEqualTo(LOGIN);
        browser.open("/ra");
        assertThat(browser.path()).isEqualTo(LOGIN);
    }

    @Test
    void unknownPageOrDetailWithoutToken_signedIn_errorPageWithoutInternals() {
        browser.signIn("admin", home.adminPassword());
        browser.open("/ra/no-such-page.xhtml");
        assertThat(browser.await(By.id("error-title")).getText()).isNotBlank();
        assertThat(browser.driver().getPageSource()).doesNotContainPattern("[A-Za-z]+Exception:")
                .doesNotContain("at vn.govca").doesNotContain("at jakarta.");
        browser.screenshot("error-404-vi");

        browser.open("/ra/certificates/detail.xhtml?ca=" + ISSUING + "&serial=01");
        assertThat(browser.await(By.id("error-hint")).getText()).as("protected view without its token").isNotBlank();
        assertThat(browser.driver().findElements(By.id("status"))).isEmpty();
    }

    @Test
    void signInPage_plainHttpsClient_securityHeadersAndCookieFlags() throws Exception {
        HttpResponse<String> r = get(home.httpClient(false, null), home.httpsBase(server).resolve(LOGIN));
        assertThat(r.statusCode()).isEqualTo(200);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'");
        assertThat(r.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(r.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v ->
                assertThat(v).startsWith("max-age="));
        List<String> cookies = r.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("GOVCA_RA_SESSION=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Strict"));

        HttpResponse<String> anonymous = get(home.httpClient(false, null), home.httpsBase(server).resolve(HOME));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(LOGIN));

        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        assertThat(get(plain, server.httpBase().resolve(LOGIN)).statusCode()).as("plain HTTP").isEqualTo(403);
    }

    @Test
    void signIn_clientCertificate_sessionOfTheAdministratorWithNewSessionId() throws Exception {
        HttpClient withCertificate = home.httpClient(true, null);
        URI login = home.httpsBase(server).resolve(LOGIN);
        HttpResponse<String> page = get(withCertificate, login);
        assertThat(page.body()).contains("certificate-login:sign-in-certificate");
        String before = sessionCookie(page);
        HttpResponse<String> posted = postCertificateSignIn(withCertificate, page);
        assertThat(posted.statusCode()).as("%s", posted.body()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(HOME));
        String after = sessionCookie(posted);
        assertThat(after).as("session id changes at sign-in").isNotEqualTo(before);

        HttpResponse<String> homePage = get(withCertificate, home.httpsBase(server).resolve(HOME), after);
        assertThat(homePage.statusCode()).isEqualTo(200);
        assertThat(homePage.body()).contains("id=\"welcome-user\">admin<");
    }

    /**
     * The layout and the fragments that pages include live in {@code ra/templates/} and are not pages:
     * requested directly — signed in or not, however the path is spelled — they are not found and
     * nothing of them is rendered; the pages that include them still work.
     */
    @Test
    void templatesAndFragments_requestedDirectly_notFound() throws Exception {
        HttpClient withCertificate = home.httpClient(true, null);
        HttpResponse<String> page = get(withCertificate, home.httpsBase(server).resolve(LOGIN));
        String session = sessionCookie(postCertificateSignIn(withCertificate, page));
        String base = home.httpsBase(server).toString().replaceAll("/+$", "");
        String[] fragmentMarkup = {"nav-home", "wf-bars", "requests:state"};

        for (String path : List.of("/ra/templates/layout.xhtml", "/ra/templates/bars.xhtml",
                "/ra/templates/requests-table.xhtml", "/ra/requests/table.xhtml", "/ra/requests/bars.xhtml")) {
            for (String cookie : new String[] {session, null}) {
                HttpResponse<String> r = get(withCertificate, URI.create(base + path), cookie);
                assertThat(r.statusCode()).as("%s %s", path, cookie == null ? "anonymous" : "signed in")
                        .isEqualTo(cookie == null && path.startsWith("/ra/requests/") ? 302 : 404);
                assertThat(r.body()).as(path).doesNotContain(fragmentMarkup);
            }
        }
        for (String spelling : List.of("/ra/templates;x=1/requests-table.xhtml", "/ra/requests/../templates/bars.xhtml",
                "/ra//templates/requests-table.xhtml", "/ra/%74emplates/bars.xhtml")) {
            HttpResponse<String> r = get(withCertificate, URI.create(base + spelling), session);
            assertThat(r.statusCode()).as(spelling).isIn(400, 404);
            assertThat(r.body()).as(spelling).doesNotContain(fragmentMarkup);
        }

        HttpResponse<String> list = get(withCertificate, URI.create(base + "/ra/requests/list.xhtml"), session);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("requests:state").contains("nav-home");
        HttpResponse<String> dashboard = get(withCertificate, URI.create(base + "/ra/dashboard.xhtml"), session);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("id=\"chart-state\"", "id=\"chart-agency\"", "wf-bars");
    }

    /** POSTs the certificate button of the sign-in page {@code page} with its view state and session cookie. */
    private static HttpResponse<String> postCertificateSignIn(HttpClient client, HttpResponse<String> page)
            throws IOException, InterruptedException {
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(viewState.find()).as("view state in %s", page.body()).isTrue();
        String form = "certificate-login=certificate-login&certificate-login%3Asign-in-certificate="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(page.uri()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", sessionCookie(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("GOVCA_RA_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + r.headers().map()));
    }

    private static String lang() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    private static IssuedCertificate issueOrganization(String commonName) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("csr"));
        OpenSslCsr csr = OpenSslCsr.generate(dir, "ec:P-256", "C=VN", "L=Hà Nội", "O=BỘ TÀI CHÍNH",
                "CN=" + commonName, "UID=MST:0100231226");
        return IssuedCertificate.of(api.adminPost("/api/v1/certificates",
                IssueRequests.json(ISSUING, "organization", csr.pem(), null, null)));
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return get(client, uri, null);
    }

    /** A GET with the session cookie {@code cookie} ({@code name=value}), or none when null. */
    private static HttpResponse<String> get(HttpClient client, URI uri, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
