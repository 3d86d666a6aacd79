package vn.govca.pki.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.Key;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.Security;
import javax.security.auth.callback.PasswordCallback;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.domain.token.CryptoTokens;
import vn.govca.pki.domain.token.Pkcs11Slot;
import vn.govca.pki.domain.token.TokenConfig;
import vn.govca.pki.testkit.SoftHsmToken;

/** Against a real SoftHSM2 token, one fresh token per test. */
class Pkcs11CryptoTokenTest {

    private SoftHsmToken hsm;

    @BeforeEach
    void createToken() {
        hsm = SoftHsmToken.create("p11");
    }

    @AfterEach
    void deleteToken() {
        hsm.close();
    }

    private CryptoToken activated(TokenConfig config) {
        CryptoToken token = CryptoTokens.open(config);
        token.activate();
        return token;
    }

    @Test
    void generateKeyPair_rsa3072AndEcP256_signaturesVerify() {
        try (CryptoToken token = activated(hsm.config())) {
            assertThat(token).isInstanceOf(Pkcs11CryptoToken.class);
            assertThat(token.signsInProcess()).as("an HSM call may wait: never on an I/O thread").isFalse();
            PublicKey rsa = token.generateKeyPair("rsa", KeySpec.RSA_3072);
            PublicKey ec = token.generateKeyPair("ec", KeySpec.EC_P256);

            assertThat(KeySpec.of(rsa)).isEqualTo(KeySpec.RSA_3072);
            assertThat(KeySpec.of(ec)).isEqualTo(KeySpec.EC_P256);
            assertThat(Signatures.signAndVerify(token, "rsa", "to be signed")).isTrue();
            assertThat(Signatures.signAndVerify(token, "ec", "to be signed")).isTrue();
            assertThat(Signatures.signAndVerify(token.signer("rsa", "SHA512withRSA"), rsa, "m")).isTrue();
        }
    }

    @Test
    void generateKeyPair_ecP384_signsWithSha384ByDefault() {
        try (CryptoToken token = activated(hsm.config())) {
            token.generateKeyPair("ec384", KeySpec.EC_P384);

            assertThat(token.signer("ec384").getAlgorithmIdentifier().getAlgorithm().getId())
                    .isEqualTo("1.2.840.10045.4.3.3");
            assertThat(Signatures.signAndVerify(token, "ec384", "m")).isTrue();
        }
    }

    @Test
    void signer_everySignatureAlgorithmMatchingKey_signatureVerifies() {
        try (CryptoToken token = activated(hsm.config())) {
            Signatures.assertEveryMatchingAlgorithmSigns(token);
        }
    }

    @Test
    void generateKeyPair_closedAndReopened_keySurvivesAndIsNotExtractable() throws Exception {
        PublicKey generated;
        try (CryptoToken token = activated(hsm.config())) {
            generated = token.generateKeyPair("ca-key", KeySpec.EC_P256);
        }

        assertNotExtractableSeenByAnotherProvider("ca-key");

        try (CryptoToken reopened = activated(hsm.config())) {
            assertThat(reopened.aliases()).containsExactly("ca-key");
            assertThat(reopened.publicKey("ca-key")).isEqualTo(generated);
            assertThat(Signatures.signAndVerify(reopened, "ca-key", "after restart")).isTrue();
        }
    }

    @Test
    void generateKeyPair_existingAlias_conflict() {
        try (CryptoToken token = activated(hsm.config())) {
            token.generateKeyPair("k", KeySpec.EC_P256);
            assertCategory(() -> token.generateKeyPair("k", KeySpec.EC_P256), Category.CONFLICT);
        }
    }

    @Test
    void deleteKey_existing_goneAlsoAfterReopen() {
        try (CryptoToken token = activated(hsm.config())) {
            token.generateKeyPair("keep", KeySpec.EC_P256);
            token.generateKeyPair("drop", KeySpec.EC_P256);
            token.deleteKey("drop");
            assertThat(token.hasKey("drop")).isFalse();
        }
        try (CryptoToken reopened = activated(hsm.config())) {
            assertThat(reopened.aliases()).containsExactly("keep");
            assertCategory(() -> reopened.signer("drop"), Category.NOT_FOUND);
        }
    }

