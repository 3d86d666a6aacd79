package vn.govca.pki.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class KeyAliasTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "root-ca-2025", "ocsp_signer.1", "0"})
    void require_validAlias_returnsIt(String alias) {
        assertThat(KeyAlias.require(alias)).isEqualTo(alias);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RootCA", "-x", ".x", "a b", "ký", "a/b"})
    void require_invalidAlias_malformed(String alias) {
        assertThatThrownBy(() -> KeyAlias.require(alias)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void require_tooLong_malformed() {
        assertThatThrownBy(() -> KeyAlias.require("a".repeat(65))).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }
}
