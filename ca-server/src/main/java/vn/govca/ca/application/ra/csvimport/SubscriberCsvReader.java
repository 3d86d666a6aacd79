package vn.govca.ca.application.ra.csvimport;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * Reads a bulk-import file of subscribers with new-issuance requests (issue 4): strict UTF-8,
 * CSV per RFC 4180, a header row naming the columns (Vietnamese or English, see
 * {@link ImportColumn}), one subscriber per row. Every row is validated, all problems are
 * collected, and the outcome is all or nothing: an {@link ImportReport} with every row when none
 * is bad, otherwise with every problem and no rows.
 *
 * <p>Problems of the file as a whole stop the reading with a {@link GovCaException}: not UTF-8,
 * broken quoting (MALFORMED), a bad header (MALFORMED), a file, field or row count over the
 * {@link ImportLimits} (TOO_LARGE), no data row (MALFORMED). The file is streamed: memory holds
 * the valid rows and the errors, never the file's text.
 */
public final class SubscriberCsvReader {

    /** More fields than the columns that exist, so that a few empty trailing cells are tolerated. */
    private static final int MAX_FIELDS = ImportColumn.values().length + 30;

    private final ImportLimits limits;
    private final RowCheck check;

    /**
     * @param limits size limits of one file
     * @param check  the caller's checks on each otherwise valid row, or {@link RowCheck#NONE}
     */
    public SubscriberCsvReader(ImportLimits limits, RowCheck check) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.check = Objects.requireNonNull(check, "check");
    }

    /**
     * Reads and validates a file. Does not close {@code in}.
     *
     * @param in    the uploaded bytes
     * @param today the filing day, for the age and issue-date rules
     * @throws GovCaException MALFORMED or TOO_LARGE for a problem of the whole file
     * @throws IOException    if reading the stream fails
     */
    public ImportReport read(InputStream in, LocalDate today) throws IOException {
        Objects.requireNonNull(today, "today");
        StrictUtf8Reader text = new StrictUtf8Reader(in, limits.maxBytes());
        CsvFormat.Parser parser = new CsvFormat(limits.maxFieldLength(), MAX_FIELDS).parser(text);
        CsvRecord header = parser.next();
        while (header != null && header.isBlank()) {
            header = parser.next();
        }
        if (header == null) {
            throw GovCaException.malformed("the file is empty; it needs a header row and at least one data row"
                    + " (download the template)");
        }
        ImportRowParser rows = new ImportRowParser(ImportColumns.resolve(header.fields()), today, check);
        List<ImportRow> valid = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int count = 0;
        for (CsvRecord record = parser.next(); record != null; record = parser.next()) {
            if (record.isBlank()) {
                continue;
            }
            if (++count > limits.maxRows()) {
                throw new GovCaException(Category.TOO_LARGE, "the file has more than " + limits.maxRows()
                        + " data rows; split it into files of at most " + limits.maxRows() + " rows");
            }
            ImportRow row = rows.parse(record, errors);
            if (row != null && errors.isEmpty()) {
                valid.add(row);
            }
        }
        if (count == 0) {
            throw GovCaException.malformed("the file has a header row but no data rows");
        }
        return new ImportReport(count, valid, errors);
    }
}
