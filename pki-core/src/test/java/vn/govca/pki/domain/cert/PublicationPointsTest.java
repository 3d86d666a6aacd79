package vn.govca.pki.domain.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class PublicationPointsTest {

    @Test
    void urls_fromBaseAndCaName() {
        PublicationPoints p = new PublicationPoints(URI.create("http://ca.gov.vn/pki/"), "nha-nuoc-g2", true);
        assertThat(p.crlUrl()).hasToString("http://ca.gov.vn/pki/crl/nha-nuoc-g2.crl");
        assertThat(p.deltaCrlUrl()).hasToString("http://ca.gov.vn/pki/crl/nha-nuoc-g2-delta.crl");
        assertThat(p.ocspUrl()).hasToString("http://ca.gov.vn/pki/ocsp");
        assertThat(p.caIssuersUrl()).hasToString("http://ca.gov.vn/pki/ca/nha-nuoc-g2.crt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://ca.gov.vn", "/relative", "http://ca.gov.vn/?q=1", "http://ca.gov.vn/#x", "mailto:a@b.vn"})
    void constructor_badBaseUrl_malformed(String url) {
        assertThatThrownBy(() -> new PublicationPoints(URI.create(url), "ca", false))
                .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "../x", "ca g2", "-ca"})
    void constructor_badCaName_malformed(String name) {
        assertThatThrownBy(() -> new PublicationPoints(URI.create("http://ca.gov.vn"), name, false))
                .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }
}
