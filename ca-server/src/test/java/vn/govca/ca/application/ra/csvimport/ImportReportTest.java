package vn.govca.ca.application.ra.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void errorReportCsv_errors_bomHeaderAndOneLinePerError() throws IOException {
        ImportReport report = new ImportReport(3, List.of(), List.of(
                new RowError(2, "dien_thoai", "0123", "mobile \"0123\" must be a Vietnamese mobile number"),
                new RowError(4, "ho_ten", "Nguyễn, Văn\nA", "fullName must not contain control characters")));

        byte[] csv = report.errorReportCsv();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> lines = parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(ImportReport.REPORT_HEADER);
        assertThat(lines.get(1)).containsExactly("2", "dien_thoai", "0123",
                "mobile \"0123\" must be a Vietnamese mobile number");
        assertThat(lines.get(2)).containsExactly("4", "ho_ten", "Nguyễn, Văn\nA",
                "fullName must not contain control characters");
    }

    @Test
    void errorReportCsv_formulaLikeValue_neutralized() throws IOException {
        ImportReport report = new ImportReport(1, List.of(), List.of(
                new RowError(2, "ho_ten", "=HYPERLINK(\"http://x\")", "fullName bad")));

        byte[] csv = report.errorReportCsv();

        List<List<String>> lines = parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        assertThat(lines.get(1).get(2)).startsWith("'=");
    }

    @Test
    void new_withErrors_noRowsAndNotAccepted() {
        ImportReport report = new ImportReport(1, List.of(), List.of(new RowError(2, "", "", "bad")));

        assertThat(report.accepted()).isFalse();
        assertThat(report.rows()).isEmpty();
    }

    private static List<List<String>> parse(String text) throws IOException {
        CsvFormat.Parser parser = new CsvFormat(1000, 10).parser(new StringReader(text));
        List<List<String>> lines = new ArrayList<>();
        for (CsvRecord r = parser.next(); r != null; r = parser.next()) {
            lines.add(r.fields());
        }
        return lines;
    }
}
