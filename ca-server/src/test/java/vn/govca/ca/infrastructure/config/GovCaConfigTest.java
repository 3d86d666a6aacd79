package vn.govca.ca.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CA server's typed configuration: defaults, range checks, and the promise that a bad file
 * stops start-up with an {@link IllegalStateException} naming the offending key.
 */
class GovCaConfigTest {

    @TempDir
    Path home;

    @BeforeEach
    void createDefaultAuditKey() throws IOException {
        Files.write(home.resolve("audit.key"), new byte[32]);
    }

    @Test
    void from_noKeys_defaults() {
        GovCaConfig c = GovCaConfig.from(home, new Properties());

        assertThat(c.home()).isEqualTo(home);
        assertThat(c.publicBaseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(c.auditKeyFile()).isEqualTo(home.resolve("audit.key"));
        assertThat(c.demoHierarchy()).isTrue();
        assertThat(c.bootstrapAdminCertificate()).isNull();
        assertThat(c.bootstrapAdminPasswordFile()).isNull();
        assertThat(c.maxRequestBytes()).isEqualTo(1024 * 1024);
        assertThat(c.maxLoginFailures()).isEqualTo(5);
        assertThat(c.lockout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.sessionTtl()).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void from_everyKeySet_valuesTaken() {
        Properties p = props(
                "govca.publicBaseUrl", " https://ca.govca.vn/ ",
                "govca.demo.hierarchy", "false",
                "govca.api.maxRequestBytes", " 2048 ",
                "govca.login.maxFailures", "3",
                "govca.login.lockoutMinutes", "30",
                "govca.login.sessionMinutes", "1440");

        GovCaConfig c = GovCaConfig.from(home, p);

        assertThat(c.publicBaseUrl()).isEqualTo(URI.create("https://ca.govca.vn"));
        assertThat(c.demoHierarchy()).isFalse();
        assertThat(c.maxRequestBytes()).isEqualTo(2048);
        assertThat(c.maxLoginFailures()).isEqualTo(3);
        assertThat(c.lockout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.sessionTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(c.raw()).isSameAs(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not a url", "ftp://ca.govca.vn", "ldap://ca.govca.vn", "localhost:8080",
        "/relative/path", "http://", "https:///nohost", "http://bad host.vn", "mailto:ca@govca.vn"})
    void from_badPublicBaseUrl_illegalStateNamingKey(String url) {
        assertRejected(props("govca.publicBaseUrl", url), "govca.publicBaseUrl");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "govca.api.maxRequestBytes,  1023",
        "govca.api.maxRequestBytes,  67108865",
        "govca.api.maxRequestBytes,  -1",
        "govca.api.maxRequestBytes,  1MB",
        "govca.login.maxFailures,    0",
        "govca.login.maxFailures,    101",
        "govca.login.maxFailures,    99999999999",
        "govca.login.maxFailures,    five",
        "govca.login.lockoutMinutes, 0",
        "govca.login.lockoutMinutes, 1441",
        "govca.login.lockoutMinutes, 1.5",
        "govca.login.sessionMinutes, 0",
        "govca.login.sessionMinutes, 1441",
        "govca.login.sessionMinutes, -60",
        "govca.login.sessionMinutes, 9223372036854775808",
    })
    void from_numberOutOfRangeOrNotNumber_illegalStateNamingKey(String key, String value) {
        assertRejected(props(key, value), key);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "govca.api.maxRequestBytes,  1024",
        "govca.api.maxRequestBytes,  67108864",
        "govca.login.maxFailures,    1",
        "govca.login.maxFailures,    100",
        "govca.login.lockoutMinutes, 1",
        "govca.login.lockoutMinutes, 1440",
        "govca.login.sessionMinutes, 1",
        "govca.login.sessionMinutes, 1440",
    })
    void from_numberAtRangeLimit_accepted(String key, String value) {
        GovCaConfig c = GovCaConfig.from(home, props(key, value));

        assertThat(c.raw().getProperty(key)).isEqualTo(value);
    }

    @Test
    void from_blankNumber_default() {
        GovCaConfig c = GovCaConfig.from(home, props("govca.login.maxFailures", "  "));

        assertThat(c.maxLoginFailures()).isEqualTo(5);
    }

    @Test
    void from_auditKeyMissing_illegalStateNamingKey() throws IOException {
        Files.delete(home.resolve("audit.key"));

        assertRejected(new Properties(), "govca.audit.keyFile");
    }

    @Test
    void from_auditKeyFileNamedButMissing_illegalStateNamingKey() {
        assertRejected(props("govca.audit.keyFile", "keys/missing.key"), "govca.audit.keyFile");
    }

    @Test
    void from_severalBadKeys_allNamedInOneError() throws IOException {
        Files.delete(home.resolve("audit.key"));
        Properties p = props("govca.publicBaseUrl", "ftp://x", "govca.login.maxFailures", "0");

        assertThatThrownBy(() -> GovCaConfig.from(home, p))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("govca.publicBaseUrl", "govca.login.maxFailures", "govca.audit.keyFile");
    }

    @Test
    void from_relativePaths_resolvedAgainstHome() throws IOException {
        Files.createDirectories(home.resolve("keys"));
        Files.write(home.resolve("keys/audit.key"), new byte[32]);
        Properties p = props(
                "govca.audit.keyFile", "keys/audit.key",
                "govca.bootstrap.adminCertificate", "bootstrap/../admin/admin.pem",
                "govca.bootstrap.adminPasswordFile", " admin/password.txt ");

        GovCaConfig c = GovCaConfig.from(home, p);

        assertThat(c.auditKeyFile()).isEqualTo(home.resolve("keys/audit.key"));
        assertThat(c.bootstrapAdminCertificate()).isEqualTo(home.resolve("admin/admin.pem"));
        assertThat(c.bootstrapAdminPasswordFile()).isEqualTo(home.resolve("admin/password.txt"));
    }

    @Test
    void from_absolutePaths_keptAsGiven(@TempDir Path elsewhere) throws IOException {
        Path key = Files.write(elsewhere.resolve("audit.key"), new byte[32]);
        Path cert = elsewhere.resolve("admin.pem");

        GovCaConfig c = GovCaConfig.from(home, props(
                "govca.audit.keyFile", key.toString(),
                "govca.bootstrap.adminCertificate", cert.toString()));

        assertThat(c.auditKeyFile()).isEqualTo(key);
        assertThat(c.bootstrapAdminCertificate()).isEqualTo(cert);
    }

    @Test
    void from_blankOptionalPath_null() {
        GovCaConfig c = GovCaConfig.from(home, props("govca.bootstrap.adminCertificate", "  "));

        assertThat(c.bootstrapAdminCertificate()).isNull();
    }

    @Test
    void resolve_relativeAndAbsolute_relativeAgainstHome() {
        GovCaConfig c = GovCaConfig.from(home, new Properties());

        assertThat(c.resolve(" tokens/ca.p12 ")).isEqualTo(home.resolve("tokens/ca.p12"));
        assertThat(c.resolve("/etc/govca/pin")).isEqualTo(Path.of("/etc/govca/pin"));
    }

    @Test
    void load_utf8File_valuesRead() throws IOException {
        Path file = Files.writeString(home.resolve("govca.properties"),
                "# Cấu hình GovCA\ngovca.publicBaseUrl=https://ca.govca.vn\ngovca.login.maxFailures=4\n",
                StandardCharsets.UTF_8);

        GovCaConfig c = GovCaConfig.load(home, file);

        assertThat(c.publicBaseUrl()).isEqualTo(URI.create("https://ca.govca.vn"));
        assertThat(c.maxLoginFailures()).isEqualTo(4);
    }

    @Test
    void load_missingFile_illegalState() {
        assertThatThrownBy(() -> GovCaConfig.load(home, home.resolve("absent.properties")))
                .isInstanceOf(IllegalStateException.class);
    }

    private void assertRejected(Properties p, String key) {
        assertThatThrownBy(() -> GovCaConfig.from(home, p))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(key);
    }

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }
}
