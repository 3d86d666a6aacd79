package vn.govca.ocsp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.PublicKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.domain.token.CryptoTokens;
import vn.govca.pki.domain.token.TokenConfig;

class TokenResponderCredentialsTest {

    @TempDir
    Path dir;

    private CryptoToken token;

    @BeforeEach
    void open() {
        token = CryptoTokens.open(TokenConfig.soft("ocsp", dir.resolve("ocsp.p12"), "test-only-pw".toCharArray()));
        token.activate();
    }

    @AfterEach
    void close() {
        token.close();
    }

    @Test
    void ensureKey_calledTwice_generatesOnce() {
        PublicKey first = TokenResponderCredentials.ensureKey(token, "responder", KeySpec.EC_P256);
        PublicKey second = TokenResponderCredentials.ensureKey(token, "responder", KeySpec.EC_P256);

        assertThat(second).isEqualTo(first);
        assertThat(token.aliases()).containsExactly("responder");
    }

    @Test
    void credential_missingKey_notFound() {
        var cert = OcspTestPki.create().responderCertificate.holder();

        assertThatThrownBy(() -> TokenResponderCredentials.credential(token, "absent", cert))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.NOT_FOUND));
    }

    @Test
    void credential_certificateForAnotherKey_policyViolation() {
        TokenResponderCredentials.ensureKey(token, "responder", KeySpec.EC_P256);
        var certForOtherKey = OcspTestPki.create().responderCertificate.holder();

        assertThatThrownBy(() -> TokenResponderCredentials.credential(token, "responder", certForOtherKey))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.POLICY_VIOLATION));
    }
}
