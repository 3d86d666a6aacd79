package vn.govca.ca.domain.subscriber;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * A calendar date as people in Vietnam write it, day first: {@code dd/MM/yyyy} (also with
 * {@code -} or {@code .} and one-digit day or month, as Excel writes it), or ISO 8601
 * {@code yyyy-MM-dd} (what a date picker or another system sends). Never month-first: 03/04/2000
 * is the 3rd of April. Impossible dates such as 31/02/2000 are refused, not rolled over.
 */
public final class InputDate {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private InputDate() {
    }

    /**
     * Parses a date.
     *
     * @param field the field name for the message, e.g. {@code dateOfBirth}
     * @throws GovCaException MALFORMED if the text is not one of the formats or not a real date
     */
    public static LocalDate parse(String field, String text) {
        String value = text == null ? "" : text.strip();
        Matcher dayFirst = DAY_FIRST.matcher(value);
        Matcher iso = ISO.matcher(value);
        try {
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException e) {
            throw GovCaException.malformed(field + " " + SubscriberText.quote(value)
                    + " is not a real calendar date (" + e.getMessage() + ")", e);
        }
        throw GovCaException.malformed(field + " " + SubscriberText.quote(value)
                + " must be a date written dd/MM/yyyy (e.g. 25/12/1980) or yyyy-MM-dd");
    }
}
