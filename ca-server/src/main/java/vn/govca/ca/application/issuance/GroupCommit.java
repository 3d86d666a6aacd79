package vn.govca.ca.application.issuance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs the database step of concurrent callers as shared transactions (group commit). A caller
 * queues its item; the first caller that finds no batch running becomes the leader, takes up to
 * {@code maxBatch} queued items, runs them as one batch on its own thread and hands each waiting
 * caller its result. Items that arrive meanwhile form the next batch. A lone caller runs alone,
 * at once: nothing waits for company.
 *
 * <p>When a batch throws, it is rolled back as a whole (it is one transaction) and each of its
 * items is run again alone, so one item's failure (a taken serial, a reservation in the wrong
 * state) reaches only its own caller, with the exception that item alone raises.
 *
 * <p>Why: the issuance steps are short transactions whose cost is mostly per transaction — the
 * commit's log flush, the connection's autocommit switches, and for the store step the audit
 * chain's head row, which each audited transaction locks until it commits, so concurrent
 * issuances queue on it one log flush at a time. A batch pays these once.
 *
 * @param <T> an item of work
 * @param <R> its result
 */
final class GroupCommit<T, R> {

    private final int maxBatch;
    private final Function<List<T>, List<R>> batch;
    private final Function<T, R> alone;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private final ArrayDeque<Pending<T, R>> queue = new ArrayDeque<>();
    private boolean running;

    /**
     * @param maxBatch the most items in one batch, at least 1
     * @param batch runs items as one transaction and returns their results in their order
     * @param alone runs one item as a transaction of its own
     */
    GroupCommit(int maxBatch, Function<List<T>, List<R>> batch, Function<T, R> alone) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1: " + maxBatch);
        }
        this.maxBatch = maxBatch;
        this.batch = Objects.requireNonNull(batch, "batch");
        this.alone = Objects.requireNonNull(alone, "alone");
    }

    /**
     * Runs {@code item}, in a batch with other callers' items or alone, and returns its result.
     *
     * @throws RuntimeException what running {@code item} alone throws
     */
    R submit(T item) {
        Pending<T, R> mine = new Pending<>(Objects.requireNonNull(item, "item"));
        lock.lock();
        try {
            queue.add(mine);
        } finally {
            lock.unlock();
        }
        while (true) {
            List<Pending<T, R>> taken;
            lock.lock();
            try {
                while (!mine.done && running) {
                    finished.awaitUninterruptibly();
                }
                if (mine.done) {
                    return mine.result();
                }
                running = true;
                taken = new ArrayList<>(Math.min(queue.size(), maxBatch));
                while (taken.size() < maxBatch && !queue.isEmpty()) {
                    taken.add(queue.poll());
                }
            } finally {
                lock.unlock();
            }
            try {
                run(taken);
            } finally {
                lock.lock();
                try {
                    running = false;
                    finished.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /** How many items wait for a batch (for tests and monitoring). */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code taken} and completes every item of it, whatever happens (as a FutureTask does,
     * a failure is handed to the item's caller; the leader goes on).
     */
    private void run(List<Pending<T, R>> taken) {
        if (taken.size() > 1) {
            List<R> results;
            try {
                results = batch.apply(taken.stream().map(p -> p.item).toList());
            } catch (Throwable batchFailed) {
                results = null; // rolled back as a whole: each item again alone, below
            }
            if (results != null && results.size() == taken.size()) {
                for (int i = 0; i < taken.size(); i++) {
                    taken.get(i).succeed(results.get(i));
                }
                return;
            }
            if (results != null) {
                IllegalStateException wrong = new IllegalStateException("a batch of " + taken.size()
                        + " items returned " + results.size() + " results");
                taken.forEach(p -> p.fail(wrong));
                return;
            }
        }
        for (Pending<T, R> p : taken) {
            try {
                p.succeed(alone.apply(p.item));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    /** One caller's item; the leader writes the outcome before the volatile {@code done}. */
    private static final class Pending<T, R> {
        final T item;
        volatile boolean done;
        private R result;
        private Throwable failure;

        Pending(T item) {
            this.item = item;
        }

        void succeed(R r) {
            result = r;
            done = true;
        }

        void fail(Throwable t) {
            failure = t;
            done = true;
        }

        R result() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return result;
        }
    }
}
