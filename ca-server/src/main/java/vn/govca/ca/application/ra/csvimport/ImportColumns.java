package vn.govca.ca.application.ra.csvimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.govca.ca.domain.subscriber.FoldedText;
import vn.govca.ca.domain.subscriber.SubscriberKind;
import vn.govca.pki.domain.GovCaException;

/**
 * The header row of an import file, resolved to {@link ImportColumn}s: where each column is.
 * Refuses the file as a whole (MALFORMED, one message listing every problem) when a header is
 * unknown or repeated or a column every row needs is missing, because row-by-row errors would
 * then repeat the same problem on every line. Empty header cells (a spreadsheet's trailing
 * columns) are ignored.
 */
public final class ImportColumns {

    private final Map<ImportColumn, Integer> index;
    private final int width;

    private ImportColumns(Map<ImportColumn, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    /**
     * Resolves a header row.
     *
     * @throws GovCaException MALFORMED listing unknown, repeated and missing columns
     */
    public static ImportColumns resolve(List<String> header) {
        Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String folded = FoldedText.fold(name);
            if (folded.isEmpty()) {
                continue;
            }
            Optional<ImportColumn> column = Arrays.stream(ImportColumn.values()).filter(c -> c.matches(folded))
                    .findFirst();
            if (column.isEmpty()) {
                unknown.add("\"" + name.strip() + "\"");
            } else if (index.putIfAbsent(column.get(), i) != null) {
                repeated.add(column.get().header());
            }
        }
        List<String> missing = Arrays.stream(ImportColumn.values())
                .filter(c -> c.alwaysRequired() && !index.containsKey(c)).map(ImportColumn::header).toList();
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing required columns: " + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            problems.add("unknown columns: " + String.join(", ", unknown) + " (accepted: " + accepted() + ")");
        }
        if (!repeated.isEmpty()) {
            problems.add("columns given twice: " + String.join(", ", repeated));
        }
        if (!problems.isEmpty()) {
            throw GovCaException.malformed("the header row (line 1) is not valid: " + String.join("; ", problems)
                    + ". Start from the template file.");
        }
        return new ImportColumns(index, header.size());
    }

    /** Whether the header has the column. */
    public boolean has(ImportColumn column) {
        return index.containsKey(column);
    }

    /** The number of fields in the header row. */
    public int width() {
        return width;
    }

    /** The column's position in a record (0-based), or -1 if the header does not have it. */
    public int position(ImportColumn column) {
        return index.getOrDefault(column, -1);
    }

    /** The stripped value of {@code column} in {@code fields}, or "" if the header lacks it. */
    public String value(List<String> fields, ImportColumn column) {
        Integer i = index.get(column);
        return i == null || i >= fields.size() ? "" : fields.get(i).strip();
    }

    /** The columns a row of {@code kind} needs that the header lacks, empty if none. */
    public List<ImportColumn> missingFor(SubscriberKind kind) {
        return Arrays.stream(ImportColumn.values()).filter(c -> c.requiredFor(kind) && !has(c)).toList();
    }

    private static String accepted() {
        return Arrays.stream(ImportColumn.values()).map(ImportColumn::header).collect(Collectors.joining(", "));
    }
}
