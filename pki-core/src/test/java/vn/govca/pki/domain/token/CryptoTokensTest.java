package vn.govca.pki.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.key.KeySpec;

class CryptoTokensTest {

    @TempDir
    Path dir;

    @Test
    void open_softConfig_inactiveTokenWithName() {
        try (CryptoToken token = CryptoTokens.open(TokenConfig.soft("dev", dir.resolve("dev.p12"), "pw".toCharArray()))) {
            assertThat(token.name()).isEqualTo("dev");
            assertThat(token.status().active()).isFalse();
        }
    }

    @Test
    void open_pkcs11Config_inactiveToken() {
        TokenConfig config = TokenConfig.pkcs11("hsm", Path.of("/nonexistent/lib.so"), Pkcs11Slot.id(0), "1".toCharArray());
        try (CryptoToken token = CryptoTokens.open(config)) {
            assertThat(token.name()).isEqualTo("hsm");
            assertThat(token.status().active()).isFalse();
        }
    }

    @Test
    void everyKeyMethod_inactiveToken_unavailable() {
        try (CryptoToken token = CryptoTokens.open(TokenConfig.soft("dev", dir.resolve("dev.p12"), "pw".toCharArray()))) {
            assertUnavailable(token::aliases);
            assertUnavailable(() -> token.hasKey("k"));
            assertUnavailable(() -> token.publicKey("k"));
            assertUnavailable(() -> token.signer("k"));
            assertUnavailable(() -> token.signer("k", "SHA256withRSA"));
            assertUnavailable(() -> token.generateKeyPair("k", KeySpec.EC_P256));
            assertUnavailable(() -> token.deleteKey("k"));
        }
    }

    @Test
    void activate_thenClose_statusFollows() {
        try (CryptoToken token = CryptoTokens.open(TokenConfig.soft("dev", dir.resolve("dev.p12"), "pw".toCharArray()))) {
            token.activate();
            assertThat(token.status()).isEqualTo(TokenStatus.ACTIVE);
            token.close();
            assertThat(token.status().active()).isFalse();
            assertUnavailable(token::aliases);
        }
    }

    private static void assertUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.UNAVAILABLE));
    }
}
