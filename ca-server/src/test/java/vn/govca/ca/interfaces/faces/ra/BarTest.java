package vn.govca.ca.interfaces.faces.ra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarTest {

    @Test
    void of_counts_widthsRelativeToLargestInOrder() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("SUBMITTED", 50L);
        counts.put("COMPLETED", 200L);
        counts.put("REJECTED", 0L);
        List<Bar> bars = Bar.of(counts, "state.");
        assertThat(bars).extracting(Bar::key).containsExactly("state.SUBMITTED", "state.COMPLETED", "state.REJECTED");
        assertThat(bars).extracting(Bar::percent).containsExactly(25, 100, 0);
    }

    @Test
    void of_textLabelsAllZero_noWidth() {
        List<Bar> bars = Bar.of(Map.of("Sơn La", 0L), null);
        assertThat(bars).singleElement().satisfies(b -> {
            assertThat(b.key()).isNull();
            assertThat(b.text()).isEqualTo("Sơn La");
            assertThat(b.percent()).isZero();
        });
    }
}
