package vn.govca.ca.application.ra.csvimport;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * CSV as RFC 4180 §2 defines it, read as a stream of records: fields separated by a delimiter,
 * records by CRLF (LF and a bare CR are accepted too), a field in double quotes may hold
 * delimiters, line breaks and doubled quotes. The delimiter is a comma, or a semicolon when the
 * header uses it first: Excel writes semicolons where the Windows list separator is {@code ;}.
 *
 * <p>Strict where leniency would import wrong data: a quote inside an unquoted field, text
 * after a closing quote and an unterminated quoted field are MALFORMED with the line number.
 * Fields longer than the limit and records with too many fields are TOO_LARGE, so a hostile
 * file cannot make the parser hold unbounded text.
 */
public final class CsvFormat {

    private final int maxFieldLength;
    private final int maxFields;

    /**
     * @param maxFieldLength the longest field accepted, in characters
     * @param maxFields      the most fields a record may have
     */
    public CsvFormat(int maxFieldLength, int maxFields) {
        if (maxFieldLength < 1 || maxFields < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxFieldLength = maxFieldLength;
        this.maxFields = maxFields;
    }

    /** Starts reading records from {@code reader}; the delimiter is detected from the first record. */
    public Parser parser(Reader reader) {
        return new Parser(reader);
    }

    /**
     * Writes one record with comma delimiters and a CRLF ending, quoting a field only when it
     * holds a delimiter, a quote, a line break or surrounding spaces.
     */
    public static void writeRecord(Appendable out, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quoteIfNeeded(fields.get(i) == null ? "" : fields.get(i)));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quoteIfNeeded(String field) {
        boolean needs = field.chars().anyMatch(c -> c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n')
                || !field.equals(field.strip());
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** Reads records one at a time; not thread-safe. */
    public final class Parser {

        private static final int END = -1;

        private final Reader reader;
        private final char[] buffer = new char[8192];
        private int position;
        private int limit;
        private int pushedBack = Integer.MIN_VALUE;
        private char delimiter;
        private int line = 1;
        private int number;

        private Parser(Reader reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
        }

        /** The delimiter in use: {@code ,} or {@code ;}; 0 before the first record is read. */
        public char delimiter() {
            return delimiter;
        }

        /**
         * Reads the next record.
         *
         * @return the record, or null at the end of the input
         * @throws GovCaException MALFORMED for broken quoting, TOO_LARGE for a field or record over the limits
         * @throws IOException    if the reader fails
         */
        public CsvRecord next() throws IOException {
            int c = read();
            if (c == END) {
                return null;
            }
            number++;
            int startLine = line;
            List<String> fields = new ArrayList<>();
            while (true) {
                StringBuilder field = new StringBuilder();
                c = c == '"' ? readQuoted(field, startLine) : readUnquoted(field, c);
                fields.add(field.toString());
                if (fields.size() > maxFields) {
                    throw new GovCaException(Category.TOO_LARGE, "line " + startLine + " has more than "
                            + maxFields + " fields");
                }
                if (c == delimiter && c != 0) {
                    c = read();
                    continue;
                }
                endOfRecord(c);
                if (delimiter == 0) {
                    delimiter = ',';
                }
                return new CsvRecord(number, startLine, fields);
            }
        }

        /** Reads an unquoted field starting with {@code c}; returns the character that ended it. */
        private int readUnquoted(StringBuilder field, int first) throws IOException {
            int c = first;
            while (c != END && c != '\r' && c != '\n' && !isDelimiter(c)) {
                if (c == '"') {
                    throw GovCaException.malformed("line " + line + ": a double quote inside an unquoted field;"
                            + " enclose the field in double quotes and write each quote twice");
                }
                append(field, c);
                c = read();
            }
            return c;
        }

        /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
        private int readQuoted(StringBuilder field, int startLine) throws IOException {
            int openedAt = line;
            while (true) {
                int c = read();
                if (c == END) {
                    throw GovCaException.malformed("line " + openedAt + ": a quoted field is never closed"
                            + " (record starting at line " + startLine + ")");
                }
                if (c == '"') {
                    int after = read();
                    if (after != '"') {
                        if (after != END && after != '\r' && after != '\n' && !isDelimiter(after)) {
                            throw GovCaException.malformed("line " + line + ": unexpected text after a closing"
                                    + " double quote; write a quote inside a quoted field as two quotes");
                        }
                        return after;
                    }
                }
                if (c == '\n' || c == '\r' && peek() != '\n') {
                    line++;
                }
                append(field, c);
            }
        }

        private void endOfRecord(int c) throws IOException {
            if (c == '\r') {
                if (peek() == '\n') {
                    read();
                }
                line++;
            } else if (c == '\n') {
                line++;
            }
        }

        /** Whether {@code c} is the delimiter; in the first record the first comma or semicolon fixes it. */
        private boolean isDelimiter(int c) {
            if (delimiter == 0 && number == 1 && (c == ',' || c == ';')) {
                delimiter = (char) c;
            }
            return c == delimiter && delimiter != 0;
        }

        private void append(StringBuilder field, int c) {
            if (field.length() >= maxFieldLength) {
                throw new GovCaException(Category.TOO_LARGE, "line " + line + ": a field is longer than "
                        + maxFieldLength + " characters");
            }
            field.append((char) c);
        }

        private int peek() throws IOException {
            if (pushedBack == Integer.MIN_VALUE) {
                pushedBack = readRaw();
            }
            return pushedBack;
        }

        private int read() throws IOException {
            if (pushedBack != Integer.MIN_VALUE) {
                int c = pushedBack;
                pushedBack = Integer.MIN_VALUE;
                return c;
            }
            return readRaw();
        }

        private int readRaw() throws IOException {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return END;
                }
            }
            return buffer[position++];
        }
    }
}
