package vn.govca.pki.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileDefinitionsTest {

    @Test
    void definitions_noOverrides_oneParsableTextPerBundledProfile() {
        Map<String, String> defs = ProfileLoader.definitions(null);

        assertThat(defs.keySet()).containsExactlyElementsOf(ProfileLoader.BUNDLED);
        defs.forEach((name, json) -> assertThat(ProfileLoader.parse(name + ".json", json).name()).isEqualTo(name));
    }

    @Test
    void definitions_overrideDirectory_replacesTextOfThatProfile(@TempDir Path dir) throws IOException {
        String personal = ProfileLoader.definitions(null).get("personal")
                .replace("\"maxValidityDays\": 1826", "\"maxValidityDays\": 730");
        Files.writeString(dir.resolve("personal.json"), personal);

        Map<String, String> defs = ProfileLoader.definitions(dir);

        assertThat(defs.get("personal")).isEqualTo(personal);
        assertThat(ProfileLoader.bundledWithOverrides(dir).get("personal").maxValidityDays()).isEqualTo(730);
    }
}
