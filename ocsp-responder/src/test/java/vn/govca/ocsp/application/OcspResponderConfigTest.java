package vn.govca.ocsp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.govca.ocsp.domain.NeverIssuedPolicy;
import vn.govca.pki.domain.GovCaException;

class OcspResponderConfigTest {

    private static void assertMalformed(Runnable r) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }

    @Test
    void fromProperties_empty_documentedDefaults() {
        OcspResponderConfig c = OcspResponderConfig.fromProperties(new Properties());

        assertThat(c).isEqualTo(OcspResponderConfig.defaults());
        assertThat(c.responseValidity()).isEqualTo(Duration.ofHours(4));
        assertThat(c.refreshBefore()).isEqualTo(Duration.ofHours(1));
        assertThat(c.httpMaxAge()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.maxRequestBytes()).isEqualTo(65536);
        assertThat(c.maxCertIdsPerRequest()).isEqualTo(10);
        assertThat(c.maxNonceOctets()).isEqualTo(32);
        assertThat(c.neverIssued()).isEqualTo(NeverIssuedPolicy.UNKNOWN);
        assertThat(c.requestSignature()).isEqualTo(RequestSignaturePolicy.IGNORE);
    }

    @Test
    void fromProperties_allKeys_read() {
        Properties p = new Properties();
        p.setProperty("govca.ocsp.responseValidityMinutes", "60");
        p.setProperty("govca.ocsp.refreshBeforeMinutes", "15");
        p.setProperty("govca.ocsp.httpMaxAgeSeconds", "30");
        p.setProperty("govca.ocsp.maxRequestBytes", "4096");
        p.setProperty("govca.ocsp.maxCertIdsPerRequest", "4");
        p.setProperty("govca.ocsp.maxNonceOctets", "64");
        p.setProperty("govca.ocsp.neverIssued", "revoked");
        p.setProperty("govca.ocsp.requestSignature", "REQUIRE");
        p.setProperty("govca.ocsp.cacheEntries", "500");
        p.setProperty("govca.ocsp.neverIssuedCacheEntries", "50");
        p.setProperty("govca.other", "not ours");

        OcspResponderConfig c = OcspResponderConfig.fromProperties(p);

        assertThat(c).isEqualTo(new OcspResponderConfig(Duration.ofMinutes(60), Duration.ofMinutes(15),
                Duration.ofSeconds(30), 4096, 4, 64, NeverIssuedPolicy.REVOKED, RequestSignaturePolicy.REQUIRE, 500, 50));
    }

    @Test
    void fromProperties_badValues_malformed() {
        for (String[] kv : new String[][] {{"govca.ocsp.maxRequestBytes", "70000"},
                {"govca.ocsp.maxNonceOctets", "16"}, {"govca.ocsp.neverIssued", "good"},
                {"govca.ocsp.refreshBeforeMinutes", "240"}, {"govca.ocsp.cacheEntries", "lots"},
                {"govca.ocsp.cacheEntries", "99999999999999"}, {"govca.ocsp.responseValidityMinutes", "-1"},
                {"govca.ocsp.maxCertIdPerRequest", "5"}}) {
            Properties p = new Properties();
            p.setProperty(kv[0], kv[1]);

            assertMalformed(() -> OcspResponderConfig.fromProperties(p));
        }
    }

    @Test
    void builder_maxAgeBeyondValidity_malformed() {
        assertMalformed(() -> OcspResponderConfig.builder().responseValidity(Duration.ofMinutes(10))
                .refreshBefore(Duration.ofMinutes(5)).httpMaxAge(Duration.ofMinutes(11)).build());
    }
}
