package vn.govca.db.infrastructure;

import java.util.Objects;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.SearchText;

/**
 * Filter for {@link CertificateRepository#search}: every part is optional and they combine
 * with AND. Subject text is folded like the stored {@code subject_search} column
 * ({@link SearchText#fold}); a prefix match walks the subject index, a contains match scans
 * (within the other filters) and suits small result sets or a given CA and status.
 *
 * <p>Build it fluently: {@code CertificateSearch.all().inCa(3).withStatus(ACTIVE).subjectStartingWith("pham")}.
 */
public record CertificateSearch(Long caId, CertificateStatus status, String profileName, String subjectText,
                                TextMatch match, Order order) {

    /** How {@link #subjectText} is compared. */
    public enum TextMatch { PREFIX, CONTAINS }

    /** Page order; the cursor follows it. */
    public enum Order { NEWEST_FIRST, OLDEST_FIRST }

    public CertificateSearch {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(order, "order");
        if (subjectText != null) {
            subjectText = SearchText.fold(subjectText);
            if (subjectText.isEmpty()) {
                subjectText = null;
            }
        }
    }

    /** No filter, newest first. */
    public static CertificateSearch all() {
        return new CertificateSearch(null, null, null, null, TextMatch.PREFIX, Order.NEWEST_FIRST);
    }

    public CertificateSearch inCa(long id) {
        return new CertificateSearch(id, status, profileName, subjectText, match, order);
    }

    public CertificateSearch withStatus(CertificateStatus s) {
        return new CertificateSearch(caId, s, profileName, subjectText, match, order);
    }

    public CertificateSearch withProfile(String name) {
        return new CertificateSearch(caId, status, name, subjectText, match, order);
    }

    public CertificateSearch subjectStartingWith(String text) {
        return new CertificateSearch(caId, status, profileName, text, TextMatch.PREFIX, order);
    }

    public CertificateSearch subjectContaining(String text) {
        return new CertificateSearch(caId, status, profileName, text, TextMatch.CONTAINS, order);
    }

    public CertificateSearch ordered(Order o) {
        return new CertificateSearch(caId, status, profileName, subjectText, match, o);
    }
}
