package vn.govca.ca.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.govca.db.domain.RaScope;

class CredentialStampTest {

    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$"
            + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
    private static final String FINGERPRINT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void ofPasswordHash_sameHash_equalStamps() {
        assertThat(CredentialStamp.ofPasswordHash(HASH)).isEqualTo(CredentialStamp.ofPasswordHash(HASH));
    }

    @Test
    void ofPasswordHash_samePasswordHashedAgain_differentStamp() {
        char[] password = "mật-khẩu-đủ-dài-2026".toCharArray();

        assertThat(CredentialStamp.ofPasswordHash(PasswordHash.hash(password)))
                .as("a new salt: a reset to the same password is still a new credential")
                .isNotEqualTo(CredentialStamp.ofPasswordHash(PasswordHash.hash(password)));
    }

    @Test
    void stamps_passwordAndCertificateOfSameText_differ() {
        assertThat(CredentialStamp.ofPasswordHash(FINGERPRINT))
                .isNotEqualTo(CredentialStamp.ofCertificateFingerprint(FINGERPRINT));
    }

    @Test
    void stamps_noCredential_null() {
        assertThat(CredentialStamp.ofPasswordHash(null)).isNull();
        assertThat(CredentialStamp.ofCertificateFingerprint(null)).isNull();
    }

    @Test
    void value_anyCredential_128BitsBase64UrlWithoutTheHash() {
        String value = CredentialStamp.ofPasswordHash(HASH).value();

        assertThat(value).matches("[A-Za-z0-9_-]{22}");
        assertThat(HASH).doesNotContain(value);
    }

    @Test
    void constructor_notAStamp_refused() {
        assertThatThrownBy(() -> new CredentialStamp("short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CredentialStamp(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void principal_differentStampsOnly_notEqual() {
        Principal before = new Principal(3, "vanhanh", Role.CA_OPERATOR, "password", RaScope.everywhere(),
                CredentialStamp.ofPasswordHash(HASH));
        Principal after = new Principal(3, "vanhanh", Role.CA_OPERATOR, "password", RaScope.everywhere(),
                CredentialStamp.ofPasswordHash(HASH + "x"));

        assertThat(before).isNotEqualTo(after);
        assertThat(before).isEqualTo(new Principal(3, "vanhanh", Role.CA_OPERATOR, "password",
                RaScope.everywhere(), CredentialStamp.ofPasswordHash(HASH)));
    }
}
