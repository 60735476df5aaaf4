package dev.spotrec.app.web;

import dev.spotrec.app.service.Continuation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Computed continuations, shared by all sessions for {@code ttl}. A model such as {@code hybrid}
 * spends milliseconds of CPU on one continuation, while its inputs (the playlist's tracks, name and
 * owner, or the user's top items) are themselves reused for {@code ttl}: within that time the same
 * input gives the same list, so it is computed once. Concurrent requests for one key wait for a
 * single computation (one future per key). Lookup is O(|input|) for hashing the key; at most {@code
 * capacity} entries are kept, expired ones are swept when it is reached, and if all are live the
 * cache is emptied (O(n), rare).
 */
final class ContinuationCache {
    /** What a continuation depends on. */
    record Key(
            String kind, String subject, String name, String ownerId, List<String> seeds, int n) {}

    private record Entry(CompletableFuture<Continuation> value, Instant at) {}

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;
    private final int capacity;

    ContinuationCache(Clock clock, Duration ttl, int capacity) {
        this.clock = clock;
        this.ttl = ttl;
        this.capacity = capacity;
    }

    Continuation get(Key key, Supplier<Continuation> compute) {
        if (ttl.isZero()) {
            return compute.get();
        }
        Instant now = clock.instant();
        Entry e = entries.get(key);
        if (e == null || !now.isBefore(e.at().plus(ttl)) || e.value().isCompletedExceptionally()) {
            if (entries.size() >= capacity) {
                entries.values().removeIf(x -> !now.isBefore(x.at().plus(ttl)));
                if (entries.size() >= capacity) {
                    entries.clear();
                }
            }
            CompletableFuture<Continuation> mine = new CompletableFuture<>();
            Entry fresh = new Entry(mine, now);
            Entry winner =
                    e == null
                            ? entries.putIfAbsent(key, fresh)
                            : entries.replace(key, e, fresh) ? null : entries.get(key);
            if (winner == null) {
                try {
                    mine.complete(compute.get());
                } catch (RuntimeException ex) {
                    mine.completeExceptionally(ex);
                    entries.remove(key, fresh);
                    throw ex;
                }
                return mine.join();
            }
            e = winner;
        }
        try {
            return e.value().join();
        } catch (CompletionException ex) {
            if (ex.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw ex;
        }
    }

    int size() {
        return entries.size();
    }
}
