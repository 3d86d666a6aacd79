package vn.govca.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.govca.dist.it.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govca.dist.it.ApiResponse;
import vn.govca.dist.it.GovCaClient;
import vn.govca.dist.it.RaApi;
import vn.govca.dist.it.RaBrowser;
import vn.govca.dist.testkit.DatabaseSettings;
import vn.govca.dist.testkit.ServerLogOnFailure;
import vn.govca.dist.testkit.TestHome;
import vn.govca.dist.testkit.WildFlyServer;

/**
 * The RA's registry on a real server (issue 4): key storage devices of subscribers (register with
 * kind and serial, hand over inside the agency, return to the agency), the province list (CA
 * administrators edit it), and a CA administrator's actions on users (role and scope, disable and
 * enable, password reset). Over REST: every role against every new action, another province's
 * manager by id (404, as if nothing were there), bad input (400/409/422 problem, nothing changed).
 * In Debian's headless Chromium: the provinces page (edit as administrator), the users page (disable,
 * change role) and a subscriber's key devices page reached from the subscribers list (register,
 * return, hand over as the manager).
 *
 * <p>One WildFly boot (demo hierarchy, H2) and one browser. Tests are independent of each other
 * and of order: each creates the agencies, subscribers and users it changes, and edits its own
 * province.
 */
class RaRegistryIT {

    private static final String PASSWORD = "mật-khẩu-rất-dài-2026";
    private static final String MANAGER = "quanly.sonla";
    private static final AtomicInteger SEQ = new AtomicInteger(300);

    @TempDir
    static Path temp;

    static TestHome home;
    static WildFlyServer server;
    static GovCaClient adminCertificate;
    static RaApi admin;
    static RaApi operator;
    static RaApi auditor;
    static RaApi sonLa;
    static RaApi haNoi;
    static long sonLaProvince;
    static long haNoiProvince;
    static RaBrowser browser;

    @RegisterExtension
    final ServerLogOnFailure serverLog = new ServerLogOnFailure(() -> server);

