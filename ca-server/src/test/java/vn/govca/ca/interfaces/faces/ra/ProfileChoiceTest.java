package vn.govca.ca.interfaces.faces.ra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.profile.CertificateProfile;
import vn.govca.pki.domain.profile.ProfileLoader;

class ProfileChoiceTest {

    private static final CertificateProfile PERSONAL = ProfileLoader.bundled().get("personal");

    @Test
    void of_vietnameseReader_vietnameseDescriptionAndName() {
        ProfileChoice c = ProfileChoice.of(PERSONAL, Locale.forLanguageTag("vi"));
        assertThat(c.name()).isEqualTo("personal");
        assertThat(c.label()).isEqualTo(PERSONAL.description().vi() + " (personal)").contains("Chứng thư số cá nhân");
    }

    @Test
    void of_englishReader_englishDescription() {
        assertThat(ProfileChoice.of(PERSONAL, Locale.ENGLISH).label())
                .isEqualTo(PERSONAL.description().en() + " (personal)");
    }
}
