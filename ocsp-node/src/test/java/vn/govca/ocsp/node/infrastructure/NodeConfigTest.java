package vn.govca.ocsp.node.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.ocsp.domain.NeverIssuedPolicy;
import vn.govca.pki.domain.token.TokenType;

/** The validation node's configuration: only the responder token and OCSP keys, validated at start-up. */
class NodeConfigTest {

    @TempDir
    Path home;

    @BeforeEach
    void responderToken() throws IOException {
        Files.createDirectories(home.resolve("tokens"));
        Files.write(home.resolve("tokens/ocsp.p12"), new byte[] {0x30});
        Files.writeString(home.resolve("tokens/ocsp.pass"), "secret\n");
    }

    @Test
    void from_responderTokenOnly_defaults() {
        NodeConfig c = NodeConfig.from(home, softToken("ocsp"));

        assertThat(c.token().name()).isEqualTo("ocsp");
        assertThat(c.token().type()).isEqualTo(TokenType.SOFT);
        assertThat(c.token().keystoreFile()).isEqualTo(home.resolve("tokens/ocsp.p12"));
        assertThat(c.pollMillis()).isEqualTo(1000);
        assertThat(c.refresh()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.responder().neverIssued()).isEqualTo(NeverIssuedPolicy.UNKNOWN);
    }

    @Test
    void from_caServerFileWithCaTokens_opensOnlyTheResponderToken() {
        Properties p = softToken("responder");
        p.setProperty("govca.ocsp.token", "responder");
        p.setProperty("token.root.type", "soft");
        p.setProperty("token.root.file", "tokens/root.p12");
        p.setProperty("govca.publicBaseUrl", "http://localhost:8080");

        NodeConfig c = NodeConfig.from(home, p);

        assertThat(c.token().name()).isEqualTo("responder");
    }

    @Test
    void from_nodeAndCoreKeys_read() {
        Properties p = softToken("ocsp");
        p.setProperty("govca.ocsp.pollMillis", "250");
        p.setProperty("govca.ocsp.refreshSeconds", "30");
        p.setProperty("govca.ocsp.neverIssued", "revoked");

        NodeConfig c = NodeConfig.from(home, p);

        assertThat(c.pollMillis()).isEqualTo(250);
        assertThat(c.refresh()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.responder().neverIssued()).isEqualTo(NeverIssuedPolicy.REVOKED);
    }

    @Test
    void from_softTokenFileMissing_refusedNeverCreated() throws IOException {
        Files.delete(home.resolve("tokens/ocsp.p12"));

        assertThatThrownBy(() -> NodeConfig.from(home, softToken("ocsp")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("token.ocsp.file");
        assertThat(home.resolve("tokens/ocsp.p12")).doesNotExist();
    }

    @Test
    void from_noResponderToken_refused() {
        assertThatThrownBy(() -> NodeConfig.from(home, new Properties()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("govca.ocsp.token");
    }

    @Test
    void from_badValues_allReportedAtOnce() {
        Properties p = softToken("ocsp");
        p.setProperty("govca.ocsp.pollMillis", "5");
        p.setProperty("govca.ocsp.refreshSeconds", "often");
        p.setProperty("govca.ocsp.noSuchKey", "1");

        assertThatThrownBy(() -> NodeConfig.from(home, p)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("govca.ocsp.pollMillis").hasMessageContaining("govca.ocsp.refreshSeconds")
                .hasMessageContaining("govca.ocsp.noSuchKey");
    }

    private static Properties softToken(String name) {
        Properties p = new Properties();
        p.setProperty("token." + name + ".type", "soft");
        p.setProperty("token." + name + ".file", "tokens/ocsp.p12");
        p.setProperty("token." + name + ".passwordFile", "tokens/ocsp.pass");
        return p;
    }
}
