package vn.govca.ca.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.ca.application.ServiceFixture;
import vn.govca.ca.domain.auth.PasswordHash;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.infrastructure.auth.SessionTokens;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.infrastructure.AdministratorRepository;
import vn.govca.db.testkit.DatabaseKind;

/**
 * A password reset or change ends the RA web sessions ({@link AuthenticationService#current}) and
 * bearer tokens ({@link AuthenticationService#byToken}) of sign-ins made with the old password — also
 * when the hash was changed by another node, whose in-memory token list this node never sees — while
 * changes to other fields of the account, and client-certificate sessions, stay valid. The services
 * run on a real database (H2 and MariaDB).
 */
class SessionCredentialTest {

    private static final Principal ADMIN = new Principal(1, "admin", Role.CA_ADMIN, "password");
    private static final String USER = "quanly.matkhau";
    private static final String PASSWORD = "mật-khẩu-cũ-đủ-dài-2026";
    private static final String NEW_PASSWORD = "mật-khẩu-mới-đủ-dài-2026";

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void resetPassword_passwordSessionAndToken_endAndNewPasswordSignsIn(DatabaseKind kind) {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            createUser(f, null);
            Principal session = signIn(f, PASSWORD);
            String token = login(f, PASSWORD);
            assertThat(current(f, session)).contains(session);
            assertThat(byToken(f, token)).contains(session);

            f.inTransaction(s -> s.get(UserService.class).resetPassword(ADMIN, USER, NEW_PASSWORD.toCharArray()));

            assertThat(current(f, session)).as("RA web session of the old password").isEmpty();
            assertThat(byToken(f, token)).as("bearer token of the old password").isEmpty();
            Principal renewed = signIn(f, NEW_PASSWORD);
            assertThat(current(f, renewed)).contains(renewed);
            assertThat(byToken(f, login(f, NEW_PASSWORD))).contains(renewed);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void passwordHashChangedElsewhere_tokenOfThisNode_endsAndIsForgotten(DatabaseKind kind) {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            createUser(f, null);
            String token = login(f, PASSWORD);
            Principal session = signIn(f, PASSWORD);

            // what a reset on another node leaves behind: only the stored hash is new (same password)
            f.inTransaction(s -> {
                account(s).changePasswordHash(PasswordHash.hash(PASSWORD.toCharArray()));
                return null;
            });

            assertThat(byToken(f, token)).isEmpty();
            Optional<Principal> held = f.inTransaction(s -> s.get(SessionTokens.class).principal(token));
            assertThat(held).as("token ended").isEmpty();
            assertThat(current(f, session)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void unrelatedAccountChanges_sessionAndTokenStayValid(DatabaseKind kind) {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            createUser(f, null);
            Principal session = signIn(f, PASSWORD);
            String token = login(f, PASSWORD);

            f.inTransaction(s -> {
                AdministratorRecord a = account(s);
                a.changeDisplayName("Quản lý thuê bao (đổi tên)");
                a.changeEmail("quanly.moi@sonla.gov.vn");
                a.changeLocale("en");
                a.recordFailedLogin(Instant.now(), 5, Duration.ofMinutes(15));
                return null;
            });

            assertThat(current(f, session)).contains(session);
            assertThat(byToken(f, token)).contains(session);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void resetPassword_clientCertificateSession_staysValid(DatabaseKind kind) throws Exception {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            X509Certificate cert = selfSigned();
            createUser(f, Sha256Hex.digestOf(cert.getEncoded()).value());
            Principal session = f.inTransaction(s -> s.get(AuthenticationService.class).byCertificate(cert))
                    .orElseThrow();

            f.inTransaction(s -> s.get(UserService.class).resetPassword(ADMIN, USER, NEW_PASSWORD.toCharArray()));

            assertThat(session.method()).isEqualTo(AuthenticationService.CLIENT_CERTIFICATE);
            assertThat(current(f, session)).as("signed in without the password").contains(session);
        }
    }

    private static void createUser(ServiceFixture f, String certFingerprint) {
        f.inTransaction(s -> s.get(UserService.class).create(ADMIN, new UserService.NewUser(USER, null,
                Role.CA_OPERATOR, null, null, PASSWORD.toCharArray(), certFingerprint, null)));
    }

    private static AdministratorRecord account(ServiceFixture.Services s) {
        return new AdministratorRepository(s.em()).findByUsername(USER).orElseThrow();
    }

    /** A password sign-in of the RA web UI: the principal its session holds. */
    private static Principal signIn(ServiceFixture f, String password) {
        return f.inTransaction(s -> s.get(AuthenticationService.class)
                .authenticate(USER, password.toCharArray(), "test"));
    }

    /** A password login of the REST API: its bearer token. */
    private static String login(ServiceFixture f, String password) {
        return f.inTransaction(s -> s.get(AuthenticationService.class).login(USER, password.toCharArray(), "test"))
                .token();
    }

    private static Optional<Principal> current(ServiceFixture f, Principal p) {
        return f.inTransaction(s -> s.get(AuthenticationService.class).current(p));
    }

    private static Optional<Principal> byToken(ServiceFixture f, String token) {
        return f.inTransaction(s -> s.get(AuthenticationService.class).byToken(token));
    }

    private static X509Certificate selfSigned() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair kp = g.generateKeyPair();
        X500Name name = new X500Name("CN=quanly.matkhau");
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                new BigInteger(1, HexFormat.of().parseHex("01020304050607")), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))), name, kp.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));
    }
}
