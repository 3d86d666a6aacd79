package vn.govca.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Latencies of one worker in nanoseconds (a growable array: no boxing, no sharing between
 * threads), and the nearest-rank percentiles of several workers' samples together.
 */
final class Samples {

    private long[] values = new long[4096];
    private int count;

    void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    int count() {
        return count;
    }

    /**
     * @return {@code {p50, p99, max}} in milliseconds; zeros when there is no sample
     */
    static double[] percentilesMillis(List<Samples> workers) {
        int total = workers.stream().mapToInt(Samples::count).sum();
        if (total == 0) {
            return new double[] {0, 0, 0};
        }
        long[] all = new long[total];
        int at = 0;
        for (Samples w : workers) {
            System.arraycopy(w.values, 0, all, at, w.count);
            at += w.count;
        }
        Arrays.sort(all);
        return new double[] {all[rank(total, 0.50)] / 1e6, all[rank(total, 0.99)] / 1e6, all[total - 1] / 1e6};
    }

    private static int rank(int n, double p) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(p * n) - 1));
    }
}
