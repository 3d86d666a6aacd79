package vn.govca.ca.domain.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class SubscriberKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cá nhân|INDIVIDUAL", "Ca nhan|INDIVIDUAL", "CA_NHAN|INDIVIDUAL", "individual|INDIVIDUAL",
        "tổ chức|ORGANIZATION", "Cơ quan|ORGANIZATION", "ORGANIZATION|ORGANIZATION",
        "thiết bị|DEVICE", "Dịch vụ|DEVICE", "device|DEVICE"})
    void fromLabel_knownLabels_kind(String label, SubscriberKind kind) {
        assertThat(SubscriberKind.fromLabel(label)).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "người", "org", "1"})
    void fromLabel_unknown_malformed(String label) {
        assertThatThrownBy(() -> SubscriberKind.fromLabel(label))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }
}
