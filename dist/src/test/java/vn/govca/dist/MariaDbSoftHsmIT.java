package vn.govca.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.PublicKey;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.ca.domain.auth.PasswordHash;
import vn.govca.cli.Main;
import vn.govca.db.audit.AuditProblem;
import vn.govca.db.audit.AuditVerification;
import vn.govca.db.audit.AuditVerifier;
import vn.govca.db.testkit.MariaDbServer;
import vn.govca.dist.hsm.ChainChecks;
import vn.govca.dist.it.CrlChecks;
import vn.govca.dist.it.FetchedCrl;
import vn.govca.dist.hsm.ExternalTools;
import vn.govca.dist.hsm.GovCaApi;
import vn.govca.dist.hsm.GovCaApi.Answer;
import vn.govca.dist.hsm.HsmHome;
import vn.govca.dist.hsm.Sql;
import vn.govca.dist.hsm.TokenObjects;
import vn.govca.dist.testkit.DatabaseSettings;
import vn.govca.dist.testkit.ServerLogOnFailure;
import vn.govca.dist.testkit.WildFlyServer;
import vn.govca.pki.domain.cert.Pem;
import vn.govca.pki.testkit.SoftHsmToken;

/**
 * The production shape, end to end over the REST API with one WildFly boot: the database is a
 * MariaDB the test starts (selected by environment only), the CA keys live in a PKCS#11 token
 * (a private SoftHSM2 token) and the data directory comes from the real bootstrap. It guards
 * DESIGN invariants 1 (store before sign: serials unique under concurrency, a signing failure
 * after the reservation leaves a FAILED record and no certificate), 2, 3 (CA keys generated in
 * the token as sensitive, non-extractable objects; CRLs signed there too), 4 (CRL numbers), 6
 * (audit chain on MariaDB, tampering found) and 8 (roles checked by the services). Each output is re-checked by OpenSSL, GnuTLS and the
 * JDK's PKIX validator. Tests share the CAs made in {@link #start()} and do not depend on each
 * other's order: the fault-injection test breaks a CA of its own, the tamper test restores the row.
 */
class MariaDbSoftHsmIT {

    private static final String ROOT = "HSM-Root";
    private static final String ISSUING = "HSM-Issuing";
    private static final String CAS = "/api/v1/cas";
    private static final String CERTIFICATES = "/api/v1/certificates";
    private static final String ORGANIZATION = "/C=VN/L=Hà Nội/O=BỘ TÀI CHÍNH/CN=CỤC THUẾ/UID=MST:0100231226";

    @TempDir
    static Path temp;

    static MariaDbServer mariaDb;
    static SoftHsmToken hsm;
    static HsmHome home;
    static WildFlyServer server;
    static Connection db;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static GovCaApi admin;
    static Path work;
    static X509Certificate rootCert;
    static X509Certificate issuingCert;
    static String organizationCsr;

    @RegisterExtension
    final ServerLogOnFailure serverLog = new ServerLogOnFailure(() -> server);

    @BeforeAll
    static void start() throws Exception {
        mariaDb = MariaDbServer.start();
        hsm = SoftHsmToken.create("govca"); // before the server: SoftHSM2 reads its token list at library init
        home = HsmHome.bootstrap(temp.resolve("var"), hsm, mariaDb);
        server = WildFlyServer.builder(home.dir()).name("mariadb-softhsm")
                .database(DatabaseSettings.mariaDb(mariaDb.jdbcUrl(), mariaDb.user(), mariaDb.password()))
                .env("SOFTHSM2_CONF", System.getenv("SOFTHSM2_CONF"))
                .start();
        db = DriverManager.getConnection(mariaDb.jdbcUrl(), mariaDb.user(), mariaDb.password());
        admin = GovCaApi.of(server.httpsBase(), home.tls(true));
        work = Files.createDirectories(temp.resolve("work"));
        rootCert = createCa(ROOT, "ROOT", "EC-P384", "C=VN, O=Ban Cơ yếu Chính phủ, CN=HSM Root CA Thử nghiệm", 7300, null);
        issuingCert = createCa(ISSUING, "SUBORDINATE", "RSA-3072",
                "C=VN, O=Ban Cơ yếu Chính phủ, OU=Cục Chứng thực số, CN=HSM Issuing CA Thử nghiệm", 3650, ROOT);
        organizationCsr = ExternalTools.opensslCsr(work, "organization", ORGANIZATION);
        // A new CA gets its OCSP responder certificate right after activation, issued by itself:
        // let that happen before the tests count certificates and audit rows.
        awaitResponderCertificate(ROOT);
        awaitResponderCertificate(ISSUING);
    }

