package vn.govca.db.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which subject text is stored for search and in which a search term is compared:
 * Unicode-decomposed, diacritics removed, đ/Đ turned into d, lower case, runs of white space
 * made one space. "Phạm Văn Đức" and "pham van duc" fold to the same text, so an operator can
 * search without a Vietnamese keyboard, and the result is the same on H2 (case-sensitive) and
 * MariaDB (utf8mb4_unicode_ci).
 */
public final class SearchText {

    /** Length of the {@code subject_search} column. */
    public static final int MAX_LENGTH = 512;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** Folds {@code text}; the result is cut to {@link #MAX_LENGTH}. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String folded = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'd')
                .toLowerCase(Locale.ROOT);
        folded = SPACES.matcher(folded).replaceAll(" ").strip();
        return ColumnValues.truncated(folded, MAX_LENGTH);
    }
}
