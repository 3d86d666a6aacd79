package vn.govca.ca.application.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> alone = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstRunning = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void submit_lonelyCaller_runsAloneAtOnce() {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(8, recordBatch(i -> i * 10), recordAlone(i -> -i));

        assertThat(commit.submit(3)).isEqualTo(-3);
        assertThat(alone).containsExactly(3);
        assertThat(batches).isEmpty();
    }

    @Test
    void submit_callersArrivingWhileABatchRuns_formTheNextBatchAndEachGetsItsOwnResult() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(8, recordBatch(i -> i * 10),
                holdingFirst(recordAlone(i -> -i)));

        List<Future<Integer>> results = queuedBehindFirst(commit, 5);

        for (int i = 0; i <= 5; i++) {
            assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i == 0 ? 0 : i * 10);
        }
        assertThat(alone).containsExactly(0);
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void submit_moreWaitersThanMaxBatch_splitsIntoBatchesOfAtMostMax() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(3, recordBatch(i -> i), holdingFirst(recordAlone(i -> i)));

        List<Future<Integer>> results = queuedBehindFirst(commit, 7);

        for (int i = 0; i <= 7; i++) {
            assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(batches).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(b -> assertThat(b.size()).isLessThanOrEqualTo(3));
        assertThat(batches.stream().mapToInt(List::size).sum() + alone.size()).isEqualTo(8);
    }

    @Test
    void submit_batchThrows_eachItemRunsAloneAndOnlyTheFailingCallerSeesItsError() throws Exception {
        AtomicInteger batchCalls = new AtomicInteger();
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(8, items -> {
            batchCalls.incrementAndGet();
            throw new IllegalStateException("rolled back");
        }, holdingFirst(recordAlone(i -> {
            if (i == 2) {
                throw new IllegalArgumentException("item 2 is bad");
            }
            return -i;
        })));

        List<Future<Integer>> results = queuedBehindFirst(commit, 3);

        assertThat(results.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(0);
        assertThat(results.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(-1);
        assertThatThrownBy(() -> results.get(2).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 2 is bad");
        assertThat(results.get(3).get(10, TimeUnit.SECONDS)).isEqualTo(-3);
        assertThat(batchCalls).hasValue(1);
        assertThat(alone).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void submit_manyThreads_everyCallerGetsItsOwnResultOnce() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(4, recordBatch(i -> i + 1_000), recordAlone(i -> i + 1_000));
        List<Future<List<Integer>>> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int base = t * 1_000_000;
            threads.add(pool.submit(() -> {
                List<Integer> wrong = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    if (commit.submit(base + i) != base + i + 1_000) {
                        wrong.add(base + i);
                    }
                }
                return wrong;
            }));
        }
        for (Future<List<Integer>> t : threads) {
            assertThat(t.get(60, TimeUnit.SECONDS)).isEmpty();
        }
        int ran = alone.size() + batches.stream().mapToInt(List::size).sum();
        assertThat(ran).isEqualTo(16_000);
    }

    @Test
    void constructor_maxBatchBelowOne_isRefused() {
        assertThatThrownBy(() -> new GroupCommit<Integer, Integer>(0, items -> items, i -> i))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Function<List<Integer>, List<Integer>> recordBatch(Function<Integer, Integer> f) {
        return items -> {
            batches.add(List.copyOf(items));
            return items.stream().map(f).toList();
        };
    }

    private Function<Integer, Integer> recordAlone(Function<Integer, Integer> f) {
        return i -> {
            alone.add(i);
            return f.apply(i);
        };
    }

    /** {@code f}, except that item 0 says it runs and then holds its batch until released. */
    private Function<Integer, Integer> holdingFirst(Function<Integer, Integer> f) {
        return i -> {
            if (i == 0) {
                firstRunning.countDown();
                await(release);
            }
            return f.apply(i);
        };
    }

    /**
     * Submits item 0, which runs alone and holds; then items 1..n, which queue behind it; then
     * releases item 0. Returns the callers' futures, item i at index i.
     */
    private List<Future<Integer>> queuedBehindFirst(GroupCommit<Integer, Integer> commit, int n) throws Exception {
        List<Future<Integer>> results = new ArrayList<>();
        results.add(pool.submit(() -> commit.submit(0)));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= n; i++) {
            int item = i;
            results.add(pool.submit(() -> commit.submit(item)));
        }
        awaitQueued(commit, n);
        release.countDown();
        return results;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code n} callers wait in the queue (no sleeping on a guess). */
    private static void awaitQueued(GroupCommit<?, ?> commit, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.queued() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + commit.queued() + " of " + n + " callers queued");
            }
            Thread.onSpinWait();
        }
    }
}
