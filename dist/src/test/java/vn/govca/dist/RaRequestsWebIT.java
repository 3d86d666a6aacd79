package vn.govca.dist;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govca.dist.it.ApiResponse;
import vn.govca.dist.it.CertificateFacts;
import vn.govca.dist.it.ExternalCommand;
import vn.govca.dist.it.GovCaClient;
import vn.govca.dist.it.OpenSslCsr;
import vn.govca.dist.it.RaApi;
import vn.govca.dist.it.RaBrowser;
import vn.govca.dist.testkit.DatabaseSettings;
import vn.govca.dist.testkit.ServerLogOnFailure;
import vn.govca.dist.testkit.TestHome;
import vn.govca.dist.testkit.WildFlyServer;

/**
 * The RA request workflow in the web UI (issue 4 "Browser tests"), in Debian's headless Chromium:
 * a provincial subscriber manager files a new-issuance request with a CSR upload, a CA operator
 * approves it from the approval queue, the manager downloads the certificate; a revocation request
 * of that certificate goes through and the REST API reports it revoked; a 200-row CSV import with 3
 * bad rows shows 3 row errors and imports nothing, the fixed file imports 200; a renewal with a CSR,
 * a suspension and a reinstatement go through on a profile that allows suspension (a test profile,
 * {@value #SUSPENDABLE}) and a suspension is refused on one that does not; a new issuance with a
 * server-generated key ends in a one-time PKCS#12 download that Java's KeyStore opens with the typed
 * password; a token restore names the device the subscriber holds and, approved, shows in the
 * device's history; the pages read in Vietnamese and English. Screenshots (vi and en) go to
 * {@code target/screenshots/}.
 *
 * <p>One WildFly boot (demo hierarchy, H2) and one browser; users, agencies and subscribers are
 * set up through REST as the administrator and the manager (RaWorkflowIT covers those flows).
 */
class RaRequestsWebIT {

    private static final String ISSUING = "CA-NhaNuoc-G2";
    private static final String PASSWORD = "mật-khẩu-rất-dài-2026";
    private static final String MANAGER = "quanly.sonla";
    private static final String OPERATOR = "vanhanh1";
    private static final AtomicInteger SEQ = new AtomicInteger(200);
    /** The personal profile with suspension allowed (no bundled profile allows certificateHold). */
    private static final String SUSPENDABLE = "personal-hold";
    private static final String P12_PASSWORD = "mat-khau-p12-2026";

    @TempDir
    static Path temp;

    static TestHome home;
    static WildFlyServer server;
    static GovCaClient admin;
    static RaApi manager;
    static RaApi operator;
    static RaBrowser browser;
    static long sonLa;
    static long agency;

    @RegisterExtension
    final ServerLogOnFailure serverLog = new ServerLogOnFailure(() -> server);

