package vn.govca.ca.application.ra.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class CsvFormatTest {

    private static List<CsvRecord> parse(String text) throws IOException {
        return parse(text, new CsvFormat(100, 10));
    }

    private static List<CsvRecord> parse(String text, CsvFormat format) throws IOException {
        CsvFormat.Parser parser = format.parser(new StringReader(text));
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = parser.next(); r != null; r = parser.next()) {
            records.add(r);
        }
        return records;
    }

    private static List<List<String>> fields(String text) throws IOException {
        return parse(text).stream().map(CsvRecord::fields).toList();
    }

    @Test
    void next_plainCrlfRecords_fields() throws IOException {
        assertThat(fields("a,b,c\r\n1,2,3\r\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void next_lfAndBareCrAndNoFinalBreak_sameRecords() throws IOException {
        assertThat(fields("a,b\n1,2\r3,4")).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
    }

    @Test
    void next_quotedDelimiterAndDoubledQuotes_unquoted() throws IOException {
        assertThat(fields("x,y\r\n\"Số 5, Tô Hiệu\",\"Cơ quan \"\"A\"\"\"\r\n"))
                .containsExactly(List.of("x", "y"), List.of("Số 5, Tô Hiệu", "Cơ quan \"A\""));
    }

    @Test
    void next_quotedLineBreaks_keptAndLinesCounted() throws IOException {
        List<CsvRecord> records = parse("h1,h2\r\n\"dòng 1\r\ndòng 2\ndòng 3\",b\r\nc,d\r\n");

        assertThat(records.get(1).fields()).containsExactly("dòng 1\r\ndòng 2\ndòng 3", "b");
        assertThat(records.get(1).number()).isEqualTo(2);
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).number()).isEqualTo(3);
        assertThat(records.get(2).line()).isEqualTo(5);
    }

    @Test
    void next_emptyFieldsAndTrailingDelimiter_emptyStrings() throws IOException {
        assertThat(fields("a,,\r\n,\"\",x\r\n")).containsExactly(List.of("a", "", ""), List.of("", "", "x"));
    }

    @Test
    void next_blankLine_oneEmptyFieldRecordThatIsBlank() throws IOException {
        List<CsvRecord> records = parse("a,b\r\n\r\n1,2\r\n");

        assertThat(records).hasSize(3);
        assertThat(records.get(1).isBlank()).isTrue();
        assertThat(records.get(2).fields()).containsExactly("1", "2");
    }

    @Test
    void next_semicolonHeader_semicolonDelimiter() throws IOException {
        CsvFormat.Parser parser = new CsvFormat(100, 10).parser(new StringReader("a;b\r\n\"x;y\";1,5\r\n"));

        assertThat(parser.next().fields()).containsExactly("a", "b");
        assertThat(parser.next().fields()).containsExactly("x;y", "1,5");
        assertThat(parser.delimiter()).isEqualTo(';');
    }

    @Test
    void next_commaHeader_semicolonIsData() throws IOException {
        assertThat(fields("a,b\r\nx;y,z\r\n").get(1)).containsExactly("x;y", "z");
    }

    @Test
    void next_emptyInput_null() throws IOException {
        assertThat(parse("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b\r\n\"open,x\r\n", "a,b\r\nab\"c,d\r\n", "a,b\r\n\"ab\"c,d\r\n", "\"a\" ,b\r\n"})
    void next_brokenQuoting_malformed(String text) {
        assertThatThrownBy(() -> parse(text)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void next_fieldOverLimit_tooLarge() {
        assertThatThrownBy(() -> parse("a,b\r\n" + "x".repeat(101) + ",y\r\n")).isInstanceOfSatisfying(
                GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.TOO_LARGE));
    }

    @Test
    void next_unterminatedHugeQuotedField_tooLargeNotUnbounded() {
        assertThatThrownBy(() -> parse("a\r\n\"" + "x".repeat(10_000))).isInstanceOfSatisfying(
                GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.TOO_LARGE));
    }

    @Test
    void next_tooManyFields_tooLarge() {
        assertThatThrownBy(() -> parse(",".repeat(10) + "\r\n")).isInstanceOfSatisfying(
                GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.TOO_LARGE));
    }

    @Test
    void next_fieldAtLimit_accepted() throws IOException {
        assertThat(fields("\"" + "đ".repeat(100) + "\"").get(0).get(0)).hasSize(100);
    }

    @Test
    void writeRecord_specialCharacters_roundTrips() throws IOException {
        List<String> original = List.of("plain", "a,b", "a;b", "say \"hi\"", "two\r\nlines", " padded ", "", "Đặng");
        StringBuilder out = new StringBuilder();

        CsvFormat.writeRecord(out, original);

        assertThat(out.toString()).endsWith("\r\n").startsWith("plain,\"a,b\",\"a;b\",\"say \"\"hi\"\"\"");
        assertThat(fields(out.toString())).containsExactly(original);
    }
}
