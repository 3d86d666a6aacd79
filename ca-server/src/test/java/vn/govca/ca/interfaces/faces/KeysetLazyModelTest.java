package vn.govca.ca.interfaces.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetLazyModelTest {

    /** Rows 1..n, newest (highest) first; the cursor is the last row's value, as in the repositories. */
    static final class Numbers extends KeysetLazyModel<Integer> {

        private static final long serialVersionUID = 1L;
        final int n;
        final List<Long> cursorsAsked = new ArrayList<>();

        Numbers(int n) {
            this.n = n;
        }

        @Override
        protected Slice<Integer> fetch(Long cursor, int pageSize) {
            cursorsAsked.add(cursor);
            int start = cursor == null ? n : (int) (cursor - 1);
            List<Integer> rows = IntStream.iterate(start, i -> i >= 1 && i > start - pageSize, i -> i - 1).boxed().toList();
            boolean more = !rows.isEmpty() && rows.get(rows.size() - 1) > 1;
            return new Slice<>(rows, more ? (long) rows.get(rows.size() - 1) : null);
        }

        @Override
        protected String key(Integer row) {
            return row.toString();
        }
    }

    @Test
    void load_firstPage_countOffersOneMorePage() {
        Numbers m = new Numbers(25);
        assertThat(m.load(0, 10, Map.of(), Map.of())).containsExactly(25, 24, 23, 22, 21, 20, 19, 18, 17, 16);
        assertThat(m.getRowCount()).isEqualTo(11);
        assertThat(m.count(Map.of())).isEqualTo(11);
    }

    @Test
    void load_nextPagesInOrder_oneFetchEachAndExactCountAtTheEnd() {
        Numbers m = new Numbers(25);
        m.load(0, 10, Map.of(), Map.of());
        assertThat(m.load(10, 10, Map.of(), Map.of())).startsWith(15).endsWith(6);
        assertThat(m.load(20, 10, Map.of(), Map.of())).containsExactly(5, 4, 3, 2, 1);
        assertThat(m.getRowCount()).isEqualTo(25);
        assertThat(m.cursorsAsked).containsExactly(null, 16L, 6L);
    }

    @Test
    void load_jumpAhead_walksThePagesBetween() {
        Numbers m = new Numbers(25);
        assertThat(m.load(20, 10, Map.of(), Map.of())).containsExactly(5, 4, 3, 2, 1);
    }

    @Test
    void load_beyondTheEnd_lastPage() {
        Numbers m = new Numbers(15);
        assertThat(m.load(50, 10, Map.of(), Map.of())).containsExactly(5, 4, 3, 2, 1);
    }

    @Test
    void reset_afterPaging_startsFromTheFirstPage() {
        Numbers m = new Numbers(25);
        m.load(0, 10, Map.of(), Map.of());
        m.load(10, 10, Map.of(), Map.of());
        m.reset();
        assertThat(m.count(Map.of())).isEqualTo(1);
        assertThat(m.load(0, 10, Map.of(), Map.of())).startsWith(25);
    }

    @Test
    void getRowData_keyOfLoadedRow_thatRow() {
        Numbers m = new Numbers(5);
        m.setWrappedData(m.load(0, 10, Map.of(), Map.of()));
        assertThat(m.getRowData("3")).isEqualTo(3);
        assertThat(m.getRowData("9")).isNull();
    }
}
