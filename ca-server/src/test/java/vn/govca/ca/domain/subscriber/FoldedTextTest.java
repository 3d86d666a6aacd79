package vn.govca.ca.domain.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldedTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Họ tên|ho_ten",
        "HO_TEN|ho_ten",
        " ho-ten |ho_ten",
        "Số giấy tờ|so_giay_to",
        "Đơn vị|don_vi",
        "Mã QHNS|ma_qhns",
        "Cá nhân|ca_nhan",
        "e-mail|e_mail",
        "--|''"})
    void fold_labels_asciiKey(String label, String key) {
        assertThat(FoldedText.fold(label)).isEqualTo(key);
    }
}
