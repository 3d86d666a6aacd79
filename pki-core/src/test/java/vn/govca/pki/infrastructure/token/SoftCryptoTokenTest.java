package vn.govca.pki.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.domain.token.CryptoTokens;
import vn.govca.pki.domain.token.TokenConfig;

class SoftCryptoTokenTest {

    @TempDir
    Path dir;

    private TokenConfig config(String password) {
        return TokenConfig.soft("dev", dir.resolve("keys/dev.p12"), password.toCharArray());
    }

    private CryptoToken activated(String password) {
        CryptoToken token = CryptoTokens.open(config(password));
        token.activate();
        return token;
    }

    @Test
    void activate_missingFile_createsOwnerOnlyEmptyStore() throws IOException {
        try (CryptoToken token = activated("pw")) {
            assertThat(token).isInstanceOf(SoftCryptoToken.class);
            assertThat(token.aliases()).isEmpty();
        }
        Path file = dir.resolve("keys/dev.p12");
        assertThat(file).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @ParameterizedTest
    @EnumSource(KeySpec.class)
    void generateKeyPair_eachSpec_signatureVerifies(KeySpec spec) {
        try (CryptoToken token = activated("pw")) {
            PublicKey publicKey = token.generateKeyPair("k", spec);

            assertThat(KeySpec.of(publicKey)).isEqualTo(spec);
            assertThat(token.publicKey("k")).isEqualTo(publicKey);
            assertThat(Signatures.signAndVerify(token, "k", "to be signed")).isTrue();
        }
    }

    @Test
    void activate_reopened_keysSurviveAndSign() {
        PublicKey rsa;
        PublicKey ec;
        try (CryptoToken token = activated("pw")) {
            rsa = token.generateKeyPair("rsa", KeySpec.RSA_2048);
            ec = token.generateKeyPair("ec", KeySpec.EC_P256);
        }
        try (CryptoToken reopened = activated("pw")) {
            assertThat(reopened.aliases()).containsExactly("ec", "rsa");
            assertThat(reopened.publicKey("rsa")).isEqualTo(rsa);
            assertThat(reopened.publicKey("ec")).isEqualTo(ec);
            assertThat(Signatures.signAndVerify(reopened, "rsa", "m")).isTrue();
            assertThat(Signatures.signAndVerify(reopened, "ec", "m")).isTrue();
            assertThat(reopened.signsInProcess()).isTrue();
        }
    }

    @Test
    void activate_wrongPassword_unavailableAndStatusSaysWhy() {
        activated("right-pw-7781").close();
        CryptoToken token = CryptoTokens.open(config("wrong-pw-1234"));

        assertCategory(token::activate, Category.UNAVAILABLE);
        assertThat(token.status().active()).isFalse();
        assertThat(token.status().reason()).doesNotContain("wrong-pw-1234").doesNotContain("right-pw-7781");
        assertCategory(token::aliases, Category.UNAVAILABLE);
    }

    @Test
    void activate_corruptFile_unavailable() throws IOException {
        Files.createDirectories(dir.resolve("keys"));
        Files.write(dir.resolve("keys/dev.p12"), new byte[] {0x30, 0x03, 0x02, 0x01});
        CryptoToken token = CryptoTokens.open(config("pw"));

        assertCategory(token::activate, Category.UNAVAILABLE);
    }

    @Test
    void activate_twice_isNoOp() {
        try (CryptoToken token = activated("pw")) {
            token.generateKeyPair("k", KeySpec.EC_P256);
            token.activate();
            assertThat(token.hasKey("k")).isTrue();
        }
    }

    @Test
    void activate_afterClose_usableAgain() {
        CryptoToken token = activated("pw");
        token.generateKeyPair("k", KeySpec.EC_P256);
        token.close();
        assertCategory(() -> token.signer("k"), Category.UNAVAILABLE);

        token.activate();
        assertThat(Signatures.signAndVerify(token, "k", "m")).isTrue();
        token.close();
    }

    @Test
    void generateKeyPair_existingAlias_conflict() {
        try (CryptoToken token = activated("pw")) {
            token.generateKeyPair("k", KeySpec.EC_P256);
            assertCategory(() -> token.generateKeyPair("k", KeySpec.EC_P384), Category.CONFLICT);
        }
    }

    @Test
    void generateKeyPair_upperCaseAlias_malformed() {
        try (CryptoToken token = activated("pw")) {
            assertCategory(() -> token.generateKeyPair("RootCA", KeySpec.EC_P256), Category.MALFORMED);
        }
    }

    @Test
    void publicKeyAndSigner_unknownAlias_notFound() {
        try (CryptoToken token = activated("pw")) {
            assertThat(token.hasKey("nope")).isFalse();
            assertCategory(() -> token.publicKey("nope"), Category.NOT_FOUND);
            assertCategory(() -> token.signer("nope"), Category.NOT_FOUND);
            assertCategory(() -> token.deleteKey("nope"), Category.NOT_FOUND);
        }
    }

    @ParameterizedTest
    @CsvSource({"RSA_2048, SHA384withRSA", "RSA_2048, SHA512withRSA", "RSA_2048, SHA256withRSAandMGF1",
        "EC_P256, SHA384withECDSA", "EC_P384, SHA512withECDSA"})
    void signer_explicitAlgorithm_signatureVerifies(KeySpec spec, String algorithm) {
        try (CryptoToken token = activated("pw")) {
            token.generateKeyPair("k", spec);
            assertThat(Signatures.signAndVerify(token.signer("k", algorithm), token.publicKey("k"), "m")).isTrue();
        }
    }

    @Test
    void signer_everySignatureAlgorithmMatchingKey_signatureVerifies() {
        try (CryptoToken token = activated("pw")) {
            Signatures.assertEveryMatchingAlgorithmSigns(token);
        }
    }

    @ParameterizedTest
    @CsvSource({"RSA_2048, SHA256withECDSA", "EC_P256, SHA256withRSA", "RSA_2048, SHA1withRSA",
        "EC_P256, SHA1withECDSA", "EC_P256, NOSUCHwithECDSA"})
    void signer_unfitOrWeakAlgorithm_policyViolation(KeySpec spec, String algorithm) {
        try (CryptoToken token = activated("pw")) {
            token.generateKeyPair("k", spec);
            assertCategory(() -> token.signer("k", algorithm), Category.POLICY_VIOLATION);
        }
    }

    @Test
    void deleteKey_existing_goneAlsoAfterReopen() {
        try (CryptoToken token = activated("pw")) {
            token.generateKeyPair("keep", KeySpec.EC_P256);
            token.generateKeyPair("drop", KeySpec.EC_P256);
            token.deleteKey("drop");
            assertThat(token.aliases()).containsExactly("keep");
        }
        try (CryptoToken reopened = activated("pw")) {
            assertThat(reopened.aliases()).containsExactly("keep");
        }
    }

    @Test
    void generateKeyPair_storeCannotBeReplaced_unavailableAndNoKey() throws IOException {
        try (CryptoToken token = activated("pw")) {
            Path file = dir.resolve("keys/dev.p12");
            Files.delete(file);
            Files.createDirectories(file.resolve("blocker"));

            assertCategory(() -> token.generateKeyPair("k", KeySpec.EC_P256), Category.UNAVAILABLE);
            assertThat(token.hasKey("k")).isFalse();
            try (var files = Files.list(file.getParent())) {
                assertThat(files).containsExactly(file);
            }
        }
    }

    private static void assertCategory(ThrowingCallable call, Category category) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(category));
    }
}
