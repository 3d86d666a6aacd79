package vn.govca.ca.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * Argon2id hashes in PHC form (RFC 9106). Each hash costs ~19 MiB and tens of milliseconds, so the
 * tests hash only where the test is about hashing; malformed-input tests never reach the KDF.
 */
class PasswordHashTest {

    private static final String PASSWORD = "correct horse battery staple";
    /** A well-formed PHC string with a 16-byte salt and a 32-byte hash (values irrelevant). */
    private static final String SALT = "c2FsdHNhbHRzYWx0c2FsdA";
    private static final String DIGEST = "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

    @Test
    void hash_validPassword_verifiesTrue() {
        String phc = PasswordHash.hash(PASSWORD.toCharArray());

        assertThat(phc).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(PasswordHash.verify(PASSWORD.toCharArray(), phc)).isTrue();
    }

    @Test
    void verify_wrongPassword_false() {
        String phc = PasswordHash.hash(PASSWORD.toCharArray());

        assertThat(PasswordHash.verify("correct horse battery stapLe".toCharArray(), phc)).isFalse();
        assertThat(PasswordHash.verify(new char[0], phc)).isFalse();
    }

    @Test
    void hash_samePasswordTwice_differentSaltsBothVerify() {
        String first = PasswordHash.hash(PASSWORD.toCharArray());
        String second = PasswordHash.hash(PASSWORD.toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(salt(first)).isNotEqualTo(salt(second));
        assertThat(PasswordHash.verify(PASSWORD.toCharArray(), second)).isTrue();
    }

    @Test
    void hash_vietnamesePassword_verifiesTrue() {
        String password = Normalizer.normalize("Mật khẩu của Bộ Nội vụ năm 2025", Normalizer.Form.NFC);
        String phc = PasswordHash.hash(password.toCharArray());

        assertThat(PasswordHash.verify(password.toCharArray(), phc)).isTrue();
        assertThat(PasswordHash.verify("Mat khau cua Bo Noi vu nam 2025".toCharArray(), phc)).isFalse();
    }

    @Test
    void hash_supplementaryCharacters_verifiesTrue() {
        String password = "khóa 🔑 bí mật 𠀀 chữ Nôm";
        String phc = PasswordHash.hash(password.toCharArray());

        assertThat(PasswordHash.verify(password.toCharArray(), phc)).isTrue();
    }

    @Test
    void hash_elevenCharacters_policyViolation() {
        assertThatThrownBy(() -> PasswordHash.hash("abcdefghijk".toCharArray()))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void hash_emptyPassword_policyViolation() {
        assertThatThrownBy(() -> PasswordHash.hash(new char[0]))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void hash_twelveCharacters_accepted() {
        String phc = PasswordHash.hash("abcdefghijkl".toCharArray());

        assertThat(PasswordHash.verify("abcdefghijkl".toCharArray(), phc)).isTrue();
    }

    @Test
    void hash_overMaximumLength_policyViolation() {
        char[] tooLong = filled(PasswordHash.MAX_PASSWORD_CHARS + 1);

        assertThatThrownBy(() -> PasswordHash.hash(tooLong))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void verify_overMaximumLength_falseWithoutHashing() {
        String phc = "$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$" + DIGEST;

        assertThat(PasswordHash.verify(filled(PasswordHash.MAX_PASSWORD_CHARS + 1), phc)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "",
        "not a hash",
        "$$$$$",
        "$argon2id$v=19$m=19456,t=2,p=1$" + SALT,
        "$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$",
        "$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$" + DIGEST + "$extra",
        "x$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$" + DIGEST,
        "$argon2i$v=19$m=19456,t=2,p=1$" + SALT + "$" + DIGEST,
        "$argon2d$v=19$m=19456,t=2,p=1$" + SALT + "$" + DIGEST,
        "$bcrypt$v=19$m=19456,t=2,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=16$m=19456,t=2,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=abc,t=2,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=,t=2,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=19456,t=2,p=1,x=3$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m19456,t=2,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=99999999999,t=2,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=-1,t=2,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=19456,t=0,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=19456,t=2,p=0$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=19456,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=19456,t=2$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$t=2,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=2147483647,t=2,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=19456,t=2147483647,p=1$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=19456,t=2,p=16777215$" + SALT + "$" + DIGEST,
        "$argon2id$v=19$m=19456,t=2,p=1$!!not base64!!$" + DIGEST,
        "$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$%%%%",
        "$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$A",
        "$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$AAAA",
        "$argon2id$v=19$m=19456,t=2,p=1$AAAA$" + DIGEST,
    })
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // absurd t/m must not be derived
    void verify_malformedPhc_falseWithoutException(String phc) {
        assertThat(PasswordHash.verify(PASSWORD.toCharArray(), phc)).isFalse();
    }

    private static String salt(String phc) {
        return phc.split("\\$")[4];
    }

    private static char[] filled(int length) {
        char[] chars = new char[length];
        Arrays.fill(chars, 'a');
        return chars;
    }
}
