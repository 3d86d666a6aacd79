package vn.govca.bench;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The time frame of a closed-loop measurement: a warm-up (results discarded: JIT compilation,
 * connection set-up, database caches) followed by the measured interval. Operations count when
 * they <em>complete</em> inside the measured interval; workers start no new operation after it
 * ends. The first failure of any worker stops all of them.
 */
final class Window {

    private final long measureStart;
    private final long end;
    private final AtomicReference<String> failure = new AtomicReference<>();

    Window(int warmupSeconds, int measureSeconds) {
        long now = System.nanoTime();
        this.measureStart = now + warmupSeconds * 1_000_000_000L;
        this.end = measureStart + measureSeconds * 1_000_000_000L;
    }

    /** Whether a worker may start another operation. */
    boolean running() {
        return failure.get() == null && System.nanoTime() < end;
    }

    /** Whether an operation that completed at {@code nanoTime} counts. */
    boolean measured(long nanoTime) {
        return nanoTime >= measureStart && nanoTime <= end;
    }

    double measuredSeconds() {
        return (end - measureStart) / 1e9;
    }

    /** Records the first failure; later ones are dropped (they are usually consequences). */
    void fail(String what) {
        failure.compareAndSet(null, what);
    }

    String failure() {
        return failure.get();
    }

    static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
