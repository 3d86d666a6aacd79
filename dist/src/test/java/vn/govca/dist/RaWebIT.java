package vn.govca.dist;

import static org.assertj.core.api.Assertions.assertThat;

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
 * signing out and visiting a page without a session both lead to the sign-in page; the
 * administrator's TLS client certificate signs in too (a plain HTTPS client posting the form); an unknown
 * page shows the error page without internals. A plain HTTPS client checks the security headers
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
        browser.await(By.cssSelector("tr.audit-row"));
        assertThat(browser.driver().findElements(By.cssSelector("tr.audit-row .audit-action")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getText()).isEqualTo("LOGIN"));
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
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(viewState.find()).as("view state in %s", page.body()).isTrue();
        String form = "certificate-login=certificate-login&certificate-login%3Asign-in-certificate="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> posted = withCertificate.send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", before)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as("%s", posted.body()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(HOME));
        String after = sessionCookie(posted);
        assertThat(after).as("session id changes at sign-in").isNotEqualTo(before);

        HttpResponse<String> homePage = withCertificate.send(HttpRequest.newBuilder(home.httpsBase(server).resolve(HOME))
                .timeout(Duration.ofSeconds(30)).header("Cookie", after).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(homePage.statusCode()).isEqualTo(200);
        assertThat(homePage.body()).contains("id=\"welcome-user\">admin<");
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
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
