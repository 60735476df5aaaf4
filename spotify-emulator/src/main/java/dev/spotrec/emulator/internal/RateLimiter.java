package dev.spotrec.emulator.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spotify-like limits per client: a rolling window (30 s by default) holding at most {@code limit}
 * requests, answered past that with 429 and a {@code Retry-After} of the seconds until the oldest
 * request leaves the window; and a daily quota per UTC day, answered past that with 429, {@code
 * reason: QUOTA_EXCEEDED} and a {@code Retry-After} of the hours until midnight UTC.
 *
 * <p>The window is a deque of admission times per client: O(1) amortised per request, memory
 * O(limit) per client. Refused requests are not counted. Time comes from the injected clock.
 */
final class RateLimiter {
    private final Clock clock;
    private final int limit;
    private final long windowMillis;
    private final long dailyQuota;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    private static final class State {
        final ArrayDeque<Long> admitted = new ArrayDeque<>();
        long day = Long.MIN_VALUE;
        long usedToday;
    }

    RateLimiter(Clock clock, int limit, Duration window, long dailyQuota) {
        this.clock = clock;
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.dailyQuota = dailyQuota;
    }

    boolean enabled() {
        return limit > 0 || dailyQuota > 0;
    }

    /** Admits the request or throws the 429 {@link ApiError}. */
    void admit(String clientId) {
        if (!enabled()) {
            return;
        }
        State s = states.computeIfAbsent(clientId, k -> new State());
        long now = clock.millis();
        synchronized (s) {
            long day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay();
            if (day != s.day) {
                s.day = day;
                s.usedToday = 0;
            }
            if (dailyQuota > 0 && s.usedToday >= dailyQuota) {
                long midnight = (day + 1) * 86_400_000L;
                throw new ApiError(
                        429, Messages.QUOTA, Messages.QUOTA_REASON, ceilSeconds(midnight - now));
            }
            if (limit > 0) {
                while (!s.admitted.isEmpty() && s.admitted.peekFirst() <= now - windowMillis) {
                    s.admitted.pollFirst();
                }
                if (s.admitted.size() >= limit) {
                    long wait = s.admitted.peekFirst() + windowMillis - now;
                    throw new ApiError(
                            429, Messages.RATE_LIMIT, null, Math.max(1, ceilSeconds(wait)));
                }
                s.admitted.addLast(now);
            }
            s.usedToday++;
        }
    }

    private static long ceilSeconds(long millis) {
        return (millis + 999) / 1000;
    }
}
