package vn.govca.ca.application.ra.csvimport;

import java.util.List;
import java.util.Objects;

/**
 * One record of a CSV file (RFC 4180 §2).
 *
 * @param number the record's number, counting the header as 1: the row number a spreadsheet shows
 * @param line   the physical line where the record starts (differs from {@code number} when a
 *               quoted field holds line breaks)
 * @param fields the fields, unquoted, never empty (a blank line is one empty field)
 */
public record CsvRecord(int number, int line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    /** Whether every field is empty or blank: a spreadsheet's trailing empty row. */
    public boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
