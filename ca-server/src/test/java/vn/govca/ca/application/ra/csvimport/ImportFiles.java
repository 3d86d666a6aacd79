package vn.govca.ca.application.ra.csvimport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds import files for the tests: the template's column order, valid rows and edits of them. */
final class ImportFiles {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final List<ImportColumn> COLUMNS = List.of(ImportColumn.values());

    private final StringBuilder text = new StringBuilder();

    private ImportFiles() {
    }

    /** A file starting with the template's header row. */
    static ImportFiles withHeader() {
        ImportFiles f = new ImportFiles();
        f.line(COLUMNS.stream().map(ImportColumn::header).toList());
        return f;
    }

    /** A valid individual row, unique per {@code n} (citizen ID, e-mail). */
    static Map<ImportColumn, String> individual(int n) {
        Map<ImportColumn, String> row = new EnumMap<>(ImportColumn.class);
        row.put(ImportColumn.KIND, "cá nhân");
        row.put(ImportColumn.AGENCY, "17");
        row.put(ImportColumn.PROFILE, "personal");
        row.put(ImportColumn.RECIPIENT, "Lò Văn Minh");
        row.put(ImportColumn.EMAIL, "canbo" + n + "@sonla.gov.vn");
        row.put(ImportColumn.FULL_NAME, "Trần Thị Ánh " + n);
        row.put(ImportColumn.DATE_OF_BIRTH, "20/11/1985");
        row.put(ImportColumn.ID_TYPE, "CCCD");
        row.put(ImportColumn.ID_NUMBER, String.format("014185%06d", n));
        row.put(ImportColumn.ID_ISSUE_DATE, "2021-04-05");
        row.put(ImportColumn.ID_ISSUE_PLACE, "Cục Cảnh sát QLHC về TTXH");
        row.put(ImportColumn.MOBILE, "0987 654 321");
        row.put(ImportColumn.POSITION, "Phó Chánh Văn phòng, Sở Nội vụ");
        return row;
    }

    static Map<ImportColumn, String> organization() {
        Map<ImportColumn, String> row = new EnumMap<>(ImportColumn.class);
        row.put(ImportColumn.KIND, "tổ chức");
        row.put(ImportColumn.AGENCY, "17");
        row.put(ImportColumn.PROFILE, "organization");
        row.put(ImportColumn.RECIPIENT, "Lò Văn Minh");
        row.put(ImportColumn.EMAIL, "snv@sonla.gov.vn");
        row.put(ImportColumn.ORGANIZATION_NAME, "Sở Nội vụ tỉnh Sơn La");
        row.put(ImportColumn.ADDRESS, "Phường Tô Hiệu, tỉnh Sơn La");
        row.put(ImportColumn.TAX_CODE, "0100109106");
        return row;
    }

    static Map<ImportColumn, String> device() {
        Map<ImportColumn, String> row = new EnumMap<>(ImportColumn.class);
        row.put(ImportColumn.KIND, "thiết bị");
        row.put(ImportColumn.AGENCY, "17");
        row.put(ImportColumn.PROFILE, "tls-server");
        row.put(ImportColumn.RECIPIENT, "Lò Văn Minh");
        row.put(ImportColumn.EMAIL, "cntt@sonla.gov.vn");
        row.put(ImportColumn.DEVICE_NAME, "Hệ thống quản lý văn bản");
        row.put(ImportColumn.HOST_NAMES, "qlvb.sonla.gov.vn");
        return row;
    }

    /** {@code row} with one column changed. */
    static Map<ImportColumn, String> with(Map<ImportColumn, String> row, ImportColumn column, String value) {
        Map<ImportColumn, String> copy = new EnumMap<>(row);
        copy.put(column, value);
        return copy;
    }

    ImportFiles row(Map<ImportColumn, String> row) {
        return line(COLUMNS.stream().map(c -> row.getOrDefault(c, "")).toList());
    }

    ImportFiles line(List<String> fields) {
        CsvFormat.writeRecord(text, fields);
        return this;
    }

    ImportFiles raw(String line) {
        text.append(line);
        return this;
    }

    String text() {
        return text.toString();
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The header row with some columns left out. */
    static String headerWithout(ImportColumn... left) {
        List<ImportColumn> out = Arrays.asList(left);
        List<String> names = new ArrayList<>();
        for (ImportColumn c : COLUMNS) {
            if (!out.contains(c)) {
                names.add(c.header());
            }
        }
        return String.join(",", names) + "\r\n";
    }
}
