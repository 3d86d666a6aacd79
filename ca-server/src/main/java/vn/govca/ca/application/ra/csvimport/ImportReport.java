package vn.govca.ca.application.ra.csvimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The outcome of reading an import file: either every row, valid, ready to be filed, or every
 * problem of every row and no rows at all. All or nothing: a manager fixes the file and uploads
 * it again rather than tracking which half was imported.
 */
public final class ImportReport {

    /** The header of the error report CSV (Vietnamese, then English). */
    static final List<String> REPORT_HEADER = List.of("dong (line)", "cot (column)", "gia_tri (value)",
            "loi (message)");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final int dataRows;
    private final List<ImportRow> rows;
    private final List<RowError> errors;

    ImportReport(int dataRows, List<ImportRow> rows, List<RowError> errors) {
        this.dataRows = dataRows;
        this.errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        this.rows = this.errors.isEmpty() ? List.copyOf(rows) : List.of();
    }

    /** Whether the file had no bad row, so that {@link #rows()} holds every row. */
    public boolean accepted() {
        return errors.isEmpty();
    }

    /** The number of data rows read (blank rows not counted). */
    public int dataRows() {
        return dataRows;
    }

    /** Every row in file order when {@link #accepted()}; empty otherwise. */
    public List<ImportRow> rows() {
        return rows;
    }

    /** Every problem, in file order. */
    public List<RowError> errors() {
        return errors;
    }

    /** The row numbers that have at least one problem, ascending. */
    public Set<Integer> rejectedLines() {
        return errors.stream().map(RowError::lineNumber).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The downloadable error report: CSV (RFC 4180) in UTF-8 with a byte-order mark, so that Excel
     * shows the Vietnamese text right, one line per problem: row number, column, value, message.
     * Values that a spreadsheet would run as a formula ({@code = + - @} first) are prefixed with
     * an apostrophe (CSV injection).
     */
    public byte[] errorReportCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            CsvFormat.writeRecord(writer, REPORT_HEADER);
            for (RowError e : errors) {
                CsvFormat.writeRecord(writer, List.of(Integer.toString(e.lineNumber()), e.column(),
                        inert(e.value()), inert(e.message())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