    @AfterAll
    static void stop() throws Exception {
        try (MariaDbServer m = mariaDb; SoftHsmToken t = hsm; WildFlyServer s = server; Connection c = db) {
            // closed in reverse order: JDBC connection, server, token, database
        }
    }

    @Test
    void createCa_rootAndSubordinateOnPkcs11Token_keysAreSensitiveNonExtractableTokenObjects() throws Exception {
        for (String name : List.of(ROOT, ISSUING)) {
            Answer ca = admin.get(CAS + "/" + name);
            assertThat(ca.status()).as("%s", ca).isEqualTo(200);
            assertThat(ca.json().getString("status")).as("%s", ca).isEqualTo("ACTIVE");
            assertThat(ca.json().getString("token")).isEqualTo(HsmHome.TOKEN);
            assertThat(ca.json().getString("online")).isEqualTo("online");
        }
        rootCert.verify(rootCert.getPublicKey());
        issuingCert.verify(rootCert.getPublicKey());
        assertThat(issuingCert.getIssuerX500Principal()).isEqualTo(rootCert.getSubjectX500Principal());
        assertThat(issuingCert.getBasicConstraints()).isZero();
        try (TokenObjects token = TokenObjects.login(hsm)) {
            assertKeyInToken(token, "ca-hsm-root", rootCert.getPublicKey());
            assertKeyInToken(token, "ca-hsm-issuing", issuingCert.getPublicKey());
        }
    }

