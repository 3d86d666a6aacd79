package vn.govca.db.infrastructure;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of a keyset-paged list of RA records (agencies, subscribers, requests): the rows, and
 * the cursor to pass for the next page (empty on the last page). The cursor is the last row's id,
 * so a page costs the same on page 1 and page 1,000 (no OFFSET).
 */
public record RecordPage<T>(List<T> items, OptionalLong nextCursor) {

    public RecordPage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    public boolean hasMore() {
        return nextCursor.isPresent();
    }
}
