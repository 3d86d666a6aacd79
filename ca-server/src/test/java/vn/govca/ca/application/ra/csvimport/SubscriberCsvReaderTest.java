package vn.govca.ca.application.ra.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.govca.ca.application.ra.csvimport.ImportFiles.TODAY;
import static vn.govca.ca.application.ra.csvimport.ImportFiles.device;
import static vn.govca.ca.application.ra.csvimport.ImportFiles.individual;
import static vn.govca.ca.application.ra.csvimport.ImportFiles.organization;
import static vn.govca.ca.application.ra.csvimport.ImportFiles.with;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.govca.ca.domain.subscriber.IndividualDetails;
import vn.govca.ca.domain.subscriber.SubscriberKind;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class SubscriberCsvReaderTest {

    private static ImportReport read(byte[] bytes) throws IOException {
        return read(bytes, ImportLimits.DEFAULT, RowCheck.NONE);
    }

    private static ImportReport read(byte[] bytes, ImportLimits limits, RowCheck check) throws IOException {
        return new SubscriberCsvReader(limits, check).read(new ByteArrayInputStream(bytes), TODAY);
    }

    private static void assertRefused(ThrowingCallable call, Category category) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(category));
    }

    @Test
    void read_oneRowOfEachKind_typedRows() throws IOException {
        ImportReport report = read(ImportFiles.withHeader().row(individual(1)).row(organization()).row(device())
                .bytes());

        assertThat(report.accepted()).isTrue();
        assertThat(report.dataRows()).isEqualTo(3);
        assertThat(report.rows()).extracting(ImportRow::lineNumber).containsExactly(2, 3, 4);
        ImportRow first = report.rows().get(0);
        assertThat(first.kind()).isEqualTo(SubscriberKind.INDIVIDUAL);
        assertThat(first.agencyId()).isEqualTo("17");
        assertThat(first.profile()).isEqualTo("personal");
        assertThat(first.recipient()).isEqualTo("Lò Văn Minh");
        IndividualDetails person = (IndividualDetails) first.details();
        assertThat(person.mobile().value()).isEqualTo("0987654321");
        assertThat(person.position()).isEqualTo("Phó Chánh Văn phòng, Sở Nội vụ");
    }

    @Test
    void read_byteOrderMark_accepted() throws IOException {
        byte[] body = ImportFiles.withHeader().row(individual(1)).bytes();
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(read(withBom).rows()).hasSize(1);
    }

    @Test
    void read_semicolonDelimitedFromExcel_accepted() throws IOException {
        String text = ImportFiles.withHeader().row(individual(1)).row(organization()).text();
        String semicolons = text.replace("\"Phó Chánh Văn phòng, Sở Nội vụ\"", "Phó Chánh Văn phòng - Sở Nội vụ")
                .replace(",", ";");

        assertThat(read(semicolons.getBytes(StandardCharsets.UTF_8)).rows()).hasSize(2);
    }

    @Test
    void read_windows1258File_malformed() {
        byte[] ansi = ImportFiles.withHeader().row(individual(1)).text().getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(() -> read(ansi), Category.MALFORMED);
    }

    @Test
    void read_missingColumns_malformed() {
        byte[] bytes = (ImportFiles.headerWithout(ImportColumn.PROFILE, ImportColumn.RECIPIENT)).getBytes(
                StandardCharsets.UTF_8);

        assertRefused(() -> read(bytes), Category.MALFORMED);
    }

    @Test
    void read_individualRowWithoutIndividualColumns_malformed() {
        StringBuilder text = new StringBuilder(ImportFiles.headerWithout(ImportColumn.MOBILE));
        CsvFormat.writeRecord(text, ImportFiles.COLUMNS.stream().filter(c -> c != ImportColumn.MOBILE)
                .map(c -> individual(1).getOrDefault(c, "")).toList());

        assertRefused(() -> read(text.toString().getBytes(StandardCharsets.UTF_8)), Category.MALFORMED);
    }

    @Test
    void read_organizationOnlyFileWithoutIndividualColumns_accepted() throws IOException {
        String text = "loai_thue_bao,ma_co_quan,mau_chung_thu,nguoi_nhan,email,ten_to_chuc,dia_chi,ma_so_thue\r\n"
                + "tổ chức,17,organization,Lò Văn Minh,snv@sonla.gov.vn,Sở Nội vụ,Sơn La,0100109106\r\n";

        assertThat(read(text.getBytes(StandardCharsets.UTF_8)).rows()).hasSize(1);
    }

    @Test
    void read_emptyFile_malformed() {
        assertRefused(() -> read(new byte[0]), Category.MALFORMED);
    }

    @Test
    void read_headerOnly_malformed() {
        assertRefused(() -> read(ImportFiles.withHeader().bytes()), Category.MALFORMED);
    }

    @Test
    void read_10001Rows_tooLarge() {
        ImportFiles file = ImportFiles.withHeader();
        for (int i = 1; i <= 10_001; i++) {
            file.row(individual(i));
        }

        assertRefused(() -> read(file.bytes()), Category.TOO_LARGE);
    }

    @Test
    void read_10000ValidRows_allAccepted() throws IOException {
        ImportFiles file = ImportFiles.withHeader();
        for (int i = 1; i <= 10_000; i++) {
            file.row(individual(i));
        }

        ImportReport report = read(file.bytes());

        assertThat(report.errors()).isEmpty();
        assertThat(report.rows()).hasSize(10_000);
    }

    @Test
    void read_configuredRowLimit_tooLarge() {
        byte[] bytes = ImportFiles.withHeader().row(individual(1)).row(individual(2)).row(individual(3)).bytes();

        assertRefused(() -> read(bytes, new ImportLimits(1_000_000, 2, 1000), RowCheck.NONE), Category.TOO_LARGE);
    }

    @Test
    void read_fileOverByteLimit_tooLarge() {
        ImportFiles file = ImportFiles.withHeader();
        for (int i = 1; i <= 100; i++) {
            file.row(individual(i));
        }

        assertRefused(() -> read(file.bytes(), new ImportLimits(10_000, 10_000, 1000), RowCheck.NONE),
                Category.TOO_LARGE);
    }

    @Test
    void read_200RowsThreeBad_exactlyThreeRowErrorsAndNoRows() throws IOException {
        ImportFiles file = ImportFiles.withHeader();
        for (int i = 1; i <= 200; i++) {
            if (i == 17) {
                file.row(with(individual(i), ImportColumn.MOBILE, "0123"));
            } else if (i == 120) {
                file.row(with(individual(i), ImportColumn.DATE_OF_BIRTH, "31/02/1980"));
            } else if (i == 199) {
                file.row(with(individual(i), ImportColumn.EMAIL, "không phải email"));
            } else {
                file.row(individual(i));
            }
        }

        ImportReport report = read(file.bytes());

        assertThat(report.accepted()).isFalse();
        assertThat(report.rows()).isEmpty();
        assertThat(report.dataRows()).isEqualTo(200);
        assertThat(report.errors()).extracting(RowError::lineNumber).containsExactly(18, 121, 200);
        assertThat(report.errors()).extracting(RowError::column).containsExactly("dien_thoai", "ngay_sinh", "email");
        assertThat(report.rejectedLines()).containsExactly(18, 121, 200);
    }

    @Test
    void read_sameCitizenIdTwiceInOneAgency_laterRowRefused() throws IOException {
        ImportReport report = read(ImportFiles.withHeader().row(individual(1)).row(individual(2))
                .row(with(individual(3), ImportColumn.ID_NUMBER, individual(1).get(ImportColumn.ID_NUMBER))).bytes());

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.lineNumber()).isEqualTo(4);
            assertThat(e.column()).isEqualTo("so_giay_to");
        });
    }

    @Test
    void read_sameCitizenIdInTwoAgencies_accepted() throws IOException {
        ImportReport report = read(ImportFiles.withHeader().row(individual(1))
                .row(with(individual(1), ImportColumn.AGENCY, "18")).bytes());

        assertThat(report.rows()).hasSize(2);
    }

    @Test
    void read_columnOfAnotherKindFilled_rowError() throws IOException {
        ImportReport report = read(ImportFiles.withHeader()
                .row(with(individual(1), ImportColumn.TAX_CODE, "0100109106")).bytes());

        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.column()).isEqualTo("ma_so_thue"));
    }

    @Test
    void read_rowWithManyBadFields_oneErrorPerField() throws IOException {
        ImportReport report = read(ImportFiles.withHeader().row(with(with(with(individual(1), ImportColumn.KIND,
                "cá nhân"), ImportColumn.ID_NUMBER, "14185000001"), ImportColumn.PROFILE, "Hồ sơ")).bytes());

        assertThat(report.errors()).extracting(RowError::column).containsExactly("mau_chung_thu", "so_giay_to");
    }

    @Test
    void read_unknownKind_rowErrorOnKind() throws IOException {
        ImportReport report = read(ImportFiles.withHeader().row(with(individual(1), ImportColumn.KIND, "người"))
                .bytes());

        assertThat(report.errors()).extracting(RowError::column).containsExactly("loai_thue_bao");
    }

    @Test
    void read_rowWithTooFewFields_rowError() throws IOException {
        ImportReport report = read(ImportFiles.withHeader().raw("cá nhân,17,personal\r\n").row(individual(2))
                .bytes());

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.lineNumber()).isEqualTo(2);
            assertThat(e.column()).isEmpty();
        });
    }

    @Test
    void read_blankRowsFromSpreadsheet_skipped() throws IOException {
        ImportReport report = read(ImportFiles.withHeader().row(individual(1)).raw(",,,,\r\n\r\n").row(individual(2))
                .bytes());

        assertThat(report.rows()).extracting(ImportRow::lineNumber).containsExactly(2, 5);
        assertThat(report.dataRows()).isEqualTo(2);
    }

    @Test
    void read_brokenQuoting_malformed() {
        byte[] bytes = ImportFiles.withHeader().raw("\"cá nhân,17\r\n").bytes();

        assertRefused(() -> read(bytes), Category.MALFORMED);
    }

    @Test
    void read_rowCheckProblems_reportedWithColumn() throws IOException {
        RowCheck agencies = row -> row.agencyId().equals("17") ? List.of()
                : List.of(new RowCheck.Problem(ImportColumn.AGENCY, "agency " + row.agencyId() + " is not yours"));

        ImportReport report = read(ImportFiles.withHeader().row(individual(1))
                .row(with(individual(2), ImportColumn.AGENCY, "99")).bytes(), ImportLimits.DEFAULT, agencies);

        assertThat(report.rows()).isEmpty();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.lineNumber()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("ma_co_quan");
            assertThat(e.value()).isEqualTo("99");
        });
    }
}
