package vn.govca.pki.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class TokenConfigTest {

    @TempDir
    Path dir;

    @Test
    void fromProperties_softWithPasswordFile_readsFirstLineRelativeToBaseDir() throws IOException {
        Files.writeString(dir.resolve("ca.pass"), "s3cret pass\nignored second line\n");
        Properties p = props("token.ca.type", "soft", "token.ca.file", "tokens/ca.p12",
                "token.ca.passwordFile", "ca.pass");

        TokenConfig config = TokenConfig.fromProperties(p, "ca", dir);

        assertThat(config.type()).isEqualTo(TokenType.SOFT);
        assertThat(config.keystoreFile()).isEqualTo(dir.resolve("tokens/ca.p12"));
        assertThat(config.password()).containsExactly("s3cret pass".toCharArray());
    }

    @Test
    void fromProperties_pkcs11WithHexSlotAndPinFile_readsAll() throws IOException {
        Files.writeString(dir.resolve("pin"), "123456\r\n");
        Properties p = props("token.hsm.type", "PKCS11", "token.hsm.library", "/usr/lib/softhsm/libsofthsm2.so",
                "token.hsm.slot", "0x10", "token.hsm.pinFile", dir.resolve("pin").toString());

        TokenConfig config = TokenConfig.fromProperties(p, "hsm", dir);

        assertThat(config.type()).isEqualTo(TokenType.PKCS11);
        assertThat(config.library()).isEqualTo(Path.of("/usr/lib/softhsm/libsofthsm2.so"));
        assertThat(config.slot()).isEqualTo(Pkcs11Slot.id(16));
        assertThat(config.pin()).containsExactly("123456".toCharArray());
    }

    @Test
    void fromProperties_pkcs11WithSlotListIndexAndInlinePin_readsAll() {
        Properties p = props("token.hsm.type", "pkcs11", "token.hsm.library", "libsofthsm2.so",
                "token.hsm.slotListIndex", "2", "token.hsm.pin", "1234");

        TokenConfig config = TokenConfig.fromProperties(p, "hsm");

        assertThat(config.slot()).isEqualTo(Pkcs11Slot.listIndex(2));
        assertThat(config.library()).isEqualTo(Path.of("libsofthsm2.so"));
    }

    @Test
    void fromProperties_allTokens_mapSortedByName() {
        Properties p = props(
                "token.ocsp.type", "soft", "token.ocsp.file", "o.p12", "token.ocsp.password", "x",
                "token.ca.type", "pkcs11", "token.ca.library", "/l.so", "token.ca.label", "CA", "token.ca.pin", "1",
                "unrelated.key", "v");

        Map<String, TokenConfig> all = TokenConfig.fromProperties(p, dir);

        assertThat(all.keySet()).containsExactly("ca", "ocsp");
        assertThat(all.get("ca").slot()).isEqualTo(Pkcs11Slot.label("CA"));
    }

    @Test
    void fromProperties_noTokens_emptyMap() {
        assertThat(TokenConfig.fromProperties(props("a", "b"))).isEmpty();
    }

    @Test
    void fromProperties_pinAndPinFile_malformed() {
        Properties p = props("token.h.type", "pkcs11", "token.h.library", "/l.so", "token.h.slot", "1",
                "token.h.pin", "1", "token.h.pinFile", "/p");
        assertCategory(() -> TokenConfig.fromProperties(p, "h"), Category.MALFORMED);
    }

    @Test
    void fromProperties_noPassword_malformed() {
        Properties p = props("token.s.type", "soft", "token.s.file", "s.p12");
        assertCategory(() -> TokenConfig.fromProperties(p, "s"), Category.MALFORMED);
    }

    @Test
    void fromProperties_twoSlotSelectors_malformed() {
        Properties p = props("token.h.type", "pkcs11", "token.h.library", "/l.so", "token.h.slot", "1",
                "token.h.slotListIndex", "0", "token.h.pin", "1");
        assertCategory(() -> TokenConfig.fromProperties(p, "h"), Category.MALFORMED);
    }

    @Test
    void fromProperties_noSlotSelector_malformed() {
        Properties p = props("token.h.type", "pkcs11", "token.h.library", "/l.so", "token.h.pin", "1");
        assertCategory(() -> TokenConfig.fromProperties(p, "h"), Category.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"token.s.pasword", "token.s.library"})
    void fromProperties_unknownKey_malformed(String typo) {
        Properties p = props("token.s.type", "soft", "token.s.file", "s.p12", "token.s.password", "x", typo, "y");
        assertCategory(() -> TokenConfig.fromProperties(p, "s"), Category.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hsm2"})
    void fromProperties_missingOrUnknownType_malformed(String type) {
        Properties p = props("token.s.type", type, "token.s.file", "s.p12", "token.s.password", "x");
        assertCategory(() -> TokenConfig.fromProperties(p, "s"), Category.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "99999999999"})
    void fromProperties_badSlotListIndex_malformed(String index) {
        Properties p = props("token.h.type", "pkcs11", "token.h.library", "/l.so",
                "token.h.slotListIndex", index, "token.h.pin", "1");
        assertCategory(() -> TokenConfig.fromProperties(p, "h"), Category.MALFORMED);
    }

    @Test
    void fromProperties_missingPinFile_unavailable() {
        Properties p = props("token.h.type", "pkcs11", "token.h.library", "/l.so", "token.h.slot", "1",
                "token.h.pinFile", "nope.pin");
        assertCategory(() -> TokenConfig.fromProperties(p, "h", dir), Category.UNAVAILABLE);
    }

    @Test
    void fromProperties_emptyPinFile_malformed() throws IOException {
        Files.writeString(dir.resolve("empty.pin"), "\nsecond");
        Properties p = props("token.h.type", "pkcs11", "token.h.library", "/l.so", "token.h.slot", "1",
                "token.h.pinFile", "empty.pin");
        assertCategory(() -> TokenConfig.fromProperties(p, "h", dir), Category.MALFORMED);
    }

    @Test
    void fromProperties_keyWithoutSetting_malformed() {
        assertCategory(() -> TokenConfig.fromProperties(props("token.ca", "x")), Category.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.b", "-x", "with space"})
    void soft_invalidName_malformed(String name) {
        assertCategory(() -> TokenConfig.soft(name, Path.of("x.p12"), "p".toCharArray()), Category.MALFORMED);
    }

    @Test
    void soft_emptyPassword_malformed() {
        assertCategory(() -> TokenConfig.soft("s", Path.of("x.p12"), new char[0]), Category.MALFORMED);
    }

    @Test
    void toString_anyToken_hidesSecrets() {
        TokenConfig soft = TokenConfig.soft("s", Path.of("x.p12"), "topsecretpw".toCharArray());
        TokenConfig hsm = TokenConfig.pkcs11("h", Path.of("/l.so"), Pkcs11Slot.id(7), "987654".toCharArray());

        assertThat(soft.toString()).doesNotContain("topsecretpw").contains("x.p12");
        assertThat(hsm.toString()).doesNotContain("987654").contains("slot 7");
    }

    @Test
    void password_callerClearsCopy_configKeepsSecret() {
        char[] given = "pw".toCharArray();
        TokenConfig config = TokenConfig.soft("s", Path.of("x.p12"), given);
        given[0] = 'X';
        char[] copy = config.password();
        copy[1] = 'Y';

        assertThat(config.password()).containsExactly('p', 'w');
    }

    @Test
    void pin_softToken_illegalState() {
        TokenConfig soft = TokenConfig.soft("s", Path.of("x.p12"), "p".toCharArray());
        assertThatThrownBy(soft::pin).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pkcs11Slot_negativeOrLongLabel_malformed() {
        assertCategory(() -> Pkcs11Slot.id(-1), Category.MALFORMED);
        assertCategory(() -> Pkcs11Slot.label("x".repeat(33)), Category.MALFORMED);
        assertCategory(() -> new Pkcs11Slot(null, null, null), Category.MALFORMED);
    }

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    private static void assertCategory(ThrowingCallable call, Category category) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(category));
    }
}
