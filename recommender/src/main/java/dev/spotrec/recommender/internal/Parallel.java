package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.RecommenderException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Data-parallel loops over {@code [0, n)} for the hot paths (ALS half-epochs, similarity
 * computation, evaluation over users).
 *
 * <p>Design: dynamic chunking. Workers pull chunks of {@code grain} indices from one atomic
 * counter, so skewed rows (a playlist with 5,000 tracks beside ones with 5) balance themselves. The
 * caller thread works too; extra workers run on a shared pool of daemon threads. Each worker gets
 * its index so callers can hand it private scratch arrays (no allocation in the loop). Results do
 * not depend on the thread count when each index writes only its own output.
 */
public final class Parallel {

    private static final ExecutorService POOL =
            Executors.newCachedThreadPool(
                    r -> {
                        Thread t = new Thread(r, "spotrec-recommender-worker");
                        t.setDaemon(true);
                        return t;
                    });

    private Parallel() {}

    /** The default number of threads: the available processors. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** A loop body over a chunk {@code [from, to)} run by worker {@code worker}. */
    @FunctionalInterface
    public interface Body {
        /** Processes indices {@code from} (inclusive) to {@code to} (exclusive). */
        void run(int worker, int from, int to);
    }

    /**
     * Runs {@code body} over {@code [0, n)} in chunks of {@code grain} on up to {@code threads}
     * workers (worker ids 0..threads-1), returning when all chunks are done.
     */
    public static void forRange(int n, int threads, int grain, Body body) {
        if (n <= 0) {
            return;
        }
        int g = Math.max(1, grain);
        int workers = Math.max(1, Math.min(threads, (n + g - 1) / g));
        AtomicInteger next = new AtomicInteger();
        if (workers == 1) {
            body.run(0, 0, n);
            return;
        }
        List<Future<?>> futures = new ArrayList<>(workers - 1);
        for (int w = 1; w < workers; w++) {
            int worker = w;
            futures.add(POOL.submit(() -> drain(n, g, next, worker, body)));
        }
        Throwable failure = null;
        try {
            drain(n, g, next, 0, body);
        } catch (RuntimeException | Error e) {
            failure = e;
            next.set(n);
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure == null ? e : failure;
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new RecommenderException("parallel loop failed: " + failure, failure);
        }
    }

    private static void drain(int n, int grain, AtomicInteger next, int worker, Body body) {
        for (int from = next.getAndAdd(grain); from < n; from = next.getAndAdd(grain)) {
            body.run(worker, from, Math.min(n, from + grain));
        }
    }
}