    @BeforeAll
    static void start() throws IOException {
        home = TestHome.create(temp.resolve("var"));
        server = WildFlyServer.builder(home.dir()).name("ra-registry").database(DatabaseSettings.h2InHome()).start();
        adminCertificate = GovCaClient.of(home, server);
        admin = RaApi.login(home, server, "admin", home.adminPassword());
        sonLaProvince = province("14").getJsonNumber("id").longValue();
        haNoiProvince = province("01").getJsonNumber("id").longValue();
        operator = user("vanhanh", "CA_OPERATOR", null);
        auditor = user("kiemtoan", "AUDITOR", null);
        sonLa = user(MANAGER, "SUBSCRIBER_MANAGER", sonLaProvince);
        haNoi = user("quanly.hanoi", "SUBSCRIBER_MANAGER", haNoiProvince);
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
    void keyDevices_managerRegistersHandsOverReturns_badInputAndDuplicatesRefused() {
        long agency = agency(sonLa, sonLaProvince, "Sở Nội vụ tỉnh Sơn La " + SEQ.incrementAndGet());
        long first = individual(sonLa, agency, "Lò Văn Khánh");
        long second = individual(sonLa, agency, "Cầm Thị Liên");
        String serial = "tk-sl-" + SEQ.incrementAndGet();

        JsonObject token = created(sonLa.post(devicesOf(first), device("USB_TOKEN", " " + serial + " ")));
        long id = token.getJsonNumber("id").longValue();
        assertThat(token.getString("serialNumber")).isEqualTo(serial.toUpperCase(Locale.ROOT));
        assertThat(token.getJsonNumber("holderSubscriberId").longValue()).isEqualTo(first);
        assertThat(token.getJsonNumber("agencyId").longValue()).isEqualTo(agency);
        created(sonLa.post(devicesOf(first), device("SIM_PKI", serial)));
        // the same kind and serial, in any case, is one device
        assertProblem(sonLa.post(devicesOf(first), device("USB_TOKEN", serial.toUpperCase(Locale.ROOT))), 409, "CONFLICT");
        assertProblem(sonLa.post(devicesOf(first), device("FLOPPY", "X1")), 400, "MALFORMED");
        assertProblem(sonLa.post(devicesOf(first), device("USB_TOKEN", "TK 01;")), 400, "MALFORMED");
        assertProblem(sonLa.post(devicesOf(first), Json.createObjectBuilder().add("kind", "REMOTE").build().toString()),
                400, "MALFORMED");
        assertProblem(sonLa.post(devicesOf(first), device("USB_TOKEN", "A".repeat(65))), 400, "MALFORMED");
        assertThat(list(sonLa.get(devicesOf(first)))).hasSize(2);

        // form 07: to another subscriber of the agency, not to one of another agency, not twice
        long otherAgency = individual(sonLa, agency(sonLa, sonLaProvince, "UBND xã Mường Bú " + SEQ.incrementAndGet()),
                "Lường Văn Minh");
        assertProblem(sonLa.post(handover(id), subscriber(otherAgency)), 422, "POLICY_VIOLATION");
        assertProblem(sonLa.post(handover(id), "{}"), 400, "MALFORMED");
        JsonObject handed = ok(sonLa.post(handover(id), subscriber(second)));
        assertThat(handed.getJsonNumber("holderSubscriberId").longValue()).isEqualTo(second);
        assertProblem(sonLa.post(handover(id), subscriber(second)), 409, "CONFLICT");
        assertThat(list(sonLa.get(devicesOf(first)))).hasSize(1);
        assertThat(list(sonLa.get(devicesOf(second)))).extracting(d -> d.getString("serialNumber"))
                .containsExactly(serial.toUpperCase(Locale.ROOT));

        // back to the agency, then from its stock to the first subscriber again
        JsonObject returned = ok(sonLa.post("/api/v1/key-devices/" + id + "/return", "{}"));
        assertThat(returned.containsKey("holderSubscriberId")).as("no holder: %s", returned).isFalse();
        assertProblem(sonLa.post("/api/v1/key-devices/" + id + "/return", "{}"), 409, "CONFLICT");
        assertThat(list(sonLa.get("/api/v1/agencies/" + agency + "/key-devices")))
                .extracting(d -> d.getJsonNumber("id").longValue()).containsExactly(id);
        ok(sonLa.post(handover(id), subscriber(first)));
        assertThat(list(sonLa.get("/api/v1/agencies/" + agency + "/key-devices"))).isEmpty();
        assertThat(ok(auditor.get("/api/v1/key-devices/" + id)).getJsonNumber("holderSubscriberId").longValue())
                .isEqualTo(first);
    }

    @Test
    void keyDevices_otherProvinceAndReadOnlyRoles_notFoundOrForbiddenAndNothingChanges() {
        long agency = agency(sonLa, sonLaProvince, "Sở Y tế tỉnh Sơn La " + SEQ.incrementAndGet());
        long holder = individual(sonLa, agency, "Quàng Văn Thái");
        long peer = individual(sonLa, agency, "Tòng Văn Pha");
        String serial = "SIM-" + SEQ.incrementAndGet();
        long id = created(sonLa.post(devicesOf(holder), device("SIM_PKI", serial))).getJsonNumber("id").longValue();
        long haNoiAgency = agency(haNoi, haNoiProvince, "Sở Y tế Hà Nội " + SEQ.incrementAndGet());
        long haNoiSubscriber = individual(haNoi, haNoiAgency, "Nguyễn Văn Hùng");

        // another province's manager: every id of Sơn La answers "not found"
        assertProblem(haNoi.get(devicesOf(holder)), 404, "NOT_FOUND");
        assertProblem(haNoi.post(devicesOf(holder), device("USB_TOKEN", "HN-" + serial)), 404, "NOT_FOUND");
        assertProblem(haNoi.get("/api/v1/key-devices/" + id), 404, "NOT_FOUND");
        assertProblem(haNoi.post(handover(id), subscriber(haNoiSubscriber)), 404, "NOT_FOUND");
        assertProblem(haNoi.post("/api/v1/key-devices/" + id + "/return", "{}"), 404, "NOT_FOUND");
        assertProblem(haNoi.get("/api/v1/agencies/" + agency + "/key-devices"), 404, "NOT_FOUND");
        assertProblem(sonLa.post(handover(id), subscriber(haNoiSubscriber)), 404, "NOT_FOUND");
        // a serial registered in another province conflicts without naming that device
        JsonObject dup = assertProblem(haNoi.post(devicesOf(haNoiSubscriber), device("SIM_PKI", serial)), 409,
                "CONFLICT");
        assertThat(dup.getString("detail")).doesNotContain("#" + id).doesNotContain("agency #" + agency);

        // operators and auditors read; only administrators and managers change devices
        assertThat(list(operator.get(devicesOf(holder)))).hasSize(1);
        assertThat(list(auditor.get(devicesOf(holder)))).hasSize(1);
        for (RaApi reader : List.of(operator, auditor)) {
            assertProblem(reader.post(devicesOf(holder), device("USB_TOKEN", "RO-" + serial)), 403, "FORBIDDEN");
            assertProblem(reader.post(handover(id), subscriber(peer)), 403, "FORBIDDEN");
            assertProblem(reader.post("/api/v1/key-devices/" + id + "/return", "{}"), 403, "FORBIDDEN");
        }
        JsonObject unchanged = ok(sonLa.get("/api/v1/key-devices/" + id));
        assertThat(unchanged.getJsonNumber("holderSubscriberId").longValue()).isEqualTo(holder);
        ok(admin.post(handover(id), subscriber(peer)));
        assertThat(list(sonLa.get(devicesOf(holder)))).isEmpty();
    }

    @Test
    void provinces_adminEdits_othersForbidden_badInputRefusedAndNothingChanges() {
        JsonObject caMau = province("96");
        String path = "/api/v1/provinces/" + caMau.getJsonNumber("id").longValue();
        for (RaApi other : List.of(operator, auditor, sonLa)) {
            assertProblem(other.put(path, provinceEdit("Tỉnh Cà Mau mới", "PROVINCE", false)), 403, "FORBIDDEN");
        }
        assertProblem(admin.put(path, provinceEdit("Tỉnh Cà Mau", "DISTRICT", null)), 400, "MALFORMED");
        assertProblem(admin.put(path, provinceEdit("  ", "PROVINCE", null)), 400, "MALFORMED");
        assertProblem(admin.put(path, provinceEdit("TỈNH SƠN LA", "PROVINCE", null)), 409, "CONFLICT");
        assertProblem(admin.put("/api/v1/provinces/999999", provinceEdit("Tỉnh Mới", "PROVINCE", null)), 404,
                "NOT_FOUND");
        assertThat(province("96")).isEqualTo(caMau);

        JsonObject edited = ok(admin.put(path, Json.createObjectBuilder().add("code", "99")
                .add("name", "Tỉnh  Cà Mau (thử nghiệm)").add("kind", "PROVINCE").add("active", false).build().toString()));
        assertThat(edited.getString("code")).as("the official code is not editable").isEqualTo("96");
        assertThat(edited.getString("name")).isEqualTo("Tỉnh Cà Mau (thử nghiệm)");
        assertThat(edited.getBoolean("active")).isFalse();
        assertThat(province("96").getString("name")).isEqualTo("Tỉnh Cà Mau (thử nghiệm)");
        assertThat(ok(admin.put(path, provinceEdit("Tỉnh Cà Mau", "PROVINCE", true))).getBoolean("active")).isTrue();
    }

    @Test
    void users_adminChangesRoleDisablesEnablesResetsPassword_tokensEndAndOthersForbidden() {
        String name = "quanly.tam" + SEQ.incrementAndGet();
        RaApi tam = user(name, "SUBSCRIBER_MANAGER", sonLaProvince);
        long sonLaSubscriber = individual(sonLa, agency(sonLa, sonLaProvince, "Sở Công Thương " + SEQ.incrementAndGet()),
                "Hà Văn Tâm");
        long haNoiSubscriber = individual(haNoi, agency(haNoi, haNoiProvince, "Sở Công Thương Hà Nội "
                + SEQ.incrementAndGet()), "Trần Thị Tâm");
        ok(tam.get("/api/v1/subscribers/" + sonLaSubscriber));
        String userPath = "/api/v1/users/" + name;

        for (RaApi other : List.of(operator, auditor, sonLa)) {
            assertProblem(other.put(userPath + "/role", role("AUDITOR", null)), 403, "FORBIDDEN");
            assertProblem(other.post(userPath + "/disable", "{}"), 403, "FORBIDDEN");
            assertProblem(other.post(userPath + "/enable", "{}"), 403, "FORBIDDEN");
            assertProblem(other.post(userPath + "/password", password("mật-khẩu-mới-đủ-dài")), 403, "FORBIDDEN");
        }
        assertProblem(admin.put(userPath + "/role", role("AUDITOR", sonLaProvince)), 400, "MALFORMED");
        assertProblem(admin.put(userPath + "/role", role("KING", null)), 400, "MALFORMED");
        assertProblem(admin.put(userPath + "/role", role("SUBSCRIBER_MANAGER", 999_999L)), 404, "NOT_FOUND");
        assertProblem(admin.put("/api/v1/users/khong.co.ai/role", role("AUDITOR", null)), 404, "NOT_FOUND");
        assertProblem(admin.post("/api/v1/users/sai!ten/disable", "{}"), 400, "MALFORMED");
        assertThat(userOf(name).getString("role")).isEqualTo("SUBSCRIBER_MANAGER");
        ok(tam.get("/api/v1/subscribers/" + sonLaSubscriber));

        // a new scope: the old token ends; the next login works in Hà Nội only
        JsonObject moved = ok(admin.put(userPath + "/role", role("SUBSCRIBER_MANAGER", haNoiProvince)));
        assertThat(moved.getJsonNumber("scopeProvinceId").longValue()).isEqualTo(haNoiProvince);
        assertProblem(tam.get("/api/v1/subscribers/" + sonLaSubscriber), 401, "UNAUTHENTICATED");
        RaApi tamInHaNoi = RaApi.login(home, server, name, PASSWORD);
        assertProblem(tamInHaNoi.get("/api/v1/subscribers/" + sonLaSubscriber), 404, "NOT_FOUND");
        ok(tamInHaNoi.get("/api/v1/subscribers/" + haNoiSubscriber));

        // disable: token ends, no login; enable: login again
        assertThat(ok(admin.post(userPath + "/disable", "{}")).getBoolean("enabled")).isFalse();
        assertProblem(tamInHaNoi.get("/api/v1/subscribers/" + haNoiSubscriber), 401, "UNAUTHENTICATED");
        assertThat(login(name, PASSWORD)).isEqualTo(401);
        assertProblem(admin.post(userPath + "/disable", "{}"), 409, "CONFLICT");
        assertThat(ok(admin.post(userPath + "/enable", "{}")).getBoolean("enabled")).isTrue();
        assertProblem(admin.post(userPath + "/enable", "{}"), 409, "CONFLICT");
        assertThat(login(name, PASSWORD)).isEqualTo(200);

        // password reset: too short refused; then only the new password logs in
        assertProblem(admin.post(userPath + "/password", password("ngắn")), 422, "POLICY_VIOLATION");
        assertProblem(admin.post(userPath + "/password", "{}"), 400, "MALFORMED");
        assertThat(login(name, PASSWORD)).isEqualTo(200);
        String renewed = "mật-khẩu-mới-2026-đủ-dài";
        ok(admin.post(userPath + "/password", password(renewed)));
        assertThat(login(name, PASSWORD)).isEqualTo(401);
        assertThat(login(name, renewed)).isEqualTo(200);

        // five wrong passwords lock the account; enable unlocks it
        for (int i = 0; i < 5; i++) {
            assertThat(login(name, "sai-mat-khau-" + i)).isEqualTo(401);
        }
        assertThat(login(name, renewed)).as("locked").isEqualTo(401);
        assertThat(userOf(name).getString("lockedUntil")).isNotBlank();
        ok(admin.post(userPath + "/enable", "{}"));
        assertThat(login(name, renewed)).isEqualTo(200);

        // an administrator never locks themselves out
        assertProblem(admin.post("/api/v1/users/admin/disable", "{}"), 403, "FORBIDDEN");
        assertProblem(admin.put("/api/v1/users/admin/role", role("AUDITOR", null)), 403, "FORBIDDEN");
        assertThat(userOf("admin").getString("role")).isEqualTo("CA_ADMIN");
    }

    @Test
    void browser_adminEditsProvinceAndUser_managerManagesKeyDevicesFromSubscriberList() {
        long agency = agency(sonLa, sonLaProvince, "Sở Tư pháp tỉnh Sơn La " + SEQ.incrementAndGet());
        String person = "Điêu Thị Mai " + SEQ.incrementAndGet();
        long subscriber = individual(sonLa, agency, person);
        String serial = "TK-UI-" + SEQ.incrementAndGet();

        signIn("admin", home.adminPassword());
        browser.submit(By.id("nav-provinces"));
        assertThat(browser.path()).isEqualTo("/ra/provinces.xhtml");
        assertThat(browser.driver().findElements(By.cssSelector("tr.province-row"))).hasSize(34);
        browser.submit(rowButton("tr.province-row", ".province-code", "91", ".province-edit"));
        assertThat(browser.await(By.id("editing-code")).getText()).isEqualTo("91");
        WebElement name = browser.await(By.id("edit:name"));
        name.clear();
        name.sendKeys("Tỉnh An Giang (sửa qua giao diện)");
        browser.screenshot("provinces-edit-vi");
        browser.submit(By.id("edit:save"));
        assertThat(browser.await(By.cssSelector(".ui-messages-info")).getText()).contains("Tỉnh An Giang (sửa qua giao diện)");
        assertThat(browser.driver().findElements(By.id("edit:name"))).isEmpty();
        assertThat(province("91").getString("name")).isEqualTo("Tỉnh An Giang (sửa qua giao diện)");

        String auditorName = "kiemtoan.ui" + SEQ.incrementAndGet();
        user(auditorName, "AUDITOR", null);
        browser.open("/ra/users.xhtml");
        assertThat(browser.await(By.cssSelector("tr.user-row")).isDisplayed()).isTrue();
        assertThat(rowButtons("admin", ".user-disable")).as("no disabling oneself").isEmpty();
        browser.submit(By.id(rowButtons(auditorName, ".user-disable").get(0).getAttribute("id")));
        assertThat(rowButtons(auditorName, ".user-enable")).hasSize(1);
        assertThat(userOf(auditorName).getBoolean("enabled")).isFalse();
        browser.submit(By.id(rowButtons(auditorName, ".user-edit").get(0).getAttribute("id")));
        assertThat(browser.await(By.id("editing-user")).getText()).isEqualTo(auditorName);
        browser.choose("edit:role", "CA_OPERATOR");
        browser.screenshot("users-edit-vi");
        browser.submit(By.id("edit:save-role"));
        assertThat(browser.await(By.cssSelector(".ui-messages-info")).getText()).contains(auditorName);
        assertThat(userOf(auditorName).getString("role")).isEqualTo("CA_OPERATOR");

        signIn(MANAGER, PASSWORD);
        browser.open("/ra/provinces.xhtml");
        browser.await(By.cssSelector("tr.province-row"));
        assertThat(browser.driver().findElements(By.cssSelector(".province-edit"))).as("managers only read").isEmpty();
        browser.open("/ra/subscribers/list.xhtml");
        browser.await(By.id("list:name")).sendKeys(person);
        browser.await(By.id("list:find")).click();
        browser.awaitCount(By.cssSelector("tr.subscriber-row"), 1);
        browser.submit(By.cssSelector("tr.subscriber-row a.key-devices-link"));
        assertThat(browser.path()).isEqualTo("/ra/subscribers/devices.xhtml");
        assertThat(browser.await(By.id("subscriber-name")).getText()).contains(person);
        browser.choose("register:kind", "USB_TOKEN");
        browser.await(By.id("register:serial")).sendKeys(serial.toLowerCase(Locale.ROOT));
        browser.submit(By.id("register:save"));
        assertThat(browser.await(By.cssSelector("tr.device-row .device-serial")).getText()).isEqualTo(serial);
        browser.screenshot("key-devices-vi");
        browser.submit(By.cssSelector("tr.device-row .device-return"));
        assertThat(browser.await(By.cssSelector("tr.stock-row .device-serial")).getText()).isEqualTo(serial);
        assertThat(browser.driver().findElements(By.cssSelector("tr.device-row .device-serial"))).isEmpty();
        browser.submit(By.cssSelector("tr.stock-row .device-hand-over"));
        assertThat(browser.await(By.cssSelector("tr.device-row .device-serial")).getText()).isEqualTo(serial);
        assertThat(list(sonLa.get(devicesOf(subscriber)))).extracting(d -> d.getString("serialNumber"))
                .containsExactly(serial);
        browser.submit(By.id("top:lang-en"));
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Key storage devices");
        browser.screenshot("key-devices-en");
        assertThat(browser.cspViolations()).isEmpty();

        signIn("admin", home.adminPassword());
        browser.open("/ra/audit.xhtml");
        browser.await(By.id("audit:action")).sendKeys("RA_KEY_DEVICE_HANDED_OVER");
        browser.await(By.id("audit:find")).click();
        browser.awaitTexts(By.cssSelector("tr.audit-row"), rows -> rows.stream().anyMatch(r -> r.contains(serial)));
    }

    /** Disabling a user, or moving them to another scope, ends their open RA web session at the next page. */
    @Test
    void browser_signedInUserDisabledOrMoved_nextPageAsksToSignInAgain() {
        String name = "quanly.phien" + SEQ.incrementAndGet();
        user(name, "SUBSCRIBER_MANAGER", sonLaProvince);
        String userPath = "/api/v1/users/" + name;

        signIn(name, PASSWORD);
        browser.open("/ra/requests/list.xhtml");
        assertThat(browser.path()).isEqualTo("/ra/requests/list.xhtml");
        ok(admin.post(userPath + "/disable", "{}"));
        browser.open("/ra/requests/list.xhtml");
        assertThat(browser.path()).as("disabled: the session ended").isEqualTo("/ra/login.xhtml");

        ok(admin.post(userPath + "/enable", "{}"));
        signIn(name, PASSWORD);
        browser.open("/ra/subscribers/list.xhtml");
        assertThat(browser.path()).isEqualTo("/ra/subscribers/list.xhtml");
        ok(admin.put(userPath + "/role", role("SUBSCRIBER_MANAGER", haNoiProvince)));
        browser.open("/ra/subscribers/list.xhtml");
        assertThat(browser.path()).as("moved to Hà Nội: the Sơn La session ended").isEqualTo("/ra/login.xhtml");
    }

    // ---- helpers

    private static By rowButton(String rowCss, String cellCss, String cellText, String buttonCss) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector(rowCss));
        for (WebElement row : rows) {
            if (row.findElement(By.cssSelector(cellCss)).getText().equals(cellText)) {
                return By.id(row.findElement(By.cssSelector(buttonCss)).getAttribute("id"));
            }
        }
        throw new AssertionError("no row with " + cellText + " among " + rows.size());
    }

    /** The buttons matching {@code buttonCss} in the users table's row of {@code username}. */
    private static List<WebElement> rowButtons(String username, String buttonCss) {
        for (WebElement row : browser.driver().findElements(By.cssSelector("tr.user-row"))) {
            if (row.findElement(By.cssSelector(".user-name")).getText().equals(username)) {
                return row.findElements(By.cssSelector(buttonCss));
            }
        }
        throw new AssertionError("no row of user " + username);
    }

    private static void signIn(String username, String password) {
        browser.forgetSession();
        browser.signIn(username, password);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !browser.path().endsWith("login.xhtml"));
    }

    private static JsonObject province(String code) {
        ApiResponse r = admin.get("/api/v1/provinces");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.jsonArray()).hasSize(34);
        return r.jsonArray().stream().map(JsonValue::asJsonObject).filter(o -> o.getString("code").equals(code))
                .findFirst().orElseThrow();
    }

    private static JsonObject userOf(String username) {
        ApiResponse r = admin.get("/api/v1/users");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.jsonArray().stream().map(JsonValue::asJsonObject).filter(o -> o.getString("username").equals(username))
                .findFirst().orElseThrow();
    }

    private static RaApi user(String username, String role, Long province) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", username).add("displayName", username)
                .add("role", role).add("password", PASSWORD);
        if (province != null) {
            b.add("scopeProvinceId", province);
        }
        created(admin.post("/api/v1/users", b.build().toString()));
        return RaApi.login(home, server, username, PASSWORD);
    }

    private static int login(String username, String password) {
        return adminCertificate.anonymousPost("/api/v1/auth/login", Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString()).status();
    }

    private static long agency(RaApi who, long province, String name) {
        return created(who.post("/api/v1/agencies", Json.createObjectBuilder().add("provinceId", province)
                .add("name", name).build().toString())).getJsonNumber("id").longValue();
    }

    private static long individual(RaApi who, long agency, String name) {
        return created(who.post("/api/v1/subscribers", Json.createObjectBuilder().add("agencyId", agency)
                .add("kind", "INDIVIDUAL").add("individual", Json.createObjectBuilder().add("fullName", name)
                        .add("dateOfBirth", "15/03/1985").add("idType", "CCCD")
                        .add("idNumber", String.format("014085%06d", SEQ.incrementAndGet()))
                        .add("idIssueDate", "10/08/2021").add("idIssuePlace", "Cục Cảnh sát QLHC về TTXH")
                        .add("email", "canbo@sonla.gov.vn").add("mobile", "0912345678").add("position", "Chuyên viên"))
                .build().toString())).getJsonNumber("id").longValue();
    }

    private static String devicesOf(long subscriber) {
        return "/api/v1/subscribers/" + subscriber + "/key-devices";
    }

    private static String handover(long device) {
        return "/api/v1/key-devices/" + device + "/handover";
    }

    private static String device(String kind, String serial) {
        return Json.createObjectBuilder().add("kind", kind).add("serialNumber", serial).build().toString();
    }

    private static String subscriber(long id) {
        return Json.createObjectBuilder().add("subscriberId", id).build().toString();
    }

    private static String provinceEdit(String name, String kind, Boolean active) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", name).add("kind", kind);
        if (active != null) {
            b.add("active", active);
        }
        return b.build().toString();
    }

    private static String role(String role, Long province) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("role", role);
        if (province != null) {
            b.add("scopeProvinceId", province);
        }
        return b.build().toString();
    }

    private static String password(String password) {
        return Json.createObjectBuilder().add("password", password).build().toString();
    }

    private static List<JsonObject> list(ApiResponse r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject created(ApiResponse r) {
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }

    private static JsonObject ok(ApiResponse r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json();
    }
}
