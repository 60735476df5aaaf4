package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.SpotifyApiException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs {@code n} tasks on at most {@code workers} virtual threads. Workers pull task indices from a
 * shared counter, so memory stays bounded by {@code workers}, not by {@code n}. The first failure
 * stops the others from starting new tasks and is rethrown to the caller.
 */
public final class Parallel {

    /** Starts each task on a new virtual thread. */
    public static final Executor VIRTUAL =
            task -> Thread.ofVirtual().name("spotify-client").start(task);

    private Parallel() {}

    /**
     * Runs {@code task(0..n-1)} concurrently and waits for all.
     *
     * @param n number of tasks
     * @param workers most tasks at once
     * @param task the work for one index
     */
    public static void forEach(int n, int workers, IntConsumer task) {
        if (n <= 0) {
            return;
        }
        int threads = Math.max(1, Math.min(workers, n));
        if (threads == 1) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] started = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            started[t] =
                    Thread.ofVirtual()
                            .name("spotify-client")
                            .start(
                                    () -> {
                                        int i;
                                        while (failure.get() == null
                                                && (i = next.getAndIncrement()) < n) {
                                            try {
                                                task.accept(i);
                                            } catch (Throwable e) {
                                                failure.compareAndSet(null, e);
                                            }
                                        }
                                    });
        }
        try {
            for (Thread thread : started) {
                thread.join();
            }
        } catch (InterruptedException e) {
            failure.compareAndSet(null, e);
            for (Thread thread : started) {
                thread.interrupt();
            }
            Thread.currentThread().interrupt();
        }
        Throwable first = failure.get();
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first instanceof Error error) {
            throw error;
        }
        if (first != null) {
            throw new SpotifyApiException(
                    "interrupted while waiting for concurrent requests",
                    0,
                    null,
                    null,
                    null,
                    first);
        }
    }
}
