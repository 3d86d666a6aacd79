package vn.govca.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.govca.dist.it.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.dist.it.ApiResponse;
import vn.govca.dist.it.GovCaClient;
import vn.govca.dist.it.OpenSslCsr;
import vn.govca.dist.it.RaApi;
import vn.govca.dist.testkit.DatabaseSettings;
import vn.govca.dist.testkit.ServerLogOnFailure;
import vn.govca.dist.testkit.TestHome;
import vn.govca.dist.testkit.WildFlyServer;

/**
 * The registration authority through its REST API on a real server (issue 4): provincial subscriber
 * managers file requests for their own province's agencies and subscribers, CA operators approve,
 * approvals execute through the CA (issue, revoke), and the service layer refuses everything
 * outside a role or a scope — every role × action, cross-province attempts by id, approving one's
 * own request, approving twice, four-eyes revocation of organization certificates.
 *
 * <p>One WildFly boot (H2, demo hierarchy) for the class. Tests are independent of each other and
 * of order: each creates the agencies, subscribers and requests it checks.
 */
class RaWorkflowIT {

    private static final String PASSWORD = "mật-khẩu-rất-dài-2026";
    private static final AtomicInteger SEQ = new AtomicInteger(100);

    @TempDir
    static Path temp;

    static TestHome home;
    static WildFlyServer server;
    static GovCaClient admin;
    static RaApi operator1;
    static RaApi operator2;
    static RaApi auditor;
    static RaApi sonLa;
    static RaApi haNoi;
    static RaApi ministry;
    static RaApi unassigned;
    static long sonLaProvince;
    static long haNoiProvince;

    @org.junit.jupiter.api.extension.RegisterExtension
    final ServerLogOnFailure serverLog = new ServerLogOnFailure(() -> server);

