package vn.govca.ca.interfaces.faces.ra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.govca.ca.domain.ra.Decree68Reason;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.RaRequestType;

/** The workflow pages' texts exist in Vietnamese and English for every key the pages compose. */
class WorkflowBundleTest {

    private static Properties bundle(String language) throws IOException {
        String path = "/" + WorkflowMessages.BUNDLE.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = WorkflowBundleTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void bundles_viAndEn_sameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("vi").stringPropertyNames());
    }

    @Test
    void bundles_everyComposedKey_present() throws IOException {
        List<String> keys = new ArrayList<>();
        for (RaRequestType t : RaRequestType.values()) {
            keys.add("type." + t);
            keys.add("new.title." + t);
            keys.add("new.hint." + t);
            keys.add("new.note." + t);
            if (t.needsTargetCertificate()) {
                keys.add("new.noCertificate." + t);
            }
        }
        for (Decree68Reason r : Decree68Reason.values()) {
            keys.add("reason." + r);
        }
        for (CertificateStatus s : CertificateStatus.values()) {
            keys.add("certStatus." + s);
        }
        Properties vi = bundle("vi");
        assertThat(keys).allSatisfy(k -> assertThat(vi.getProperty(k)).as(k).isNotBlank());
    }
}
