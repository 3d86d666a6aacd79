package vn.govca.ca.domain.subscriber;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A lookup key for labels typed by people: Vietnamese diacritics removed (including đ → d),
 * lower case, and every run of characters other than letters and digits turned into one
 * underscore. "Họ tên", "HO_TEN" and "ho-ten" all fold to {@code ho_ten}; "Cá nhân" to
 * {@code ca_nhan}. Used to match CSV column headers and enumerated values, never to store data.
 */
public final class FoldedText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private FoldedText() {
    }

    /** Returns the folded key of {@code text}, e.g. {@code "Số giấy tờ"} → {@code "so_giay_to"}. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        String joined = SEPARATORS.matcher(plain).replaceAll("_");
        int start = joined.startsWith("_") ? 1 : 0;
        int end = joined.endsWith("_") && joined.length() > start ? joined.length() - 1 : joined.length();
        return start >= end ? "" : joined.substring(start, end);
    }
}
