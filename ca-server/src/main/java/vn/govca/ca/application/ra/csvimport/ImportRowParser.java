package vn.govca.ca.application.ra.csvimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.govca.ca.domain.subscriber.DeviceDetails;
import vn.govca.ca.domain.subscriber.FieldError;
import vn.govca.ca.domain.subscriber.FieldErrors;
import vn.govca.ca.domain.subscriber.IndividualDetails;
import vn.govca.ca.domain.subscriber.OrganizationDetails;
import vn.govca.ca.domain.subscriber.SubscriberDetails;
import vn.govca.ca.domain.subscriber.SubscriberKind;
import vn.govca.ca.domain.subscriber.SubscriberText;
import vn.govca.ca.domain.subscriber.Validation;
import vn.govca.pki.domain.GovCaException;

/**
 * Turns one data record into an {@link ImportRow} or its {@link RowError}s: the common columns
 * (kind, agency, profile, recipient), then the kind's details through the domain's own
 * validation, then the file-wide rule that one agency lists a person's identity document once,
 * then the caller's {@link RowCheck}. Keeps the state of one file; not thread-safe.
 */
final class ImportRowParser {

    private static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern PROFILE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+|[0-9.,]+E\\+?[0-9]+", Pattern.CASE_INSENSITIVE);
    private static final String EXCEL_HINT = " (if the file comes from Excel, format this column as Text so that"
            + " leading zeros and long numbers are kept)";

    private final ImportColumns columns;
    private final LocalDate today;
    private final RowCheck check;
    /** Agency + identity document → the row that first listed it. */
    private final Map<String, Integer> identities = new HashMap<>();

    ImportRowParser(ImportColumns columns, LocalDate today, RowCheck check) {
        this.columns = columns;
        this.today = today;
        this.check = check;
    }

    /** Parses a record; adds its problems to {@code errors} and returns null, or returns the row. */
    ImportRow parse(CsvRecord record, List<RowError> errors) {
        int line = record.number();
        List<String> fields = record.fields();
        List<RowError> found = new ArrayList<>();
        shape(line, fields, found);
        if (!found.isEmpty()) {
            errors.addAll(found);
            return null;
        }
        FieldErrors common = new FieldErrors();
        SubscriberKind kind = common.required(ImportColumn.KIND.header(), value(fields, ImportColumn.KIND),
                (f, v) -> SubscriberKind.fromLabel(v));
        String agency = common.required(ImportColumn.AGENCY.header(), value(fields, ImportColumn.AGENCY),
                ImportRowParser::agency);
        String profile = common.required(ImportColumn.PROFILE.header(), value(fields, ImportColumn.PROFILE),
                ImportRowParser::profile);
        String recipient = common.required(ImportColumn.RECIPIENT.header(), value(fields, ImportColumn.RECIPIENT),
                SubscriberText::name);
        for (FieldError e : common.list()) {
            found.add(new RowError(line, e.field(), e.value(), e.message()));
        }
        SubscriberDetails details = kind == null ? null : details(line, kind, fields, found);
        if (details != null && found.isEmpty()) {
            duplicate(line, agency, details, found);
        }
        if (!found.isEmpty()) {
            errors.addAll(found);
            return null;
        }
        ImportRow row = new ImportRow(line, kind, agency, profile, details, recipient);
        for (RowCheck.Problem p : check.check(row)) {
            found.add(new RowError(line, p.column().header(), value(fields, p.column()), p.message()));
        }
        errors.addAll(found);
        return found.isEmpty() ? row : null;
    }

