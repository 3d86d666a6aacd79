package vn.govca.db.infrastructure;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import vn.govca.db.domain.CertificateRecord;

/**
 * One page of a keyset-paged search: the rows, and the cursor to pass for the next page
 * (empty on the last page). The cursor is the last row's id, so paging never uses OFFSET and
 * costs the same on page 1 and page 20,000.
 */
public record CertificatePage(List<CertificateRecord> items, OptionalLong nextCursor) {

    public CertificatePage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    public boolean hasMore() {
        return nextCursor.isPresent();
    }
}
