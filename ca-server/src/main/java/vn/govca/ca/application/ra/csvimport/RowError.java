package vn.govca.ca.application.ra.csvimport;

import java.util.Objects;

/**
 * One problem of one row of an import file, as the downloadable error report lists it.
 *
 * @param lineNumber the row number a spreadsheet shows (the header is row 1)
 * @param column     the column header (e.g. {@code dien_thoai}), or "" for a problem of the whole row
 * @param value      the value as given, or ""
 * @param message    what is wrong, naming the field, the value and the rule
 */
public record RowError(int lineNumber, String column, String value, String message) {

    public RowError {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
        value = value == null ? "" : value;
    }
}