    /** The record must have as many fields as the header; nothing may stand under an empty header. */
    private void shape(int line, List<String> fields, List<RowError> found) {
        if (fields.size() < columns.width()) {
            found.add(new RowError(line, "", "", "row has " + fields.size() + " fields, the header has "
                    + columns.width() + "; check for a missing delimiter or an unclosed quote"));
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).isBlank() && !isKnownPosition(i)) {
                found.add(new RowError(line, "", fields.get(i), "field " + (i + 1) + " has a value but no"
                        + " column header; remove it or add the column"));
            }
        }
    }

    private boolean isKnownPosition(int i) {
        for (ImportColumn c : ImportColumn.values()) {
            if (columns.position(c) == i) {
                return true;
            }
        }
        return false;
    }

    private SubscriberDetails details(int line, SubscriberKind kind, List<String> fields, List<RowError> found) {
        List<ImportColumn> missing = columns.missingFor(kind);
        if (!missing.isEmpty()) {
            throw GovCaException.malformed("row " + line + " is a " + kind.vietnamese() + " (" + kind
                    + ") row, but the header lacks the columns it needs: "
                    + String.join(", ", missing.stream().map(ImportColumn::header).toList())
                    + ". Start from the template file.");
        }
        for (ImportColumn c : ImportColumn.values()) {
            if (!c.appliesTo(kind) && !value(fields, c).isEmpty()) {
                found.add(new RowError(line, c.header(), value(fields, c), c.header() + " does not apply to "
                        + kind.vietnamese() + " (" + kind.name().toLowerCase(Locale.ROOT) + ") rows; leave it empty"));
            }
        }
        Validation<? extends SubscriberDetails> result = validate(kind, fields);
        for (FieldError e : result.errors().list()) {
            ImportColumn column = column(kind, e.field());
            String message = e.message() + (hintsExcel(column, e.value()) ? EXCEL_HINT : "");
            found.add(new RowError(line, column.header(), e.value(), message));
        }
        return result.value();
    }

    private Validation<? extends SubscriberDetails> validate(SubscriberKind kind, List<String> f) {
        return switch (kind) {
            case INDIVIDUAL -> IndividualDetails.validate(new IndividualDetails.Form(
                    value(f, ImportColumn.FULL_NAME), value(f, ImportColumn.DATE_OF_BIRTH),
                    value(f, ImportColumn.ID_TYPE), value(f, ImportColumn.ID_NUMBER),
                    value(f, ImportColumn.ID_ISSUE_DATE), value(f, ImportColumn.ID_ISSUE_PLACE),
                    value(f, ImportColumn.EMAIL), value(f, ImportColumn.MOBILE), value(f, ImportColumn.POSITION)),
                    today);
            case ORGANIZATION -> OrganizationDetails.validate(new OrganizationDetails.Form(
                    value(f, ImportColumn.ORGANIZATION_NAME), value(f, ImportColumn.ADDRESS),
                    value(f, ImportColumn.TAX_CODE), value(f, ImportColumn.BUDGET_CODE), value(f, ImportColumn.EMAIL)));
            case DEVICE -> DeviceDetails.validate(new DeviceDetails.Form(value(f, ImportColumn.DEVICE_NAME),
                    value(f, ImportColumn.HOST_NAMES), value(f, ImportColumn.EMAIL)));
        };
    }

    /** One agency lists a person's identity document once: a later row repeating it is refused. */
    private void duplicate(int line, String agency, SubscriberDetails details, List<RowError> found) {
        if (!(details instanceof IndividualDetails person)) {
            return;
        }
        String key = agency + "\n" + person.identifier().uidValue();
        Integer first = identities.putIfAbsent(key, line);
        if (first != null) {
            found.add(new RowError(line, ImportColumn.ID_NUMBER.header(), person.idNumber(), "idNumber "
                    + person.identifier().uidValue() + " is already listed for agency " + agency + " on row "
                    + first + "; each person appears once per agency"));
        }
    }

    private static ImportColumn column(SubscriberKind kind, String field) {
        for (ImportColumn c : ImportColumn.values()) {
            if (c.appliesTo(kind) && field.equals(c.field())) {
                return c;
            }
        }
        throw new IllegalStateException("no column for field " + field + " of " + kind);
    }

    private static boolean hintsExcel(ImportColumn column, String value) {
        boolean numeric = column == ImportColumn.ID_NUMBER || column == ImportColumn.MOBILE
                || column == ImportColumn.TAX_CODE || column == ImportColumn.BUDGET_CODE;
        return numeric && DIGITS.matcher(value.strip()).matches();
    }

    private String value(List<String> fields, ImportColumn column) {
        return columns.value(fields, column);
    }

    private static String agency(String field, String value) {
        if (!AGENCY.matcher(value).matches()) {
            throw GovCaException.malformed(field + " " + SubscriberText.quote(value) + " must be an agency id"
                    + " or code of 1-64 letters, digits, '.', '_' or '-', e.g. 17 or 000.00.00.H53");
        }
        return value;
    }

    private static String profile(String field, String value) {
        String name = value.toLowerCase(Locale.ROOT);
        if (!PROFILE.matcher(name).matches()) {
            throw GovCaException.malformed(field + " " + SubscriberText.quote(value) + " must be a certificate"
                    + " profile name of 1-63 letters, digits or '-', e.g. personal");
        }
        return name;
    }
}