    @Test
    void createCa_external_returnsCsrThatOpensslVerifiesAndKeyStaysInToken() throws Exception {
        Answer created = admin.post(CAS, caBody("HSM-External", "EXTERNAL", "EC-P256",
                "C=VN, O=Ban Cơ yếu Chính phủ, CN=HSM External CA Thử nghiệm", 3650, null));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().getString("status")).isEqualTo("AWAITING_CERTIFICATE");
        String csrPem = created.string("csrPem");
        Path csr = ExternalTools.write(work, "external.csr", csrPem);
        ExternalTools.Result verify = ExternalTools.run(work, "openssl", "req", "-in", csr.toString(), "-noout",
                "-verify", "-subject", "-nameopt", "utf8,sep_comma_plus_space");
        assertThat(verify.exit()).as("%s", verify).isZero();
        assertThat(verify.output()).contains("CN=HSM External CA Thử nghiệm");
        PublicKey requested = new JcaPKCS10CertificationRequest(Pem.decode(csrPem, "CERTIFICATE REQUEST")).getPublicKey();
        try (TokenObjects token = TokenObjects.login(hsm)) {
            assertKeyInToken(token, "ca-hsm-external", requested);
        }
        assertThat(Sql.rows(db, "SELECT action, outcome FROM audit_event WHERE target = ?", "ca HSM-External"))
                .as("the new CA key and its exported CSR are audited (invariant 6)")
                .containsExactly(Map.of("action", "CA_CSR_EXPORTED", "outcome", "SUCCESS"));
    }

    @Test
    void issue_personalOrganizationTlsUnderHsmIssuing_chainsValidateAndVietnameseNamesRoundTrip() throws Exception {
        record Case(String profile, String opensslSubject, String expectedSubject, String cn, JsonObject extra,
                    String purpose) {
        }
        List<Case> cases = List.of(
                new Case("personal", "/C=VN/ST=Hà Nội/O=BỘ TÀI CHÍNH/OU=Vụ Pháp chế/CN=Nguyễn Thị Hồng Nhung"
                        + "/UID=CCCD:001185012345/emailAddress=nhung.nth@mof.gov.vn",
                        "C=VN, ST=Hà Nội, O=BỘ TÀI CHÍNH, OU=Vụ Pháp chế, CN=Nguyễn Thị Hồng Nhung, "
                                + "UID=CCCD:001185012345, E=nhung.nth@mof.gov.vn",
                        "Nguyễn Thị Hồng Nhung", JsonObject.EMPTY_JSON_OBJECT, null),
                new Case("organization", ORGANIZATION, "C=VN, L=Hà Nội, O=BỘ TÀI CHÍNH, CN=CỤC THUẾ, UID=MST:0100231226",
                        "CỤC THUẾ", JsonObject.EMPTY_JSON_OBJECT, null),
                new Case("tls-server", "/C=VN/O=Cục Chuyển đổi số quốc gia/CN=dichvucong.gov.vn",
                        "C=VN, O=Cục Chuyển đổi số quốc gia, CN=dichvucong.gov.vn", "dichvucong.gov.vn",
                        Json.createObjectBuilder().add("dnsNames", Json.createArrayBuilder()
                                .add("dichvucong.gov.vn").add("www.dichvucong.gov.vn")).build(), "sslserver"));
        for (Case c : cases) {
            String csr = ExternalTools.opensslCsr(work, c.profile(), c.opensslSubject());
            JsonObjectBuilder body = GovCaApi.issueBody(ISSUING, c.profile(), csr);
            c.extra().forEach(body::add);
            Answer issued = admin.post(CERTIFICATES, body.build());
            assertThat(issued.status()).as("%s", issued).isEqualTo(201);
            JsonObject json = issued.json();
            assertThat(json.getString("status")).isEqualTo("ACTIVE");
            X509Certificate leaf = ExternalTools.certificate(json.getString("certificatePem"));
            assertThat(json.getJsonArray("chainPem").getValuesAs(JsonString.class))
                    .extracting(s -> ExternalTools.certificate(s.getString())).containsExactly(issuingCert, rootCert);
            ChainChecks.assertValidEverywhere(work, c.profile(), leaf, issuingCert, rootCert, c.purpose());

            Answer fetched = admin.get(CERTIFICATES + "/" + ISSUING + "/" + json.getString("serial"));
            assertThat(fetched.status()).as("%s", fetched).isEqualTo(200);
            assertThat(json.getString("subject")).as("POST answer").isEqualTo(c.expectedSubject());
            assertThat(fetched.json().getString("subject")).as("GET after MariaDB").isEqualTo(c.expectedSubject());
            assertThat(fetched.json().getString("certificatePem")).isEqualTo(json.getString("certificatePem"));
            assertThat(Sql.rows(db, "SELECT subject_dn FROM certificate WHERE ca_id = ? AND serial_hex = ?",
                    caId(ISSUING), json.getString("serial")).get(0).get("subject_dn")).isEqualTo(c.expectedSubject());
            X500Name subject = X500Name.getInstance(leaf.getSubjectX500Principal().getEncoded());
            assertThat(subject.getRDNs(BCStyle.CN)[0].getFirst().getValue().toString()).isEqualTo(c.cn());
        }
    }

    @Test
    void issue_eightThreadsTimesTwentyFive_distinctSerialsAllActiveAndAuditChainVerifies() throws Exception {
        long caId = caId(ISSUING);
        String issuedTargets = "certificate ca=" + caId + " serial=%";
        long auditedBefore = Sql.number(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'CERTIFICATE_ISSUED'"
                + " AND target LIKE ?", issuedTargets);
        JsonObject body = issueBody(ISSUING, "organization", organizationCsr).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Answer>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            futures.add(pool.submit(() -> {
                go.await();
                List<Answer> out = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    out.add(admin.post(CERTIFICATES, body));
                }
                return out;
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<List<Answer>> f : futures) {
            answers.addAll(f.get(3, TimeUnit.MINUTES));
        }
        pool.shutdown();
        System.out.printf("MariaDbSoftHsmIT: 200 issuances on 8 threads in %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        assertThat(answers).hasSize(200).allSatisfy(a -> assertThat(a.status()).as("%s", a).isEqualTo(201));
        Set<String> serials = new HashSet<>();
        for (Answer a : answers) {
            String serial = a.string("serial");
            serials.add(serial);
            assertThat(ExternalTools.certificate(a.string("certificatePem")).getSerialNumber())
                    .isEqualTo(new BigInteger(serial, 16));
        }
        assertThat(serials).hasSize(200);
        Map<String, String> statusBySerial = new HashMap<>();
        for (Map<String, Object> row : Sql.rows(db, "SELECT serial_hex, status FROM certificate WHERE ca_id = ?", caId)) {
            statusBySerial.put((String) row.get("serial_hex"), (String) row.get("status"));
        }
        assertThat(serials).allSatisfy(s -> assertThat(statusBySerial.get(s)).as(s).isEqualTo("ACTIVE"));
        Map<String, Object> counts = Sql.rows(db, "SELECT COUNT(*) AS n, COUNT(DISTINCT serial_hex) AS d"
                + " FROM certificate WHERE ca_id = ?", caId).get(0);
        assertThat(((Number) counts.get("n")).longValue()).isEqualTo(((Number) counts.get("d")).longValue());
        assertThat(Sql.number(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'CERTIFICATE_ISSUED'"
                + " AND target LIKE ?", issuedTargets) - auditedBefore).isEqualTo(200);
        AuditVerification audit = AuditVerifier.verify(db, home.auditKey());
        assertThat(audit.ok()).as("%s", audit).isTrue();
    }

    @Test
    void issue_caKeyDeletedFromTokenUnderRunningServer_reservationFailedAndNoCertificate() throws Exception {
        String doomed = "HSM-Doomed";
        X509Certificate doomedCert = createCa(doomed, "SUBORDINATE", "EC-P256",
                "C=VN, O=Ban Cơ yếu Chính phủ, CN=HSM Doomed CA Thử nghiệm", 1000, ROOT);
        awaitResponderCertificate(doomed);
        long caId = caId(doomed);
        Answer first = admin.post(CERTIFICATES, issueBody(doomed, "organization", organizationCsr).build());
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        String activeSql = "SELECT COUNT(*) FROM certificate WHERE ca_id = ? AND status = 'ACTIVE'";
        long activeBefore = Sql.number(db, activeSql, caId);
        try (TokenObjects token = TokenObjects.login(hsm)) {
            token.delete("ca-hsm-doomed");
            assertThat(token.privateKey("ca-hsm-doomed")).isNull();
        }

        Answer failed = admin.post(CERTIFICATES, issueBody(doomed, "organization", organizationCsr).build());

        assertThat(failed.status()).as("%s", failed).isEqualTo(503);
        assertThat(failed.category()).isEqualTo("UNAVAILABLE");
        List<Map<String, Object>> rows = Sql.rows(db, "SELECT c.serial_hex, c.status, c.der, c.fingerprint_sha256,"
                + " r.state, r.tbs_der, r.failure_reason FROM certificate c JOIN issuance_record r"
                + " ON r.certificate_id = c.id WHERE c.ca_id = ? AND c.status <> 'ACTIVE'", caId);
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat(row.get("der")).isNull();
        assertThat(row.get("fingerprint_sha256")).isNull();
        assertThat(row.get("state")).isEqualTo("FAILED");
        assertThat(row.get("failure_reason")).isNotNull();
        String serial = (String) row.get("serial_hex");
        TBSCertificate tbs = TBSCertificate.getInstance(row.get("tbs_der"));
        assertThat(tbs.getSerialNumber().getValue()).isEqualTo(new BigInteger(serial, 16));
        assertThat(tbs.getIssuer()).isEqualTo(X500Name.getInstance(doomedCert.getSubjectX500Principal().getEncoded()));
        assertThat(Sql.number(db, activeSql, caId)).isEqualTo(activeBefore);
        assertThat(Sql.rows(db, "SELECT outcome FROM audit_event WHERE action = 'ISSUANCE_FAILED' AND target = ?",
                "certificate ca=" + caId + " serial=" + serial)).extracting(r -> r.get("outcome"))
                .containsExactly("FAILURE");
        Answer lookup = admin.get(CERTIFICATES + "/" + doomed + "/" + serial);
        assertThat(lookup.status()).as("a FAILED reservation is no certificate: %s", lookup).isEqualTo(404);
        assertThat(lookup.category()).isEqualTo("NOT_FOUND");
    }

    /**
     * Issue 3 on the production shape: a revocation under the HSM issuing CA reaches its CRL
     * within seconds, signed inside the PKCS#11 token; OpenSSL verifies the CRL and, checking
     * revocation with it, rejects the revoked certificate and accepts the good one, as does the
     * JDK; MariaDB's publication log holds the CRL as PUBLISHED with its SHA-256, CRL numbers are
     * distinct and increasing, and every published CRL is audited as CRL_ISSUED.
     */
    @Test
    void crl_revocationUnderHsmIssuing_listedInTokenSignedCrlRecordedAndAudited() throws Exception {
        Answer good = admin.post(CERTIFICATES, issueBody(ISSUING, "organization",
                ExternalTools.opensslCsr(work, "crl-good", ORGANIZATION)).build());
        Answer bad = admin.post(CERTIFICATES, issueBody(ISSUING, "organization", organizationCsr).build());
        assertThat(List.of(good.status(), bad.status())).as("%s %s", good, bad).containsExactly(201, 201);
        String badSerial = bad.string("serial");
        Answer revoked = admin.post(CERTIFICATES + "/" + ISSUING + "/" + badSerial + "/revoke",
                Json.createObjectBuilder().add("reason", "cessationOfOperation").build());
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);

        FetchedCrl crl = CrlChecks.await(server.httpBase(), "/crl/" + ISSUING + ".crl",
                CrlChecks.listing(new BigInteger(badSerial, 16)), Duration.ofSeconds(30));

        assertThat(FetchedCrl.reasonCode(crl.entry(new BigInteger(badSerial, 16)).orElseThrow())).isEqualTo(5);
        crl.assertServedAsCrl();
        X509Certificate goodLeaf = ExternalTools.certificate(good.string("certificatePem"));
        X509Certificate badLeaf = ExternalTools.certificate(bad.string("certificatePem"));
        var verified = CrlChecks.opensslCrlVerify(work, crl, issuingCert, rootCert);
        assertThat(verified.exitCode()).as("%s", verified).isZero();
        var rejected = CrlChecks.opensslVerify(work, rootCert, issuingCert, badLeaf, List.of(crl), "-crl_check");
        assertThat(rejected.exitCode()).as("%s", rejected).isNotZero();
        assertThat(rejected.output()).contains("certificate revoked");
        var accepted = CrlChecks.opensslVerify(work, rootCert, issuingCert, goodLeaf, List.of(crl), "-crl_check");
        assertThat(accepted.exitCode()).as("%s", accepted).isZero();
        CrlChecks.pkixWithCrls(rootCert, issuingCert, goodLeaf, List.of(crl));
        assertThatThrownBy(() -> CrlChecks.pkixWithCrls(rootCert, issuingCert, badLeaf, List.of(crl)))
                .isInstanceOf(CertPathValidatorException.class)
                .extracting(e -> ((CertPathValidatorException) e).getReason()).isEqualTo(BasicReason.REVOKED);

        long caId = caId(ISSUING);
        List<Map<String, Object>> records = Sql.rows(db, "SELECT crl_number, kind, state, sha256 FROM crl_record"
                + " WHERE ca_id = ? ORDER BY id", caId);
        List<Long> numbers = records.stream().map(r -> ((Number) r.get("crl_number")).longValue()).toList();
        assertThat(numbers).as("CRL numbers in the order drawn").isSorted().doesNotHaveDuplicates();
        assertThat(records).anySatisfy(r -> {
            assertThat(((Number) r.get("crl_number")).longValue()).isEqualTo(crl.crlNumber().longValueExact());
            assertThat(r.get("state")).isEqualTo("PUBLISHED");
            assertThat(r.get("kind")).isEqualTo("FULL");
            assertThat(crl.headers().firstValue("ETag")).hasValue("\"" + r.get("sha256") + "\"");
        });
        for (Map<String, Object> r : records) {
            if ("PUBLISHED".equals(r.get("state"))) {
                assertThat(Sql.number(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'CRL_ISSUED' AND target = ?",
                        "crl ca=" + caId + " number=" + r.get("crl_number"))).as("audit of %s", r).isEqualTo(1);
            }
        }
        assertThat(AuditVerifier.verify(db, home.auditKey()).ok()).isTrue();
    }

    @Test
    void auditVerify_detailsEditedInMariaDb_verifierAndCliReportTheEditedRow() throws Exception {
        assertThat(AuditVerifier.verify(db, home.auditKey()).ok()).isTrue();
        ExternalTools.Result before = cli("audit", "verify", "--home", home.dir().toString());
        assertThat(before.exit()).as("%s", before).isZero();
        Map<String, Object> row = Sql.rows(db, "SELECT seq, details FROM audit_event WHERE action = 'CA_CREATED'"
                + " AND target = ?", "ca " + ROOT).get(0);
        long seq = ((Number) row.get("seq")).longValue();
        String original = (String) row.get("details");
        String forged = original.replace("EC-P384", "RSA-4096");
        assertThat(forged).isNotEqualTo(original);

        assertThat(Sql.update(db, "UPDATE audit_event SET details = ? WHERE seq = ?", forged, seq)).isEqualTo(1);
        try {
            AuditVerification v = AuditVerifier.verify(db, home.auditKey());
            assertThat(v.ok()).isFalse();
            assertThat(v.badSeq()).hasValue(seq);
            assertThat(v.problem()).isEqualTo(AuditProblem.ROW_EDITED);
            ExternalTools.Result tampered = cli("audit", "verify", "--home", home.dir().toString());
            assertThat(tampered.exit()).as("%s", tampered).isEqualTo(1);
        } finally {
            Sql.update(db, "UPDATE audit_event SET details = ? WHERE seq = ?", original, seq);
        }
        assertThat(AuditVerifier.verify(db, home.auditKey()).ok()).as("restored row").isTrue();
    }

    @Test
    void apiCalls_auditorAndOperatorRoles_enforcedByTheServices() throws Exception {
        GovCaApi anonymous = GovCaApi.of(server.httpsBase(), home.tls(false));
        insertAdministrator("kiem.toan", "AUDITOR", "Kiểm-toán-2025-an-toàn");
        insertAdministrator("van.hanh", "CA_OPERATOR", "Vận-hành-2025-an-toàn");
        GovCaApi auditor = anonymous.withBearer(token(anonymous.login("kiem.toan", "Kiểm-toán-2025-an-toàn")));
        GovCaApi operator = anonymous.withBearer(token(anonymous.login("van.hanh", "Vận-hành-2025-an-toàn")));
        JsonObject issue = issueBody(ISSUING, "organization", organizationCsr).build();

        assertThat(auditor.get(CAS).status()).isEqualTo(200);
        assertForbidden(auditor.post(CERTIFICATES, issue));
        assertForbidden(auditor.post(CAS, caBody("Auditor-Root", "ROOT", "EC-P384", "C=VN, O=GovCA, CN=A", 3650, null)));
        Answer byOperator = operator.post(CERTIFICATES, issue);
        assertThat(byOperator.status()).as("%s", byOperator).isEqualTo(201);
        assertForbidden(operator.post(CAS, caBody("Operator-Root", "ROOT", "EC-P384", "C=VN, O=GovCA, CN=O", 3650, null)));

        assertThat(admin.get(CAS + "/Auditor-Root").status()).isEqualTo(404);
        assertThat(admin.get(CAS + "/Operator-Root").status()).isEqualTo(404);
        try (TokenObjects token = TokenObjects.login(hsm)) {
            assertThat(token.privateKey("ca-auditor-root")).isNull();
            assertThat(token.privateKey("ca-operator-root")).isNull();
        }
    }

    @Test
    void login_fiveWrongPasswords_accountLockedAndEveryFailureAudited() throws Exception {
        GovCaApi anonymous = GovCaApi.of(server.httpsBase(), home.tls(false));
        String password = "Khóa-thử-2025-đúng-mật-khẩu";
        insertAdministrator("khoa.thu", "CA_OPERATOR", password);
        assertThat(anonymous.login("khoa.thu", password).status()).isEqualTo(200);

        for (int i = 1; i <= 5; i++) {
            Answer wrong = anonymous.login("khoa.thu", "sai-mật-khẩu-lần-" + i);
            assertThat(wrong.status()).as("%s", wrong).isEqualTo(401);
            assertThat(wrong.category()).isEqualTo("UNAUTHENTICATED");
        }
        Answer locked = anonymous.login("khoa.thu", password);

        assertThat(locked.status()).as("%s", locked).isEqualTo(401);
        assertThat(locked.category()).isEqualTo("UNAUTHENTICATED");
        assertThat(Sql.rows(db, "SELECT locked_until FROM administrator WHERE username = 'khoa.thu'").get(0)
                .get("locked_until")).isNotNull();
        assertThat(Sql.number(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILED' AND actor = ?",
                "khoa.thu")).isEqualTo(6);
    }

    /**
     * DESIGN invariant 5 across nodes: a revocation committed by another node (here written
     * straight into MariaDB, so this server hears no event) is answered revoked by this node's
     * OCSP within 5 s, though a good answer was pre-produced and cached before.
     */
    @Test
    void ocsp_revocationCommittedByAnotherNodeInMariaDb_answeredRevokedWithinFiveSeconds() throws Exception {
        Answer issued = admin.post(CERTIFICATES, issueBody(ISSUING, "organization", organizationCsr).build());
        assertThat(issued.status()).as("%s", issued).isEqualTo(201);
        X509Certificate leaf = ExternalTools.certificate(issued.string("certificatePem"));
        byte[] request = new OCSPReqBuilder().addRequest(new CertificateID(new JcaDigestCalculatorProviderBuilder()
                .build().get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuingCert),
                leaf.getSerialNumber())).build().getEncoded();
        assertThat(ocspStatus(request)).as("good before").isNull();
        Instant revokedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        int rows = Sql.update(db, "UPDATE certificate SET status = 'REVOKED', revocation_reason = 1,"
                + " revocation_time = ?, updated_at = ?, version = version + 1 WHERE ca_id = ? AND serial_hex = ?",
                LocalDateTime.ofInstant(revokedAt, ZoneOffset.UTC), LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC),
                caId(ISSUING), issued.string("serial"));
        assertThat(rows).isEqualTo(1);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        CertificateStatus status = ocspStatus(request);
        while (!(status instanceof RevokedStatus) && Instant.now().isBefore(deadline)) {
            status = ocspStatus(request);
        }
        assertThat(status).as("OCSP within 5 s of the other node's commit").isInstanceOf(RevokedStatus.class);
        RevokedStatus revoked = (RevokedStatus) status;
        assertThat(revoked.getRevocationReason()).isEqualTo(1); // keyCompromise
        assertThat(revoked.getRevocationTime().toInstant()).isEqualTo(revokedAt);
    }

    // --- helpers ---

    /** The single status of a POST /ocsp answer (null = good); the response must be successful. */
    private static CertificateStatus ocspStatus(byte[] request) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(server.httpBase().resolve("/ocsp"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        OCSPResp resp = new OCSPResp(r.body());
        assertThat(resp.getStatus()).as("OCSP response status").isEqualTo(OCSPResp.SUCCESSFUL);
        return ((BasicOCSPResp) resp.getResponseObject()).getResponses()[0].getCertStatus();
    }

    /** Waits (bounded) until the CA's own OCSP responder certificate is stored ACTIVE. */
    private static void awaitResponderCertificate(String ca) throws Exception {
        String sql = "SELECT COUNT(*) FROM certificate c JOIN certificate_authority a ON a.id = c.ca_id"
                + " WHERE a.name = ? AND c.profile_name = 'ocsp-responder' AND c.status = 'ACTIVE'";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Sql.number(db, sql, ca) == 0) {
            assertThat(Instant.now()).as("responder certificate of %s within 60 s", ca).isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static X509Certificate createCa(String name, String type, String keySpec, String subject, int days,
                                            String parent) {
        long started = System.nanoTime();
        Answer created = admin.post(CAS, caBody(name, type, keySpec, subject, days, parent));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        System.out.printf("MariaDbSoftHsmIT: created %s (%s, %s) in %d ms%n", name, type, keySpec,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return GovCaApi.publicCaCertificate(server.httpBase(), name);
    }

    private static JsonObject caBody(String name, String type, String keySpec, String subject, int days,
                                     String parent) {
        return GovCaApi.createCaBody(name, type, HsmHome.TOKEN, keySpec, subject, days, parent);
    }

    private static JsonObjectBuilder issueBody(String ca, String profile, String csr) {
        return GovCaApi.issueBody(ca, profile, csr);
    }

    private static long caId(String name) throws Exception {
        return Sql.number(db, "SELECT id FROM certificate_authority WHERE name = ?", name);
    }

    /** PKCS#11 private key object: present, value unreadable, paired with {@code expected}. */
    private static void assertKeyInToken(TokenObjects token, String alias, PublicKey expected) {
        Key key = token.privateKey(alias);
        assertThat(key).as("private key %s in the token", alias).isNotNull();
        assertThat(key.getEncoded()).as("value of %s", alias).isNull();
        assertThat(key.toString()).contains("token object", "sensitive", "unextractable").doesNotContain("not sensitive");
        assertThat(token.publicKey(alias)).isEqualTo(expected);
    }

    private static void assertForbidden(Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(403);
        assertThat(answer.category()).isEqualTo("FORBIDDEN");
    }

    private static String token(Answer login) {
        assertThat(login.status()).as("%s", login).isEqualTo(200);
        return login.string("token");
    }

    private static void insertAdministrator(String username, String role, String password) throws Exception {
        Sql.insertAdministrator(db, username, role, PasswordHash.hash(password.toCharArray()));
    }

    /** Runs {@code govca ARGS} in this JVM (the launcher's Java side). */
    private static ExternalTools.Result cli(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
        int exit = Main.run(args, out, out);
        return new ExternalTools.Result(List.of(args), exit, sink.toString(StandardCharsets.UTF_8));
    }
}
