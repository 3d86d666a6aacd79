package vn.govca.ca.domain.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.EmailAddress;

class DeviceDetailsTest {

    @Test
    void validate_hostNamesWithMixedSeparators_allParsedLowerCase() {
        DeviceDetails d = DeviceDetails.validate(new DeviceDetails.Form("Cổng dịch vụ công",
                "DichVuCong.sonla.gov.vn; www.dichvucong.sonla.gov.vn,api.sonla.gov.vn\nra.sonla.gov.vn",
                "cntt@sonla.gov.vn")).value();

        assertThat(d.hostNames()).extracting(DnsName::value).containsExactly("dichvucong.sonla.gov.vn",
                "www.dichvucong.sonla.gov.vn", "api.sonla.gov.vn", "ra.sonla.gov.vn");
        assertThat(d.kind()).isEqualTo(SubscriberKind.DEVICE);
    }

    @Test
    void validate_twentyHostNames_accepted() {
        assertThat(DeviceDetails.validate(form(hosts(20))).value().hostNames()).hasSize(20);
    }

    @Test
    void validate_twentyOneHostNames_policy() {
        assertOnlyError(form(hosts(21)), "hostNames", Category.POLICY_VIOLATION);
    }

    @Test
    void validate_duplicateHostNameDifferentCase_policy() {
        assertOnlyError(form("a.sonla.gov.vn A.SONLA.gov.vn"), "hostNames", Category.POLICY_VIOLATION);
    }

    @Test
    void validate_wildcardHostName_malformed() {
        assertOnlyError(form("*.sonla.gov.vn"), "hostNames", Category.MALFORMED);
    }

    @Test
    void validate_noHostNames_malformed() {
        assertOnlyError(form(" ; "), "hostNames", Category.MALFORMED);
    }

    @Test
    void new_emptyHostList_malformed() {
        assertThatThrownBy(() -> new DeviceDetails("Máy chủ", List.of(), new EmailAddress("a@b.vn")))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void new_duplicateHosts_policy() {
        assertThatThrownBy(() -> new DeviceDetails("Máy chủ", List.of(new DnsName("a.vn"), new DnsName("A.vn")),
                new EmailAddress("a@b.vn")))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    private static DeviceDetails.Form form(String hosts) {
        return new DeviceDetails.Form("Cổng dịch vụ công", hosts, "cntt@sonla.gov.vn");
    }

    private static String hosts(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "h" + i + ".sonla.gov.vn").collect(Collectors.joining(" "));
    }

    private static void assertOnlyError(DeviceDetails.Form form, String field, Category category) {
        assertThat(DeviceDetails.validate(form).errors().list()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.category()).isEqualTo(category);
            assertThat(e.message()).startsWith(field);
        });
    }
}
