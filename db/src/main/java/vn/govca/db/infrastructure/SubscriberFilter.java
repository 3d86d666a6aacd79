package vn.govca.db.infrastructure;

import java.util.Objects;
import vn.govca.db.domain.RaScope;
import vn.govca.db.domain.SearchText;
import vn.govca.db.domain.SubscriberKind;

/**
 * Filter for {@link SubscriberRepository#page}: a required {@link RaScope} (the security
 * boundary) and optional parts combined with AND. {@code nameText} matches the start of the
 * folded display name; {@code identifier} equals a citizen ID / passport number or a tax code.
 *
 * <p>{@code SubscriberFilter.within(scope).ofKind(INDIVIDUAL).nameStartingWith("pham")}
 */
public record SubscriberFilter(RaScope scope, Long agencyId, SubscriberKind kind, String nameText, String identifier) {

    public SubscriberFilter {
        Objects.requireNonNull(scope, "scope");
        if (nameText != null) {
            nameText = SearchText.fold(nameText);
            if (nameText.isEmpty()) {
                nameText = null;
            }
        }
        if (identifier != null) {
            identifier = identifier.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            if (identifier.isEmpty()) {
                identifier = null;
            }
        }
    }

    public static SubscriberFilter within(RaScope scope) {
        return new SubscriberFilter(scope, null, null, null, null);
    }

    /** Only subscribers managed directly by this agency. */
    public SubscriberFilter inAgency(long id) {
        return new SubscriberFilter(scope, id, kind, nameText, identifier);
    }

    public SubscriberFilter ofKind(SubscriberKind k) {
        return new SubscriberFilter(scope, agencyId, k, nameText, identifier);
    }

    public SubscriberFilter nameStartingWith(String text) {
        return new SubscriberFilter(scope, agencyId, kind, text, identifier);
    }

    public SubscriberFilter withIdentifier(String idNumberOrTaxCode) {
        return new SubscriberFilter(scope, agencyId, kind, nameText, idNumberOrTaxCode);
    }
}
