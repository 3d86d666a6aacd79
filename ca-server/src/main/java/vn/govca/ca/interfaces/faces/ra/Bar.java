package vn.govca.ca.interfaces.faces.ra;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One bar of a dashboard bar chart: a label (a bundle key, or text such as a province's name), the
 * count and its width in percent of the largest bar of its chart.
 */
public record Bar(String key, String text, long count, int percent) implements Serializable {

    /** Bars for counts keyed by label, in the map's order; {@code keyPrefix} null: labels are text. */
    static List<Bar> of(Map<String, Long> counts, String keyPrefix) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((label, n) -> bars.add(new Bar(keyPrefix == null ? null : keyPrefix + label,
                keyPrefix == null ? label : null, n, max == 0 || n == 0 ? 0 : (int) Math.max(1, n * 100 / max))));
        return List.copyOf(bars);
    }
}
