package vn.govca.ca.interfaces.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table over a keyset-paged query (DESIGN "Scale": no OFFSET, no COUNT over
 * millions of rows). It remembers the cursor that starts each page seen so far, so next/previous
 * and going back cost one indexed page read; jumping ahead walks the pages in between. The row count
 * it reports is what is known: the rows up to this page plus one when there are more, so the
 * paginator always offers the next page while one exists and never claims a total.
 *
 * @param <T> row type
 */
public abstract class KeysetLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of the underlying query and the cursor of the next one (null on the last page). */
    public record Slice<T>(List<T> rows, Long next) {
    }

    private final List<Long> pageStarts = new ArrayList<>(List.of(Long.MIN_VALUE));
    private int knownSize = 1;
    private int size;

    /** Reads one page starting after {@code cursor} (null: the first page). */
    protected abstract Slice<T> fetch(Long cursor, int pageSize);

    /** Row key for selection and row identity. */
    protected abstract String key(T row);

    /** Forgets the cursors: the filter changed. */
    public void reset() {
        pageStarts.clear();
        pageStarts.add(Long.MIN_VALUE);
        knownSize = 1;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return knownSize;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (pageSize != size) {
            size = pageSize;
            reset();
        }
        int page = first / pageSize;
        while (pageStarts.size() <= page) {
            int last = pageStarts.size() - 1;
            Slice<T> s = fetch(cursor(last), pageSize);
            if (s.next() == null) {
                page = last;
                break;
            }
            pageStarts.add(s.next());
        }
        Slice<T> slice = fetch(cursor(page), pageSize);
        if (slice.next() != null && pageStarts.size() == page + 1) {
            pageStarts.add(slice.next());
        }
        knownSize = page * pageSize + slice.rows().size() + (slice.next() != null ? 1 : 0);
        setRowCount(knownSize);
        return slice.rows();
    }

    private Long cursor(int page) {
        Long c = pageStarts.get(page);
        return c == Long.MIN_VALUE ? null : c;
    }

    @Override
    public String getRowKey(T row) {
        return key(row);
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> key(r).equals(rowKey)).findFirst().orElse(null);
    }
}