    @BeforeAll
    static void start() {
        home = TestHome.create(temp.resolve("var"));
        server = WildFlyServer.builder(home.dir()).name("ra-h2").database(DatabaseSettings.h2InHome()).start();
        admin = GovCaClient.of(home, server);
        sonLaProvince = provinceId("14");
        haNoiProvince = provinceId("01");
        long ministryRoot = created(admin.adminPost("/api/v1/agencies", json("name", "Bộ Tài chính"))).getJsonNumber("id")
                .longValue();
        operator1 = user("vanhanh1", "CA_OPERATOR", null, null);
        operator2 = user("vanhanh2", "CA_OPERATOR", null, null);
        auditor = user("kiemtoan", "AUDITOR", null, null);
        sonLa = user("quanly.sonla", "SUBSCRIBER_MANAGER", sonLaProvince, null);
        haNoi = user("quanly.hanoi", "SUBSCRIBER_MANAGER", haNoiProvince, null);
        ministry = user("quanly.btc", "SUBSCRIBER_MANAGER", null, ministryRoot);
        unassigned = user("quanly.moi", "SUBSCRIBER_MANAGER", null, null);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void newIssuance_managerFilesOperatorApproves_certificateCarriesRaNames() throws Exception {
        long agency = agency(sonLa, sonLaProvince, "Sở Tài chính tỉnh Sơn La");
        long subscriber = individual(sonLa, agency, "Lò Văn Nguyên");
        JsonObject filed = created(sonLa.post("/api/v1/requests", issuance(subscriber, "personal", true)));
        assertThat(filed.getString("state")).isEqualTo("SUBMITTED");
        assertThat(filed.getString("dueOn")).isNotBlank();
        long id = filed.getJsonNumber("id").longValue();

        JsonObject done = ok(operator1.post("/api/v1/requests/" + id + "/approve", json("comment", "hồ sơ hợp lệ")));
        assertThat(done.getString("state")).isEqualTo("COMPLETED");
        assertThat(done.getJsonArray("history")).hasSize(4);

        ApiResponse pem = sonLa.get("/api/v1/requests/" + id + "/certificate");
        assertThat(pem.status()).as("%s", pem).isEqualTo(200);
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.body()));
        String subject = cert.getSubjectX500Principal().getName();
        assertThat(subject).contains("CN=Lò Văn Nguyên").contains("Sơn La").contains("Sở Tài chính tỉnh Sơn La");
        assertThat(cert.getSubjectX500Principal().toString()).contains("CCCD:");
        assertThat(ok(auditor.get("/api/v1/requests/" + id)).getString("state")).isEqualTo("COMPLETED");
    }

    @Test
    void serverKeyGeneration_approved_pkcs12TakenOnceWithChosenPassword() throws Exception {
        long agency = agency(sonLa, sonLaProvince, "Văn phòng UBND tỉnh Sơn La");
        long subscriber = individual(sonLa, agency, "Tòng Thị Phóng");
        long id = created(sonLa.post("/api/v1/requests", Json.createObjectBuilder().add("type", "NEW_ISSUANCE")
                .add("subscriberId", subscriber).add("profile", "personal").add("serverKeyGeneration", true)
                .add("submit", true).build().toString())).getJsonNumber("id").longValue();
        assertThat(ok(operator1.post("/api/v1/requests/" + id + "/approve", "{}")).getString("state"))
                .isEqualTo("COMPLETED");

        assertStatus(haNoi.post("/api/v1/requests/" + id + "/key-package", json("password", "mat-khau-2026-dai")), 404);
        assertStatus(sonLa.post("/api/v1/requests/" + id + "/key-package", json("password", "ngan")), 422);
        String password = "mat-khau-2026-dai";
        ApiResponse p12 = sonLa.post("/api/v1/requests/" + id + "/key-package", json("password", password));
        assertThat(p12.status()).as("%s", p12).isEqualTo(200);
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        ks.load(new ByteArrayInputStream(p12.body()), password.toCharArray());
        java.security.cert.Certificate[] chain = ks.getCertificateChain(ks.aliases().nextElement());
        assertThat(chain).hasSizeGreaterThanOrEqualTo(3);
        assertThat(((X509Certificate) chain[0]).getSubjectX500Principal().getName()).contains("Tòng Thị Phóng");
        assertStatus(sonLa.post("/api/v1/requests/" + id + "/key-package", json("password", password)), 409);
    }

    @Test
    void renewalAndChangeOfInformation_newCertificates_oldOneSupersededOnChange() {
        long agency = agency(sonLa, sonLaProvince, "Sở Giáo dục và Đào tạo tỉnh Sơn La");
        long subscriber = individual(sonLa, agency, "Vì Văn Sơn");
        long first = completedIssuance(subscriber);

        ApiResponse tooLong = sonLa.post("/api/v1/requests", Json.createObjectBuilder().add("type", "RENEWAL")
                .add("subscriberId", subscriber).add("targetCertificateId", first).add("profile", "personal")
                .add("validityDays", 1500).add("csr", csr()).build().toString());
        assertStatus(tooLong, 422);
        long renewal = created(sonLa.post("/api/v1/requests", Json.createObjectBuilder().add("type", "RENEWAL")
                .add("subscriberId", subscriber).add("targetCertificateId", first).add("profile", "personal")
                .add("csr", csr()).add("submit", true).build().toString())).getJsonNumber("id").longValue();
        JsonObject renewed = ok(operator1.post("/api/v1/requests/" + renewal + "/approve", "{}"));
        assertThat(renewed.getString("state")).isEqualTo("COMPLETED");
        long second = renewed.getJsonNumber("issuedCertificateId").longValue();
        assertThat(second).isNotEqualTo(first);

        long change = created(sonLa.post("/api/v1/requests", Json.createObjectBuilder()
                .add("type", "CHANGE_OF_INFORMATION").add("subscriberId", subscriber).add("targetCertificateId", second)
                .add("profile", "personal").add("csr", csr()).add("submit", true).build().toString()))
                .getJsonNumber("id").longValue();
        assertThat(ok(operator2.post("/api/v1/requests/" + change + "/approve", "{}")).getString("state"))
                .isEqualTo("COMPLETED");
        // the old certificate is revoked as superseded: a revocation request for it is now refused by the CA
        long revokeOld = created(sonLa.post("/api/v1/requests", Json.createObjectBuilder().add("type", "REVOCATION")
                .add("subscriberId", subscriber).add("targetCertificateId", second).add("reason", "KEY_EXPOSED")
                .add("submit", true).build().toString())).getJsonNumber("id").longValue();
        ApiResponse stillRevocable = operator1.post("/api/v1/requests/" + revokeOld + "/approve", "{}");
        // keyCompromise may replace superseded (RFC 5280 reason change) — anything but "still active"
        assertThat(stillRevocable.status()).as("%s", stillRevocable).isIn(200, 409);
        // a certificate of another subscriber is not a valid target
        long other = individual(sonLa, agency, "Lò Thị Xuân");
        assertStatus(sonLa.post("/api/v1/requests", Json.createObjectBuilder().add("type", "REVOCATION")
                .add("subscriberId", other).add("targetCertificateId", first).add("reason", "JOB_CHANGE")
                .build().toString()), 422);
    }

    @Test
    void approve_twiceOrOwnRequestOrByManager_refusedAndNothingChanges() {
        long agency = agency(sonLa, sonLaProvince, "UBND xã Chiềng Sinh");
        long subscriber = individual(sonLa, agency, "Cầm Thị Hoa");
        long id = created(sonLa.post("/api/v1/requests", issuance(subscriber, "personal", true))).getJsonNumber("id")
                .longValue();
        assertStatus(sonLa.post("/api/v1/requests/" + id + "/approve", "{}"), 403);
        assertThat(ok(sonLa.get("/api/v1/requests/" + id)).getString("state")).isEqualTo("SUBMITTED");

        // the operator files a request and may not approve it
        long own = created(operator1.post("/api/v1/requests", issuance(subscriber, "personal", true)))
                .getJsonNumber("id").longValue();
        assertStatus(operator1.post("/api/v1/requests/" + own + "/approve", "{}"), 403);
        assertThat(ok(operator1.get("/api/v1/requests/" + own)).getInt("approvals")).isZero();

        ok(operator2.post("/api/v1/requests/" + id + "/approve", "{}"));
        assertStatus(operator2.post("/api/v1/requests/" + id + "/approve", "{}"), 409);
        assertStatus(operator1.post("/api/v1/requests/" + id + "/reject", json("comment", "muộn")), 409);
    }

    @Test
    void otherProvince_everyActionByIdIsNotFoundOrForbidden() {
        long agency = agency(sonLa, sonLaProvince, "Sở Y tế tỉnh Sơn La");
        long subscriber = individual(sonLa, agency, "Quàng Văn Bình");
        long request = created(sonLa.post("/api/v1/requests", issuance(subscriber, "personal", false)))
                .getJsonNumber("id").longValue();

        assertStatus(haNoi.get("/api/v1/agencies/" + agency), 404);
        assertStatus(haNoi.get("/api/v1/subscribers/" + subscriber), 404);
        assertStatus(haNoi.get("/api/v1/requests/" + request), 404);
        assertStatus(haNoi.post("/api/v1/requests/" + request + "/submit", "{}"), 404);
        assertStatus(haNoi.post("/api/v1/requests/" + request + "/cancel", "{}"), 404);
        assertStatus(haNoi.put("/api/v1/agencies/" + agency, json("name", "Đổi tên")), 404);
        assertStatus(haNoi.post("/api/v1/subscribers", subscriberBody(agency, "Người Lạ", nextCccd())), 404);
        assertStatus(haNoi.post("/api/v1/requests", issuance(subscriber, "personal", true)), 404);
        assertStatus(haNoi.post("/api/v1/agencies", Json.createObjectBuilder().add("provinceId", sonLaProvince)
                .add("name", "Cơ quan lạ").build().toString()), 403);
        assertStatus(ministry.get("/api/v1/subscribers/" + subscriber), 404);
        assertStatus(unassigned.get("/api/v1/requests"), 403);

        JsonObject list = ok(haNoi.get("/api/v1/subscribers?limit=500"));
        assertThat(list.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("provinceId").longValue()))
                .allMatch(p -> p == haNoiProvince);
        assertThat(ok(sonLa.get("/api/v1/requests/" + request)).getString("state")).isEqualTo("DRAFT");
    }

    @Test
    void roles_everyRoleAndAction_allowedOnlyWhatTheRolePermits() {
        long agency = agency(sonLa, sonLaProvince, "Ban Quản lý dự án " + SEQ.incrementAndGet());
        long subscriber = individual(sonLa, agency, "Hà Văn Cường");
        long request = created(sonLa.post("/api/v1/requests", issuance(subscriber, "personal", true)))
                .getJsonNumber("id").longValue();
        // auditor: reads everything, changes nothing
        ok(auditor.get("/api/v1/requests/" + request));
        ok(auditor.get("/api/v1/subscribers/" + subscriber));
        ok(auditor.get("/api/v1/dashboard"));
        assertStatus(auditor.post("/api/v1/requests", issuance(subscriber, "personal", true)), 403);
        assertStatus(auditor.post("/api/v1/requests/" + request + "/approve", "{}"), 403);
        assertStatus(auditor.post("/api/v1/subscribers", subscriberBody(agency, "Người Mới", nextCccd())), 403);
        assertStatus(auditor.post("/api/v1/agencies", json("name", "X")), 403);
        assertStatus(auditor.get("/api/v1/users"), 403);
        // operator: reviews and files, manages neither subscribers, agencies nor users
        assertStatus(operator1.post("/api/v1/subscribers", subscriberBody(agency, "Người Mới", nextCccd())), 403);
        assertStatus(operator1.post("/api/v1/agencies", json("name", "X")), 403);
        assertStatus(operator1.get("/api/v1/users"), 403);
        assertStatus(operator1.post("/api/v1/users", userBody("x.y", "AUDITOR", null, null)), 403);
        // manager: no users, no reviews, no central bodies
        assertStatus(sonLa.get("/api/v1/users"), 403);
        assertStatus(sonLa.post("/api/v1/requests/" + request + "/reject", json("comment", "không")), 403);
        assertStatus(sonLa.post("/api/v1/requests/" + request + "/request-information", json("comment", "thiếu")), 403);
        assertStatus(sonLa.post("/api/v1/agencies", json("name", "Bộ mới")), 403);
        // unauthenticated
        assertStatus(admin.anonymousGet("/api/v1/requests", null), 401);
        assertThat(ok(sonLa.get("/api/v1/requests/" + request)).getString("state")).isEqualTo("SUBMITTED");
    }

    @Test
    void revocation_organizationCertificate_needsTwoDistinctApprovals_thenRevoked() {
        long agency = agency(sonLa, sonLaProvince, "Sở Xây dựng tỉnh Sơn La");
        long org = created(sonLa.post("/api/v1/subscribers", Json.createObjectBuilder().add("agencyId", agency)
                .add("kind", "ORGANIZATION").add("organization", Json.createObjectBuilder()
                        .add("name", "SỞ XÂY DỰNG").add("address", "Tổ 2, phường Chiềng Lề, Sơn La")
                        .add("taxCode", "0100109106").add("budgetCode", "1012345").add("email", "sxd@sonla.gov.vn"))
                .build().toString())).getJsonNumber("id").longValue();
        long issue = created(sonLa.post("/api/v1/requests", issuance(org, "organization", true))).getJsonNumber("id")
                .longValue();
        long certId = ok(operator1.post("/api/v1/requests/" + issue + "/approve", "{}"))
                .getJsonNumber("issuedCertificateId").longValue();

        long revoke = created(sonLa.post("/api/v1/requests", Json.createObjectBuilder().add("type", "REVOCATION")
                .add("subscriberId", org).add("targetCertificateId", certId).add("reason", "ORGANIZATION_MERGED")
                .add("submit", true).build().toString())).getJsonNumber("id").longValue();
        JsonObject first = ok(operator1.post("/api/v1/requests/" + revoke + "/approve", "{}"));
        assertThat(first.getString("state")).isEqualTo("SUBMITTED");
        assertThat(first.getInt("requiredApprovals")).isEqualTo(2);
        assertStatus(operator1.post("/api/v1/requests/" + revoke + "/approve", "{}"), 409);
        JsonObject second = ok(operator2.post("/api/v1/requests/" + revoke + "/approve", "{}"));
        assertThat(second.getString("state")).isEqualTo("COMPLETED");
        assertThat(second.getString("revocationReason")).isEqualTo("cessationOfOperation");
        assertStatus(sonLa.post("/api/v1/requests", Json.createObjectBuilder().add("type", "REVOCATION")
                .add("subscriberId", org).add("targetCertificateId", certId).add("reason", "NO_SUCH_REASON")
                .build().toString()), 400);
    }

    /** Issue 4, key device history: register, hand over and return each write an event; scoped like the device. */
    @Test
    void keyDeviceHistory_registerHandOverReturn_eventsOldestFirst_otherProvinceNotFound() {
        long agency = agency(sonLa, sonLaProvince, "Sở Công Thương tỉnh Sơn La " + SEQ.incrementAndGet());
        long first = individual(sonLa, agency, "Lò Văn Thắng");
        long second = individual(sonLa, agency, "Cầm Thị Hương");
        long device = registerDevice(first, "TK-HIS-" + SEQ.incrementAndGet());
        ok(sonLa.post("/api/v1/key-devices/" + device + "/handover", Json.createObjectBuilder()
                .add("subscriberId", second).build().toString()));
        ok(sonLa.post("/api/v1/key-devices/" + device + "/return", "{}"));

        JsonArray history = okArray(auditor.get(historyOf(device)));
        assertThat(history.stream().map(v -> v.asJsonObject().getString("kind")))
                .containsExactly("REGISTERED", "HANDED_OVER", "RETURNED");
        assertThat(history.stream().map(v -> v.asJsonObject().getJsonNumber("subscriberId").longValue()))
                .as("holder after registering and handing over; who gave it back").containsExactly(first, second, second);
        assertThat(history.stream().map(JsonValue::asJsonObject)).allSatisfy(e -> {
            assertThat(e.getString("actor")).startsWith("quanly.sonla");
            assertThat(e.getJsonNumber("keyDeviceId").longValue()).isEqualTo(device);
            assertThat(e.containsKey("requestId")).as("%s", e).isFalse();
        });
        assertThat(okArray(sonLa.get(historyOf(device)))).hasSize(3);

        assertProblem(haNoi.get(historyOf(device)), 404, "NOT_FOUND");
        assertProblem(ministry.get(historyOf(device)), 404, "NOT_FOUND");
        assertProblem(sonLa.get(historyOf(999_999_999L)), 404, "NOT_FOUND");
        assertProblem(unassigned.get(historyOf(device)), 403, "FORBIDDEN");
    }

    /**
     * Form 06: a token restore names a device the subscriber holds (refused otherwise, nothing filed);
     * the approval records the restore on the device and completes the request; a device handed over
     * before the execution makes it fail with CONFLICT and the request stays APPROVED.
     */
    @Test
    void tokenRestore_heldDeviceRequired_approvalRecordsRestore_movedDeviceConflictsAndStaysApproved() {
        long agency = agency(sonLa, sonLaProvince, "Sở Tài nguyên và Môi trường tỉnh Sơn La " + SEQ.incrementAndGet());
        long holder = individual(sonLa, agency, "Quàng Văn Dũng");
        long peer = individual(sonLa, agency, "Tòng Thị Mai");
        long device = registerDevice(holder, "TK-KP-" + SEQ.incrementAndGet());
        long peerDevice = registerDevice(peer, "TK-KP-" + SEQ.incrementAndGet());
        long haNoiAgency = agency(haNoi, haNoiProvince, "Sở Tài chính Hà Nội " + SEQ.incrementAndGet());
        long haNoiDevice = created(haNoi.post("/api/v1/subscribers/" + individual(haNoi, haNoiAgency, "Nguyễn Văn Tú")
                + "/key-devices", Json.createObjectBuilder().add("kind", "USB_TOKEN")
                .add("serialNumber", "TK-HN-" + SEQ.incrementAndGet()).build().toString())).getJsonNumber("id").longValue();

        assertProblem(sonLa.post("/api/v1/requests", tokenRestore(holder, null, false)), 400, "MALFORMED");
        JsonObject notHeld = assertProblem(sonLa.post("/api/v1/requests", tokenRestore(holder, peerDevice, false)), 409,
                "CONFLICT");
        assertThat(notHeld.getString("detail")).contains("#" + peerDevice).contains("#" + holder);
        assertProblem(sonLa.post("/api/v1/requests", tokenRestore(holder, haNoiDevice, false)), 404, "NOT_FOUND");
        assertProblem(sonLa.post("/api/v1/requests", tokenRestore(holder, 999_999_999L, false)), 404, "NOT_FOUND");
        assertProblem(sonLa.post("/api/v1/requests", Json.createObjectBuilder().add("type", "NEW_ISSUANCE")
                .add("subscriberId", holder).add("profile", "personal").add("keyDeviceId", device).build().toString()),
                400, "MALFORMED");
        assertThat(requestsOf(holder)).as("nothing filed by the refusals").isEmpty();

        // filed as a draft, submitted, approved: the restore is on the device and the request completed
        JsonObject filed = created(sonLa.post("/api/v1/requests", tokenRestore(holder, device, false)));
        assertThat(filed.getJsonNumber("keyDeviceId").longValue()).isEqualTo(device);
        long id = filed.getJsonNumber("id").longValue();
        ok(sonLa.post("/api/v1/requests/" + id + "/submit", "{}"));
        JsonObject done = ok(operator1.post("/api/v1/requests/" + id + "/approve", json("comment", "đã mở khóa")));
        assertThat(done.getString("state")).isEqualTo("COMPLETED");
        assertThat(done.getJsonNumber("keyDeviceId").longValue()).isEqualTo(device);
        JsonObject restored = okArray(sonLa.get(historyOf(device))).getJsonObject(1);
        assertThat(restored.getString("kind")).isEqualTo("RESTORED");
        assertThat(restored.getJsonNumber("requestId").longValue()).isEqualTo(id);
        assertThat(restored.getJsonNumber("subscriberId").longValue()).isEqualTo(holder);
        assertThat(restored.getString("actor")).startsWith("vanhanh1");
        assertThat(restored.getString("note")).isEqualTo("Nhập sai PIN quá 10 lần, thiết bị bị khóa");

        // submitted, then the device goes to the peer before the approval: execution refused, request stays APPROVED
        long late = created(sonLa.post("/api/v1/requests", tokenRestore(holder, device, true))).getJsonNumber("id")
                .longValue();
        ok(sonLa.post("/api/v1/key-devices/" + device + "/handover", Json.createObjectBuilder()
                .add("subscriberId", peer).build().toString()));
        assertProblem(operator1.post("/api/v1/requests/" + late + "/approve", "{}"), 409, "CONFLICT");
        assertThat(ok(sonLa.get("/api/v1/requests/" + late)).getString("state")).isEqualTo("APPROVED");
        assertProblem(operator2.post("/api/v1/requests/" + late + "/execute", "{}"), 409, "CONFLICT");
        assertThat(ok(sonLa.get("/api/v1/requests/" + late)).getString("state")).isEqualTo("APPROVED");
        assertThat(okArray(sonLa.get(historyOf(device))).stream().map(v -> v.asJsonObject().getString("kind")))
                .containsExactly("REGISTERED", "RESTORED", "HANDED_OVER");
        // a draft whose device moved is not submitted either
        long draft = created(sonLa.post("/api/v1/requests", tokenRestore(peer, device, false))).getJsonNumber("id")
                .longValue();
        ok(sonLa.post("/api/v1/key-devices/" + device + "/return", "{}"));
        assertProblem(sonLa.post("/api/v1/requests/" + draft + "/submit", "{}"), 409, "CONFLICT");
        assertThat(ok(sonLa.get("/api/v1/requests/" + draft)).getString("state")).isEqualTo("DRAFT");
    }

    @Test
    void subscribers_duplicateCitizenIdOrBadFields_refusedWithClearProblem() {
        long agency = agency(sonLa, sonLaProvince, "Sở Nội vụ tỉnh Sơn La");
        String cccd = nextCccd();
        created(sonLa.post("/api/v1/subscribers", subscriberBody(agency, "Điêu Chính Tới", cccd)));
        assertStatus(sonLa.post("/api/v1/subscribers", subscriberBody(agency, "Điêu Chính Tới", cccd)), 409);
        ApiResponse bad = sonLa.post("/api/v1/subscribers", Json.createObjectBuilder().add("agencyId", agency)
                .add("kind", "INDIVIDUAL").add("individual", Json.createObjectBuilder().add("fullName", "A")
                        .add("dateOfBirth", "31/02/1990").add("idType", "CCCD").add("idNumber", "123")
                        .add("idIssueDate", "01/01/2020").add("idIssuePlace", "Cục CSQLHC").add("email", "khong-hop-le")
                        .add("mobile", "0123")).build().toString());
        assertThat(bad.status()).as("%s", bad).isBetween(400, 422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.text()).contains("mobile").contains("email").doesNotContain("Exception");
    }

    @Test
    void dashboard_manager_countsOnlyOwnProvince() {
        long agency = agency(haNoi, haNoiProvince, "Sở Tư pháp Hà Nội");
        long subscriber = individual(haNoi, agency, "Nguyễn Thị Lan");
        created(haNoi.post("/api/v1/requests", issuance(subscriber, "personal", true)));
        JsonObject mine = ok(haNoi.get("/api/v1/dashboard"));
        long total = mine.getJsonObject("requestsByState").values().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
        JsonObject list = ok(haNoi.get("/api/v1/requests?limit=500"));
        assertThat(total).isEqualTo(list.getJsonArray("items").size());
        assertThat(list.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("provinceId").longValue())).allMatch(p -> p == haNoiProvince);
        assertThat(mine.containsKey("topAgencies")).isTrue();
        mine.getJsonArray("topAgencies").forEach(a -> ok(haNoi.get("/api/v1/agencies/"
                + a.asJsonObject().getJsonNumber("agencyId").longValue())));
    }

    @Test
    void csvImport_oneBadRow_nothingImported_thenFixedFileImportsAll() {
        long agency = agency(sonLa, sonLaProvince, "UBND phường Tô Hiệu");
        String header = "loai_thue_bao,ma_co_quan,mau_chung_thu,nguoi_nhan,email,ho_ten,ngay_sinh,loai_giay_to,"
                + "so_giay_to,ngay_cap,noi_cap,dien_thoai,chuc_vu\r\n";
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            rows.append("cá nhân,").append(agency).append(",personal,Văn thư,canbo").append(i)
                    .append("@sonla.gov.vn,Lường Văn Thắng ").append(i).append(",01/02/1980,CCCD,").append(nextCccd())
                    .append(",10/08/2021,Cục Cảnh sát QLHC,0912345678,Chuyên viên\r\n");
        }
        String bad = "cá nhân," + agency + ",personal,Văn thư,khong-phai-email,Lò Thị Mai,01/02/1980,CCCD,"
                + nextCccd() + ",10/08/2021,Cục Cảnh sát QLHC,0123,Chuyên viên\r\n";
        long before = ok(sonLa.get("/api/v1/subscribers?agencyId=" + agency)).getJsonArray("items").size();

        ApiResponse refused = sonLa.post("/api/v1/imports", "text/csv",
                (header + rows + bad).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors")).isNotEmpty().allMatch(e -> e.asJsonObject().getInt("lineNumber") == 5);
        assertThat(ok(sonLa.get("/api/v1/subscribers?agencyId=" + agency)).getJsonArray("items")).hasSize((int) before);

        ApiResponse notUtf8 = sonLa.post("/api/v1/imports", "text/csv",
                (header + rows).getBytes(java.nio.charset.Charset.forName("windows-1258")));
        assertThat(notUtf8.status()).as("%s", notUtf8).isEqualTo(400);
        assertStatus(haNoi.post("/api/v1/imports", "text/csv",
                (header + rows).getBytes(java.nio.charset.StandardCharsets.UTF_8)), 422);

        JsonObject imported = ok(sonLa.post("/api/v1/imports", "text/csv",
                (header + rows).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(imported.getInt("subscribers")).isEqualTo(3);
        assertThat(ok(sonLa.get("/api/v1/subscribers?agencyId=" + agency)).getJsonArray("items")).hasSize(3);
        assertThat(ok(sonLa.get("/api/v1/requests?state=DRAFT&mine=true&limit=500")).getJsonArray("items"))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    // ---- helpers

    private static long provinceId(String code) {
        ApiResponse r = admin.adminGet("/api/v1/provinces");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.jsonArray()).hasSize(34);
        return r.jsonArray().stream().map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals(code))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static RaApi user(String username, String role, Long province, Long agency) {
        created(admin.adminPost("/api/v1/users", userBody(username, role, province, agency)));
        return RaApi.login(home, server, username, PASSWORD);
    }

    private static String userBody(String username, String role, Long province, Long agency) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", username).add("displayName", username)
                .add("role", role).add("password", PASSWORD);
        if (province != null) {
            b.add("scopeProvinceId", province);
        }
        if (agency != null) {
            b.add("scopeAgencyId", agency);
        }
        return b.build().toString();
    }

    private static long agency(RaApi who, long province, String name) {
        return created(who.post("/api/v1/agencies", Json.createObjectBuilder().add("provinceId", province)
                .add("name", name).build().toString())).getJsonNumber("id").longValue();
    }

    private static long individual(RaApi who, long agency, String name) {
        return created(who.post("/api/v1/subscribers", subscriberBody(agency, name, nextCccd()))).getJsonNumber("id")
                .longValue();
    }

    private static String subscriberBody(long agency, String name, String cccd) {
        return Json.createObjectBuilder().add("agencyId", agency).add("kind", "INDIVIDUAL")
                .add("individual", Json.createObjectBuilder().add("fullName", name).add("dateOfBirth", "15/03/1985")
                        .add("idType", "CCCD").add("idNumber", cccd).add("idIssueDate", "10/08/2021")
                        .add("idIssuePlace", "Cục Cảnh sát QLHC về TTXH").add("email", "canbo@sonla.gov.vn")
                        .add("mobile", "0912345678").add("position", "Chuyên viên"))
                .build().toString();
    }

    private static String nextCccd() {
        return String.format("014085%06d", SEQ.incrementAndGet());
    }

    private static String issuance(long subscriber, String profile, boolean submit) {
        return Json.createObjectBuilder().add("type", "NEW_ISSUANCE").add("subscriberId", subscriber)
                .add("profile", profile).add("csr", csr()).add("recipient", "Văn thư")
                .add("submit", submit).build().toString();
    }

    private static String csr() {
        return OpenSslCsr.generate(temp.resolve("csr"), "ec:P-256", "CN=ignored by the RA").pem();
    }

    /** Files and approves a new issuance; returns the issued certificate's id. */
    private static long completedIssuance(long subscriber) {
        long id = created(sonLa.post("/api/v1/requests", issuance(subscriber, "personal", true))).getJsonNumber("id")
                .longValue();
        return ok(operator1.post("/api/v1/requests/" + id + "/approve", "{}")).getJsonNumber("issuedCertificateId")
                .longValue();
    }

    private static long registerDevice(long subscriber, String serial) {
        return created(sonLa.post("/api/v1/subscribers/" + subscriber + "/key-devices", Json.createObjectBuilder()
                .add("kind", "USB_TOKEN").add("serialNumber", serial).build().toString())).getJsonNumber("id").longValue();
    }

    private static String historyOf(long device) {
        return "/api/v1/key-devices/" + device + "/history";
    }

    private static String tokenRestore(long subscriber, Long device, boolean submit) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", "TOKEN_RESTORE").add("subscriberId", subscriber)
                .add("recipient", "Văn thư").add("note", "Nhập sai PIN quá 10 lần, thiết bị bị khóa").add("submit", submit);
        if (device != null) {
            b.add("keyDeviceId", device);
        }
        return b.build().toString();
    }

    /** The requests the Sơn La manager filed for {@code subscriber}. */
    private static List<JsonObject> requestsOf(long subscriber) {
        return ok(sonLa.get("/api/v1/requests?mine=true&limit=500")).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("subscriberId").longValue() == subscriber).toList();
    }

    private static JsonArray okArray(ApiResponse r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.jsonArray();
    }

    private static String json(String key, String value) {
        return Json.createObjectBuilder().add(key, value).build().toString();
    }

    private static JsonObject created(ApiResponse r) {
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }

    private static JsonObject ok(ApiResponse r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json();
    }

    private static void assertStatus(ApiResponse r, int status) {
        assertThat(r.status()).as("%s", r).isEqualTo(status);
        if (status >= 400) {
            assertThat(r.contentType()).as("%s", r).startsWith("application/problem+json");
        }
    }

}