    @BeforeAll
    static void start() throws IOException {
        home = TestHome.create(temp.resolve("var")).property("govca.profiles.dir", suspendableProfile().toString());
        server = WildFlyServer.builder(home.dir()).name("ra-requests-web").database(DatabaseSettings.h2InHome()).start();
        admin = GovCaClient.of(home, server);
        ApiResponse provinces = admin.adminGet("/api/v1/provinces");
        sonLa = provinces.jsonArray().stream().map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals("14"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        user(MANAGER, "SUBSCRIBER_MANAGER", sonLa);
        user(OPERATOR, "CA_OPERATOR", null);
        manager = RaApi.login(home, server, MANAGER, PASSWORD);
        operator = RaApi.login(home, server, OPERATOR, PASSWORD);
        agency = created(manager.post("/api/v1/agencies", Json.createObjectBuilder().add("provinceId", sonLa)
                .add("name", "Sở Tài chính tỉnh Sơn La").build().toString())).getJsonNumber("id").longValue();
        Path screenshots = Path.of(System.getProperty("govca.it.dir", "target/it")).toAbsolutePath().getParent()
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

    @Test
    void newIssuance_filedApprovedDownloaded_thenRevocationRevokes() throws Exception {
        long subscriber = individual("Lò Văn Nguyên");
        Path csr = Files.createDirectories(temp.resolve("csr-ui")).resolve("nguyen.csr");
        Files.writeString(csr, OpenSslCsr.generate(temp.resolve("csr"), "ec:P-256", "CN=ignored").pem(),
                StandardCharsets.US_ASCII);
        signIn(MANAGER);
        browser.open("/ra/requests/new.xhtml");
        browser.choose("new:subscriber", Long.toString(subscriber));
        browser.choose("new:profile", "personal");
        browser.driver().findElement(By.cssSelector("#new input[type=file]")).sendKeys(csr.toString());
        browser.await(By.id("new:recipient")).sendKeys("Văn thư Sở Tài chính");
        browser.screenshot("request-new-vi");
        browser.submit(By.id("new:submit"));
        assertThat(browser.path()).isEqualTo("/ra/requests/detail.xhtml");
        assertThat(state()).isEqualTo("SUBMITTED");
        long id = Long.parseLong(browser.driver().findElement(By.id("request-id")).getText().substring(1));
        assertThat(browser.driver().findElement(By.id("csr-key")).getText()).contains("P256");
        browser.screenshot("request-detail-submitted-vi");
        signIn(OPERATOR);
        browser.open("/ra/requests/queue.xhtml");
        browser.await(By.linkText("#" + id));
        browser.screenshot("queue-vi");
        browser.submit(By.linkText("#" + id));
        browser.await(By.id("actions:comment")).sendKeys("Hồ sơ hợp lệ");
        act("actions:approve", "COMPLETED");
        assertThat(browser.driver().findElements(By.cssSelector("tr.history-row"))).hasSize(4);
        browser.screenshot("request-detail-completed-vi");
        signIn(MANAGER);
        browser.open("/ra/requests/detail.xhtml?id=" + id);
        String serial = browser.await(By.id("issued-link")).getText();
        browser.await(By.id("actions:download")).click();
        Path pem = browser.awaitDownload("request-" + id + ".pem");
        CertificateFacts cert = CertificateFacts.parse(Files.readAllBytes(pem));
        assertThat(cert.certificate().getSubjectX500Principal().getName()).contains("Lò Văn Nguyên");
        browser.submit(By.id("actions:revoke"));
        assertThat(browser.path()).isEqualTo("/ra/requests/new.xhtml");
        browser.choose("new:reason", "KEY_EXPOSED");
        browser.screenshot("request-revocation-vi");
        browser.submit(By.id("new:submit"));
        assertThat(state()).isEqualTo("SUBMITTED");
        long revocation = Long.parseLong(browser.driver().findElement(By.id("request-id")).getText().substring(1));
        signIn(OPERATOR);
        browser.open("/ra/requests/detail.xhtml?id=" + revocation);
        act("actions:approve", "COMPLETED");
        ApiResponse status = admin.adminGet("/api/v1/certificates/" + ISSUING + "/" + serial);
        assertThat(status.status()).as("%s", status).isEqualTo(200);
        assertThat(status.json().getString("status")).isEqualTo("REVOKED");
        assertThat(status.json().getInt("revocationReason")).isEqualTo(1);
        assertThat(ocspStatus(pem)).contains("leaf.pem: revoked").contains("keyCompromise");
        browser.submit(By.id("top:lang-en"));
        assertThat(browser.await(By.id("state")).getText()).isEqualTo("Completed");
        browser.screenshot("request-detail-completed-en");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void renewalWithCsr_thenSuspensionApprovedThenReinstated_onProfileAllowingSuspension() throws Exception {
        long subscriber = individual("Hà Thị Thu");
        long first = issuedThroughRest(subscriber, SUSPENDABLE);
        signIn(MANAGER);
        browser.open("/ra/requests/new.xhtml?type=RENEWAL&subscriber=" + subscriber);
        assertThat(browser.await(By.id("form-title")).getAttribute("data-type")).isEqualTo("RENEWAL");
        assertThat(browser.driver().findElements(By.id("new:profile"))).as("a renewal keeps its profile").isEmpty();
        assertThat(browser.driver().findElements(By.id("new:reason"))).isEmpty();
        assertThat(chosen("new:targetCertificate")).as("the one active certificate").isEqualTo(Long.toString(first));
        browser.await(By.id("new:csrText")).sendKeys(OpenSslCsr.generate(temp.resolve("csr"), "ec:P-256", "CN=x").pem());
        browser.screenshot("request-renewal-vi");
        browser.submit(By.id("new:submit"));
        assertThat(state()).isEqualTo("SUBMITTED");
        long renewal = requestId();
        assertThat(browser.driver().findElement(By.id("profile")).getText()).isEqualTo(SUSPENDABLE);
        approveInBrowser(renewal);
        String renewedSerial = browser.await(By.id("issued-link")).getText();
        long renewed = manager.get("/api/v1/requests/" + renewal).json().getJsonNumber("issuedCertificateId").longValue();
        assertThat(renewed).isNotEqualTo(first);

        signIn(MANAGER);
        browser.open("/ra/requests/new.xhtml?type=SUSPENSION&subscriber=" + subscriber);
        assertThat(browser.driver().findElements(By.id("new:csrText"))).as("no key for a suspension").isEmpty();
        browser.choose("new:targetCertificate", Long.toString(renewed));
        browser.await(By.id("new:note")).sendKeys("Cán bộ đi công tác dài ngày");
        browser.screenshot("request-suspension-vi");
        browser.submit(By.id("new:submit"));
        assertThat(state()).isEqualTo("SUBMITTED");
        long suspension = requestId();
        approveInBrowser(suspension);
        assertThat(certificateStatus(renewedSerial)).isEqualTo("ON_HOLD");

        signIn(MANAGER);
        browser.open("/ra/requests/detail.xhtml?id=" + suspension);
        browser.submit(By.id("actions:reinstate"));
        assertThat(browser.await(By.id("form-title")).getAttribute("data-type")).isEqualTo("REINSTATEMENT");
        assertThat(chosen("new:targetCertificate")).isEqualTo(Long.toString(renewed));
        browser.submit(By.id("new:submit"));
        assertThat(state()).isEqualTo("SUBMITTED");
        approveInBrowser(requestId());
        assertThat(certificateStatus(renewedSerial)).isEqualTo("ACTIVE");
    }

    @Test
    void suspension_profileWithoutSuspension_refusedAtFilingWithMessageAndNothingFiled() {
        long subscriber = individual("Lò Văn Hùng");
        long certificate = issuedThroughRest(subscriber, "personal");
        signIn(MANAGER);
        browser.open("/ra/requests/new.xhtml?type=SUSPENSION");
        browser.choose("new:subscriber", Long.toString(subscriber));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .withMessage("the subscriber's one active certificate is offered and chosen")
                .until(d -> Long.toString(certificate).equals(chosen("new:targetCertificate")));
        browser.submit(By.id("new:submit"));
        assertThat(browser.path()).isEqualTo("/ra/requests/new.xhtml");
        assertThat(awaitQuietly(By.cssSelector(".ui-messages-error")).getText()).contains("certificateHold");
        browser.screenshot("request-suspension-refused-vi");
        ApiResponse mine = manager.get("/api/v1/requests?mine=true&limit=500");
        assertThat(mine.json().getJsonArray("items").stream()
                .filter(v -> v.asJsonObject().getJsonNumber("subscriberId").longValue() == subscriber)
                .map(v -> v.asJsonObject().getString("type"))).as("only the issuance that made the certificate")
                .containsExactly("NEW_ISSUANCE");
    }

    /** Form 06: the form offers the device the subscriber holds; the approval writes the restore to its history. */
    @Test
    void tokenRestore_heldDeviceChosen_approvedInBrowser_restoreShownInDeviceHistory() {
        long subscriber = individual("Vì Thị Lan");
        String serial = "TK-WEB-" + SEQ.incrementAndGet();
        long device = created(manager.post("/api/v1/subscribers/" + subscriber + "/key-devices", Json
                .createObjectBuilder().add("kind", "USB_TOKEN").add("serialNumber", serial).build().toString()))
                .getJsonNumber("id").longValue();
        signIn(MANAGER);
        browser.open("/ra/requests/new.xhtml?type=TOKEN_RESTORE&subscriber=" + subscriber);
        assertThat(browser.driver().findElements(By.id("new:targetCertificate"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("new:csrText"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("new:reason"))).isEmpty();
        assertThat(chosen("new:keyDevice")).as("the one device the subscriber holds").isEqualTo(String.valueOf(device));
        browser.await(By.id("new:recipient")).sendKeys("Lò Văn Pọm, văn thư");
        browser.driver().findElement(By.id("new:note")).sendKeys("Bị khóa do nhập sai PIN");
        browser.submit(By.id("new:draft"));
        assertThat(state()).isEqualTo("DRAFT");
        assertThat(browser.driver().findElement(By.id("type")).getText()).isEqualTo("Khôi phục thiết bị lưu khóa");
        assertThat(browser.driver().findElement(By.id("key-device")).getText()).isEqualTo("USB token · " + serial);
        long id = requestId();
        act("actions:submit", "SUBMITTED");

        approveInBrowser(id);
        browser.open("/ra/subscribers/devices.xhtml?subscriber=" + subscriber);
        List<WebElement> events = browser.driver().findElements(By.cssSelector(".device-event"));
        assertThat(events).extracting(e -> e.getAttribute("data-kind")).containsExactly("REGISTERED", "RESTORED");
        assertThat(browser.driver().findElement(By.cssSelector(".device-event-request")).getText()).isEqualTo("#" + id);
        assertThat(browser.driver().findElement(By.id("history")).getText()).contains("Bị khóa do nhập sai PIN")
                .contains(OPERATOR);
        browser.screenshot("key-device-history-vi");

        browser.forgetSession();
        browser.signIn("admin", home.adminPassword());
        browser.open("/ra/audit.xhtml");
        browser.await(By.id("audit:action")).sendKeys("RA_KEY_DEVICE_RESTORED");
        browser.await(By.id("audit:find")).click();
        browser.awaitTexts(By.cssSelector("tr.audit-row"),
                rows -> rows.stream().anyMatch(r -> r.contains(serial) && r.contains(OPERATOR)));
    }

    @Test
    void serverKeyGeneration_approved_pkcs12DownloadedOnceUnderTypedPassword() throws Exception {
        long subscriber = individual("Tòng Văn Khánh");
        signIn(MANAGER);
        browser.open("/ra/requests/new.xhtml?subscriber=" + subscriber);
        browser.await(By.cssSelector("input[name='new:keySource'][value='SERVER']")).click();
        browser.await(By.id("serverKeyHint"));
        assertThat(browser.driver().findElements(By.id("new:csrText"))).as("no CSR when the server makes the key").isEmpty();
        browser.screenshot("request-new-server-key-vi");
        browser.submit(By.id("new:submit"));
        assertThat(state()).isEqualTo("SUBMITTED");
        long id = requestId();
        assertThat(browser.driver().findElement(By.id("key-source")).getText()).isNotBlank();
        approveInBrowser(id);

        signIn(MANAGER);
        browser.open("/ra/requests/detail.xhtml?id=" + id);
        typePassword(P12_PASSWORD, P12_PASSWORD + "x");
        browser.submit(By.id("keys:download"));
        assertThat(awaitQuietly(By.cssSelector(".ui-messages-error")).getText()).contains("không khớp");
        typePassword("ngan", "ngan");
        browser.submit(By.id("keys:download"));
        assertThat(awaitQuietly(By.cssSelector(".ui-messages-error")).getText()).contains("at least 12");
        browser.screenshot("request-key-package-vi");
        typePassword(P12_PASSWORD, P12_PASSWORD);
        browser.await(By.id("keys:download")).click();
        Path p12 = browser.awaitDownload("request-" + id + ".p12");

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(p12)) {
            ks.load(in, P12_PASSWORD.toCharArray());
        }
        String alias = ks.aliases().nextElement();
        Certificate[] chain = ks.getCertificateChain(alias);
        assertThat(chain).hasSizeGreaterThanOrEqualTo(3);
        X509Certificate leaf = (X509Certificate) chain[0];
        assertThat(leaf.getSubjectX500Principal().getName()).contains("Tòng Văn Khánh");
        PrivateKey key = (PrivateKey) ks.getKey(alias, P12_PASSWORD.toCharArray());
        Signature signer = Signature.getInstance("SHA256with" + (key.getAlgorithm().equals("EC") ? "ECDSA" : "RSA"));
        signer.initSign(key);
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        signer.initVerify(leaf.getPublicKey());
        signer.update(new byte[] {1, 2, 3});
        assertThat(signer.verify(signature)).as("the key belongs to the certificate").isTrue();

        browser.open("/ra/requests/detail.xhtml?id=" + id);
        assertThat(browser.await(By.id("keys:fetched")).getText()).isNotBlank();
        assertThat(browser.driver().findElements(By.id("keys:download"))).as("taken once").isEmpty();
        ApiResponse again = manager.post("/api/v1/requests/" + id + "/key-package",
                Json.createObjectBuilder().add("password", P12_PASSWORD).build().toString());
        assertThat(again.status()).as("%s", again).isEqualTo(409);
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void review_moreInformationThenResubmittedThenRejected_historyShowsEachStep() throws Exception {
        long subscriber = individual("Quàng Văn Bình");
        signIn(MANAGER);
        browser.open("/ra/requests/new.xhtml?subscriber=" + subscriber);
        assertThat(browser.await(By.id("new:profile")).getAttribute("value")).isEqualTo("personal");
        browser.await(By.id("new:csrText")).sendKeys(OpenSslCsr.generate(temp.resolve("csr"), "ec:P-256", "CN=x").pem());
        browser.submit(By.id("new:draft"));
        assertThat(state()).isEqualTo("DRAFT");
        long id = Long.parseLong(browser.driver().findElement(By.id("request-id")).getText().substring(1));
        act("actions:submit", "SUBMITTED");
        signIn(OPERATOR);
        browser.open("/ra/requests/detail.xhtml?id=" + id);
        browser.await(By.id("actions:comment")).sendKeys("Thiếu bản sao CCCD");
        act("actions:information", "INFO_REQUESTED");

        signIn(MANAGER);
        browser.open("/ra/requests/detail.xhtml?id=" + id);
        assertThat(browser.driver().findElements(By.id("actions:approve"))).as("a manager does not review").isEmpty();
        browser.await(By.id("actions:comment")).sendKeys("Đã bổ sung");
        act("actions:submit", "SUBMITTED");

        signIn(OPERATOR);
        browser.open("/ra/requests/detail.xhtml?id=" + id);
        browser.driver().findElement(By.id("actions:reject")).click();
        assertThat(awaitQuietly(By.cssSelector(".ui-messages-error")).getText()).as("a rejection says why").isNotBlank();
        assertThat(state()).isEqualTo("SUBMITTED");
        browser.await(By.id("actions:comment")).sendKeys("Không thuộc đối tượng cấp");
        act("actions:reject", "REJECTED");
        assertThat(browser.driver().findElements(By.cssSelector("tr.history-row .history-to")).stream()
                .map(e -> e.getText()).toList()).containsExactly("Bản nháp", "Chờ duyệt", "Yêu cầu bổ sung", "Chờ duyệt",
                        "Từ chối");
        assertThat(browser.driver().findElements(By.id("actions:approve"))).isEmpty();
        browser.screenshot("request-detail-rejected-vi");
    }

    @Test
    void newIssuance_badCsrPasted_refusedWithMessageAndNothingFiled() {
        long subscriber = individual("Cầm Thị Hoa");
        signIn(MANAGER);
        browser.open("/ra/requests/new.xhtml");
        browser.choose("new:subscriber", Long.toString(subscriber));
        browser.await(By.id("new:csrText")).sendKeys("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----");
        browser.submit(By.id("new:submit"));
        assertThat(browser.path()).isEqualTo("/ra/requests/new.xhtml");
        assertThat(browser.await(By.cssSelector(".ui-messages-error")).getText()).isNotBlank();
        assertThat(browser.driver().getPageSource()).doesNotContainPattern("[A-Za-z]+Exception:").doesNotContain("at vn.govca");
        browser.screenshot("request-new-refused-vi");
        ApiResponse mine = manager.get("/api/v1/requests?mine=true&limit=500");
        assertThat(mine.json().getJsonArray("items").stream()
                .filter(v -> v.asJsonObject().getJsonNumber("subscriberId").longValue() == subscriber)).isEmpty();
    }

    @Test
    void csvImport_200RowsWith3Bad_showsThreeRowErrorsImportsNothing_thenFixedFileImportsAll() throws Exception {
        long target = created(manager.post("/api/v1/agencies", Json.createObjectBuilder().add("provinceId", sonLa)
                .add("name", "UBND phường Chiềng Lề").build().toString())).getJsonNumber("id").longValue();
        Path dir = Files.createDirectories(temp.resolve("csv"));
        Path bad = dir.resolve("thue_bao_loi.csv");
        Path good = dir.resolve("thue_bao.csv");
        Files.writeString(bad, csv(target, true), StandardCharsets.UTF_8);
        Files.writeString(good, csv(target, false), StandardCharsets.UTF_8);

        signIn(MANAGER);
        browser.open("/ra/import.xhtml");
        browser.await(By.id("import:template")).click();
        assertThat(Files.readString(browser.awaitDownload("mau_nhap_thue_bao.csv"), StandardCharsets.UTF_8))
                .contains("ho_ten");
        browser.driver().findElement(By.cssSelector("#import input[type=file]")).sendKeys(bad.toString());
        browser.awaitCount(By.cssSelector("tr.import-error-row"), 3);
        assertThat(browser.driver().findElements(By.cssSelector("tr.import-error-row .import-line")).stream()
                .map(e -> e.getText()).distinct()).containsExactly("52", "102", "152");
        assertThat(browser.await(By.cssSelector(".import-result")).getAttribute("data-accepted")).isEqualTo("false");
        browser.screenshot("import-errors-vi");
        browser.await(By.id("import:report")).click();
        assertThat(Files.readAllLines(browser.awaitDownload("bao_cao_loi_nhap.csv"), StandardCharsets.UTF_8)).hasSize(4);
        assertThat(subscribersIn(target)).isZero();

        browser.open("/ra/import.xhtml");
        browser.await(By.id("import:template"));
        browser.driver().findElement(By.cssSelector("#import input[type=file]")).sendKeys(good.toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d ->
                !d.findElements(By.cssSelector(".import-result[data-accepted=true]")).isEmpty());
        assertThat(browser.await(By.cssSelector(".ui-messages-info")).getText()).contains("200");
        browser.screenshot("import-accepted-vi");
        assertThat(subscribersIn(target)).isEqualTo(200);
    }

    @Test
    void subscriberForm_badFields_eachFieldNamed_thenValidSubscriberListed() {
        signIn(MANAGER);
        browser.open("/ra/subscribers/list.xhtml");
        browser.choose("create:agency", Long.toString(agency));
        browser.await(By.id("create:fullName")).sendKeys("Điêu Chính Tới");
        browser.driver().findElement(By.id("create:dateOfBirth")).sendKeys("15/03/1985");
        browser.driver().findElement(By.id("create:idNumber")).sendKeys("123");
        browser.driver().findElement(By.id("create:idIssueDate")).sendKeys("10/08/2021");
        browser.driver().findElement(By.id("create:idIssuePlace")).sendKeys("Cục Cảnh sát QLHC về TTXH");
        browser.driver().findElement(By.id("create:mobile")).sendKeys("0123");
        browser.driver().findElement(By.id("create:email")).sendKeys("khong-hop-le");
        browser.driver().findElement(By.id("create:save")).click();
        String errors = browser.await(By.cssSelector(".ui-messages-error")).getText();
        assertThat(errors).contains("Số giấy tờ").contains("Số điện thoại").contains("Thư điện tử");
        assertThat(browser.driver().findElement(By.id("create:mobile")).getAttribute("class")).contains("ui-state-error");
        browser.screenshot("subscriber-errors-vi");

        String cccd = String.format("014085%06d", SEQ.incrementAndGet());
        clear("create:idNumber", cccd);
        clear("create:mobile", "0912345678");
        clear("create:email", "toi.dc@sonla.gov.vn");
        browser.driver().findElement(By.id("create:save")).click();
        browser.await(By.cssSelector(".ui-messages-info"));
        browser.await(By.id("list:name")).sendKeys("Điêu Chính");
        browser.await(By.id("list:find")).click();
        browser.awaitCount(By.cssSelector("tr.subscriber-row .subscriber-name"), 1);
    }

    @Test
    void mainPages_vietnameseThenEnglish_screenshots() {
        browser.forgetSession();
        browser.signIn("admin", home.adminPassword());
        String[][] pages = {{"dashboard", "/ra/dashboard.xhtml"}, {"requests", "/ra/requests/list.xhtml"},
            {"queue", "/ra/requests/queue.xhtml"}, {"request-new", "/ra/requests/new.xhtml"},
            {"request-revocation", "/ra/requests/new.xhtml?type=REVOCATION"},
            {"request-renewal", "/ra/requests/new.xhtml?type=RENEWAL"},
            {"request-change", "/ra/requests/new.xhtml?type=CHANGE_OF_INFORMATION"},
            {"request-suspension", "/ra/requests/new.xhtml?type=SUSPENSION"},
            {"request-reinstatement", "/ra/requests/new.xhtml?type=REINSTATEMENT"},
            {"request-token-restore", "/ra/requests/new.xhtml?type=TOKEN_RESTORE"}, {"import", "/ra/import.xhtml"},
            {"subscribers", "/ra/subscribers/list.xhtml"}, {"agencies", "/ra/agencies/list.xhtml"},
            {"users", "/ra/users.xhtml"}};
        for (String[] page : pages) {
            browser.open(page[1]);
            browser.await(By.id("nav-requests"));
            assertThat(browser.await(By.tagName("h1")).getText()).doesNotContain("???");
            assertThat(browser.driver().getPageSource()).doesNotContain("???").doesNotContainPattern("[A-Za-z]+Exception:");
            browser.screenshot(page[0] + "-vi");
        }
        browser.open("/ra/dashboard.xhtml");
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Tổng quan");
        browser.tabletScreenshot("dashboard-vi-tablet");
        browser.submit(By.id("top:lang-en"));
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        for (String[] page : pages) {
            browser.open(page[1]);
            assertThat(browser.await(By.id("nav-requests")).getText()).isEqualTo("Requests");
            assertThat(browser.driver().getPageSource()).doesNotContain("???");
            browser.screenshot(page[0] + "-en");
        }
        browser.open("/ra/requests/list.xhtml");
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Requests");
        browser.tabletScreenshot("requests-en-tablet");
        assertThat(browser.cspViolations()).isEmpty();
    }

    // ---- helpers

    /** {@value #SUSPENDABLE}: the bundled personal profile with suspension allowed, in a profile directory. */
    private static Path suspendableProfile() throws IOException {
        try (java.io.InputStream in = RaRequestsWebIT.class.getResourceAsStream("/profiles/personal.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("\"name\"\\s*:\\s*\"personal\"", "\"name\": \"" + SUSPENDABLE + "\"")
                    .replaceFirst("\"suspensionAllowed\"\\s*:\\s*false", "\"suspensionAllowed\": true");
            assertThat(json).contains(SUSPENDABLE).contains("\"suspensionAllowed\": true");
            Path dir = Files.createDirectories(temp.resolve("profiles"));
            Files.writeString(dir.resolve(SUSPENDABLE + ".json"), json, StandardCharsets.UTF_8);
            return dir;
        }
    }

    /** A certificate of {@code profile} issued to the subscriber through REST (RaWorkflowIT covers that flow); its id. */
    private static long issuedThroughRest(long subscriber, String profile) {
        long id = created(manager.post("/api/v1/requests", Json.createObjectBuilder().add("type", "NEW_ISSUANCE")
                .add("subscriberId", subscriber).add("profile", profile)
                .add("csr", OpenSslCsr.generate(temp.resolve("csr"), "ec:P-256", "CN=x").pem()).add("submit", true)
                .build().toString())).getJsonNumber("id").longValue();
        ApiResponse done = operator.post("/api/v1/requests/" + id + "/approve", "{}");
        assertThat(done.status()).as("%s", done).isEqualTo(200);
        return done.json().getJsonNumber("issuedCertificateId").longValue();
    }

    /** The operator approves request {@code id} on its page; it executes and completes. */
    private static void approveInBrowser(long id) {
        signIn(OPERATOR);
        browser.open("/ra/requests/detail.xhtml?id=" + id);
        act("actions:approve", "COMPLETED");
    }

    private static String certificateStatus(String serial) {
        ApiResponse status = admin.adminGet("/api/v1/certificates/" + ISSUING + "/" + serial);
        assertThat(status.status()).as("%s", status).isEqualTo(200);
        return status.json().getString("status");
    }

    /** The value of the chosen option of a native select. */
    private static String chosen(String selectId) {
        return new Select(browser.await(By.id(selectId))).getFirstSelectedOption().getAttribute("value");
    }

    private static long requestId() {
        return Long.parseLong(browser.driver().findElement(By.id("request-id")).getText().substring(1));
    }

    private static void typePassword(String password, String confirmation) {
        clear("keys:password", password);
        clear("keys:confirmation", confirmation);
    }

    /** 200 individuals for {@code agencyId}; with {@code broken}, lines 52, 102 and 152 each carry one bad field. */
    private static String csv(long agencyId, boolean broken) {
        StringBuilder b = new StringBuilder("loai_thue_bao,ma_co_quan,mau_chung_thu,nguoi_nhan,email,ho_ten,ngay_sinh,"
                + "loai_giay_to,so_giay_to,ngay_cap,noi_cap,dien_thoai,chuc_vu\r\n");
        for (int i = 0; i < 200; i++) {
            int line = i + 2;
            String email = broken && line == 52 ? "khong-phai-email" : "canbo" + i + "@sonla.gov.vn";
            String mobile = broken && line == 102 ? "0123" : "0912345678";
            String cccd = broken && line == 152 ? "123" : String.format("014190%06d", i);
            b.append("cá nhân,").append(agencyId).append(",personal,Văn thư,").append(email).append(",Lường Văn Thắng ")
                    .append(i).append(",01/02/1980,CCCD,").append(cccd).append(",10/08/2021,Cục Cảnh sát QLHC,")
                    .append(mobile).append(",Chuyên viên\r\n");
        }
        return b.toString();
    }

    /** {@code openssl ocsp} for the certificate, polled until it answers revoked or 10 seconds passed. */
    private static String ocspStatus(Path leafPem) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("ocsp"));
        Files.copy(leafPem, dir.resolve("leaf.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ApiResponse issuing = admin.httpGet("/ca/" + ISSUING + ".pem");
        assertThat(issuing.status()).as("%s", issuing).isEqualTo(200);
        Files.write(dir.resolve("issuing.pem"), issuing.body());
        List<String> command = List.of("openssl", "ocsp", "-issuer", "issuing.pem", "-cert", "leaf.pem", "-url",
                server.httpBase().resolve("/ocsp").toString(), "-noverify");
        AtomicReference<String> last = new AtomicReference<>("");
        return new FluentWait<>(dir).withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(250))
                .withMessage(() -> "openssl ocsp never answered revoked; last answer: " + last.get()).until(d -> {
                    last.set(ExternalCommand.run(d, command).output());
                    return last.get().contains("leaf.pem: revoked") ? last.get() : null;
                });
    }

    private static int subscribersIn(long agencyId) {
        ApiResponse r = manager.get("/api/v1/subscribers?limit=500&agencyId=" + agencyId);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().getJsonArray("items").size();
    }

    private static void clear(String id, String value) {
        var e = browser.await(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    /** Clicks a request action and waits for the page to show the request in {@code expected} state. */
    private static void act(String button, String expected) {
        browser.await(By.id(button)).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> expected.equals(d.findElement(By.id("state")).getAttribute("data-state")));
    }

    /** Waits for {@code by} while the page may still be replacing itself (no stale-node errors). */
    private static WebElement awaitQuietly(By by) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(by));
    }

    private static String state() {
        return awaitQuietly(By.id("state")).getAttribute("data-state");
    }

    private static void signIn(String username) {
        browser.forgetSession();
        browser.signIn(username, PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !browser.path().endsWith("login.xhtml"));
    }

    private static void user(String username, String role, Long province) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", username).add("displayName", username)
                .add("role", role).add("password", PASSWORD);
        if (province != null) {
            b.add("scopeProvinceId", province);
        }
        created(admin.adminPost("/api/v1/users", b.build().toString()));
    }

    private static long individual(String name) {
        return created(manager.post("/api/v1/subscribers", Json.createObjectBuilder().add("agencyId", agency)
                .add("kind", "INDIVIDUAL").add("individual", Json.createObjectBuilder().add("fullName", name)
                        .add("dateOfBirth", "15/03/1985").add("idType", "CCCD")
                        .add("idNumber", String.format("014085%06d", SEQ.incrementAndGet()))
                        .add("idIssueDate", "10/08/2021").add("idIssuePlace", "Cục Cảnh sát QLHC về TTXH")
                        .add("email", "canbo@sonla.gov.vn").add("mobile", "0912345678").add("position", "Chuyên viên"))
                .build().toString())).getJsonNumber("id").longValue();
    }

    private static JsonObject created(ApiResponse r) {
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }
}
