package vn.govca.ca.application.ra.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.govca.ca.domain.subscriber.SubscriberKind;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class ImportColumnsTest {

    @Test
    void resolve_templateHeaders_everyColumn() {
        ImportColumns columns = ImportColumns.resolve(ImportFiles.COLUMNS.stream().map(ImportColumn::header).toList());

        assertThat(ImportFiles.COLUMNS).allMatch(columns::has);
        assertThat(columns.position(ImportColumn.FULL_NAME)).isEqualTo(ImportColumn.FULL_NAME.ordinal());
    }

    @Test
    void resolve_accentedAndEnglishHeaders_matched() {
        ImportColumns columns = ImportColumns.resolve(List.of("Loại thuê bao", "Agency ID", "PROFILE", "Người nhận",
                "E-mail", "Họ và tên", "date of birth", "Số CCCD", " "));

        assertThat(columns.has(ImportColumn.KIND)).isTrue();
        assertThat(columns.has(ImportColumn.AGENCY)).isTrue();
        assertThat(columns.has(ImportColumn.FULL_NAME)).isTrue();
        assertThat(columns.has(ImportColumn.DATE_OF_BIRTH)).isTrue();
        assertThat(columns.position(ImportColumn.ID_NUMBER)).isEqualTo(7);
        assertThat(columns.missingFor(SubscriberKind.INDIVIDUAL)).containsExactly(ImportColumn.ID_TYPE,
                ImportColumn.ID_ISSUE_DATE, ImportColumn.ID_ISSUE_PLACE, ImportColumn.MOBILE);
        assertThat(columns.width()).isEqualTo(9);
    }

    @Test
    void resolve_missingRequiredColumns_oneMalformedErrorListingThem() {
        assertThatThrownBy(() -> ImportColumns.resolve(List.of("loai_thue_bao", "ho_ten", "email")))
                .isInstanceOfSatisfying(GovCaException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.MALFORMED);
                    assertThat(e.getMessage()).contains("ma_co_quan", "mau_chung_thu", "nguoi_nhan");
                });
    }

    @Test
    void resolve_unknownColumn_malformed() {
        assertThatThrownBy(() -> ImportColumns.resolve(List.of("loai_thue_bao", "ma_co_quan", "mau_chung_thu",
                "nguoi_nhan", "email", "so_thich")))
                .isInstanceOfSatisfying(GovCaException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.MALFORMED);
                    assertThat(e.getMessage()).contains("so_thich");
                });
    }

    @Test
    void resolve_sameColumnTwice_malformed() {
        assertThatThrownBy(() -> ImportColumns.resolve(List.of("loai_thue_bao", "ma_co_quan", "mau_chung_thu",
                "nguoi_nhan", "email", "Email")))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }
}
