package vn.govca.pki.domain.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class AltNameValuesTest {

    @Test
    void dnsName_upperCase_storedLowerCase() {
        assertThat(new DnsName("DVC.HaNoi.GOV.vn").value()).isEqualTo("dvc.hanoi.gov.vn");
        assertThat(new DnsName("localhost").value()).isEqualTo("localhost");
        assertThat(new DnsName(java.net.IDN.toASCII("hànội.vn")).value()).startsWith("xn--");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*.gov.vn", "-a.vn", "a-.vn", "a..vn", "a.vn.", "hà-nội.vn", "10.0.0.1",
        "a_b.vn", "a b.vn"})
    void dnsName_invalid_malformed(String value) {
        assertThatThrownBy(() -> new DnsName(value)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void dnsName_labelTooLong_malformed() {
        assertThatThrownBy(() -> new DnsName("a".repeat(64) + ".vn")).isInstanceOf(GovCaException.class);
        assertThat(new DnsName("a".repeat(63) + ".vn").value()).hasSize(66);
    }

    @Test
    void emailAddress_domainLowerCased_localKept() {
        assertThat(new EmailAddress("Pham.Van.A@BCY.GOV.VN").value()).isEqualTo("Pham.Van.A@bcy.gov.vn");
        assertThat(new EmailAddress("a+b@mof.gov.vn").domain()).isEqualTo("mof.gov.vn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "@x.vn", "a@", "a@localhost", "a..b@x.vn", ".a@x.vn", "a b@x.vn",
        "phạm@x.vn", "a@x_y.vn"})
    void emailAddress_invalid_malformed(String value) {
        assertThatThrownBy(() -> new EmailAddress(value)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }
}
