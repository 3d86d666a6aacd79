package vn.govca.ca.interfaces.faces.ra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.govca.db.domain.KeyDeviceEventKind;
import vn.govca.db.domain.KeyDeviceKind;
import vn.govca.db.domain.ProvinceKind;

/**
 * The registry pages' texts ({@code reg}) exist in Vietnamese and English for every key the pages
 * name literally or compose from an enum.
 */
class RegistryBundleTest {

    private static final List<String> PAGES = List.of("/META-INF/resources/ra/provinces.xhtml",
            "/META-INF/resources/ra/subscribers/devices.xhtml", "/META-INF/resources/ra/users.xhtml",
            "/META-INF/resources/ra/requests/new.xhtml", "/META-INF/resources/ra/requests/detail.xhtml",
            "/META-INF/resources/ra/subscribers/list.xhtml", "/META-INF/resources/ra/templates/layout.xhtml");
    private static final Pattern LITERAL_KEY = Pattern.compile("reg\\['([A-Za-z0-9_.]+)'\\]");

    private static Properties bundle(String language) throws IOException {
        String path = "/" + RegistryMessages.BUNDLE.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = RegistryBundleTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static String page(String path) throws IOException {
        try (InputStream in = RegistryBundleTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bundles_viAndEn_sameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("vi").stringPropertyNames());
    }

    @Test
    void bundles_everyKeyOfThePagesAndEveryComposedKey_presentAndNotBlank() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String path : PAGES) {
            Matcher m = LITERAL_KEY.matcher(page(path));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).as("literal reg keys in the pages").contains("prov.title", "dev.title", "usr.disable",
                "dev.history");
        for (KeyDeviceKind k : KeyDeviceKind.values()) {
            keys.add("devKind." + k);
        }
        for (KeyDeviceEventKind k : KeyDeviceEventKind.values()) {
            keys.add("devEvent." + k);
        }
        for (ProvinceKind k : ProvinceKind.values()) {
            keys.add("provKind." + k);
        }
        keys.addAll(List.of("prov.saved", "dev.registered", "dev.returned", "dev.handedOver", "usr.roleChanged",
                "usr.passwordReset", "usr.disabled", "usr.enabled"));
        for (String language : List.of("vi", "en")) {
            Properties p = bundle(language);
            assertThat(keys).allSatisfy(k -> assertThat(p.getProperty(k)).as(language + " " + k).isNotBlank());
        }
    }
}
