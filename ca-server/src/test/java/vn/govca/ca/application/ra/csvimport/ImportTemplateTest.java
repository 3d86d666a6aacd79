package vn.govca.ca.application.ra.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.govca.ca.domain.subscriber.DeviceDetails;
import vn.govca.ca.domain.subscriber.IndividualDetails;
import vn.govca.ca.domain.subscriber.OrganizationDetails;
import vn.govca.ca.domain.subscriber.SubscriberKind;

class ImportTemplateTest {

    @Test
    void bytes_utf8WithBomAndVietnameseHeader() {
        byte[] bytes = ImportTemplate.bytes();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("loai_thue_bao,ma_co_quan,mau_chung_thu,nguoi_nhan,email,ho_ten,")
                .contains("Nguyễn Thị Hương", "Sở Tài chính tỉnh Sơn La", "Cổng dịch vụ công tỉnh Sơn La");
    }

    @Test
    void bytes_importedAsIs_zeroErrorsOneRowPerKind() throws IOException {
        ImportReport report = new SubscriberCsvReader(ImportLimits.DEFAULT, RowCheck.NONE)
                .read(new ByteArrayInputStream(ImportTemplate.bytes()), ImportFiles.TODAY);

        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(report.rows()).extracting(ImportRow::kind).containsExactly(SubscriberKind.INDIVIDUAL,
                SubscriberKind.ORGANIZATION, SubscriberKind.DEVICE);
        assertThat(report.rows().get(0).details()).isInstanceOf(IndividualDetails.class);
        assertThat(((OrganizationDetails) report.rows().get(1).details()).address())
                .isEqualTo("Số 5, đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La");
        assertThat(((DeviceDetails) report.rows().get(2).details()).hostNames()).hasSize(2);
        assertThat(report.rows()).extracting(ImportRow::agencyId).containsOnly(ImportTemplate.DEFAULT_AGENCY);
    }

    @Test
    void bytes_givenAgency_examplesNameIt() throws IOException {
        ImportReport report = new SubscriberCsvReader(ImportLimits.DEFAULT, RowCheck.NONE)
                .read(new ByteArrayInputStream(ImportTemplate.bytes("42")), ImportFiles.TODAY);

        assertThat(report.rows()).extracting(ImportRow::agencyId).containsOnly("42");
    }
}