    @Test
    void activate_wrongPin_unavailableWithoutPinInReason() {
        CryptoToken token = CryptoTokens.open(hsm.configWithPin("77665544".toCharArray()));

        assertCategory(token::activate, Category.UNAVAILABLE);
        assertThat(token.status().active()).isFalse();
        assertThat(token.status().reason()).doesNotContain("77665544").doesNotContain(new String(hsm.pin()));
    }

    @Test
    void activate_unknownSlotId_unavailable() {
        CryptoToken token = CryptoTokens.open(hsm.configWithSlot(Pkcs11Slot.id(hsm.slotId() ^ 0x5a5a5a)));

        assertCategory(token::activate, Category.UNAVAILABLE);
    }

    @Test
    void activate_slotListIndexBeyondList_unavailable() {
        CryptoToken token = CryptoTokens.open(hsm.configWithSlot(Pkcs11Slot.listIndex(10_000)));

        assertCategory(token::activate, Category.UNAVAILABLE);
    }

    @Test
    void activate_tokenLabel_unavailableNotSupported() {
        CryptoToken token = CryptoTokens.open(hsm.configWithSlot(Pkcs11Slot.label(hsm.label())));

        assertCategory(token::activate, Category.UNAVAILABLE);
    }

    @Test
    void activate_missingLibrary_unavailable() {
        TokenConfig config = TokenConfig.pkcs11("nolib", Path.of("/nonexistent/libpkcs11.so"),
                Pkcs11Slot.id(hsm.slotId()), hsm.pin());
        CryptoToken token = CryptoTokens.open(config);

        assertCategory(token::activate, Category.UNAVAILABLE);
        assertThat(token.status().active()).isFalse();
    }

    @Test
    void signer_afterClose_unavailable() {
        CryptoToken token = activated(hsm.config());
        token.generateKeyPair("k", KeySpec.EC_P256);
        token.close();

        assertCategory(() -> token.signer("k"), Category.UNAVAILABLE);
        assertThat(token.status().active()).isFalse();
    }

    @Test
    void activate_afterClose_usableAgain() {
        CryptoToken token = activated(hsm.config());
        token.generateKeyPair("k", KeySpec.EC_P256);
        token.close();

        token.activate();
        assertThat(Signatures.signAndVerify(token, "k", "m")).isTrue();
        token.close();
    }

    @Test
    void signer_keyGeneratedByAnotherInstance_foundWithoutReactivation() {
        try (CryptoToken first = activated(hsm.config("first"));
                CryptoToken second = activated(hsm.config("second"))) {
            assertThat(second.hasKey("shared")).isFalse();
            PublicKey generated = first.generateKeyPair("shared", KeySpec.EC_P256);

            assertThat(second.hasKey("shared")).isTrue();
            assertThat(second.publicKey("shared")).isEqualTo(generated);
            assertThat(Signatures.signAndVerify(second, "shared", "m")).isTrue();
        }
    }

    /**
     * Opens the token through a second, independent SunPKCS11 instance: the private key is a
     * token object whose value cannot be read (CKA_SENSITIVE true, CKA_EXTRACTABLE false, which
     * SunPKCS11 reports as "sensitive, unextractable").
     */
    private void assertNotExtractableSeenByAnotherProvider(String alias) throws Exception {
        String config = "--name=independent\nlibrary=" + hsm.library() + "\nslot=" + hsm.slotId() + "\n";
        AuthProvider provider = (AuthProvider) Security.getProvider("SunPKCS11").configure(config);
        provider.login(null, callbacks -> ((PasswordCallback) callbacks[0]).setPassword(hsm.pin()));
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, null);
            Key privateKey = store.getKey(alias, null);
            assertThat(privateKey).isNotNull();
            assertThat(privateKey.getEncoded()).isNull();
            assertThat(privateKey.toString()).contains("token object", "sensitive", "unextractable")
                    .doesNotContain("not sensitive");
        } finally {
            provider.logout();
        }
    }

    private static void assertCategory(ThrowingCallable call, Category category) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(category));
    }
}
