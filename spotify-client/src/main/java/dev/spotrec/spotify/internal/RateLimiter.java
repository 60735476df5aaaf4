package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The rate limiter shared by every caller of one client.
 *
 * <p>Design. Two mechanisms:
 *
 * <ol>
 *   <li><b>Shared pause.</b> A 429 sets one resume instant for the whole client, so every caller
 *       waits for it instead of each one discovering the limit with its own 429 (no stampede).
 *   <li><b>Learned pacing.</b> Spotify counts requests over a rolling window of unknown length
 *       {@code W} and limit {@code L}. If the client sent {@code n} accepted requests in the {@code
 *       e} seconds before the first 429 of an epoch, and the server asks for {@code R} seconds of
 *       rest, then {@code n / (e + R)} estimates {@code L / W}: the oldest accepted request leaves
 *       the rolling window after {@code e + R}. After the pause the client spaces requests at that
 *       rate (one reserved slot per request, like a leaky bucket of size one), so later windows
 *       fill without 429s. Because {@code Retry-After} is rounded up to whole seconds the estimate
 *       errs low; while no 429 arrives the rate grows by 2 % per second (multiplicative increase,
 *       as in TCP's probing of available bandwidth), so a lifted quota is found again.
 * </ol>
 *
 * Only the first 429 of an epoch (a request sent after the last pause ended) updates the estimate;
 * 429s of requests already in flight during the burst (stragglers) only extend the pause, counted
 * from when they were sent. All operations are O(1) under one lock; sleeping happens outside it.
 */
public final class RateLimiter {

    private static final double GROWTH_PER_SECOND = 1.02;
    private static final long SECOND = 1_000_000_000L;

    private final Clock clock;
    private final Sleeper sleeper;
    private final ReentrantLock lock = new ReentrantLock();

    private long resumeAt = Long.MIN_VALUE;
    private long epochStart = Long.MIN_VALUE;
    private int epochSuccesses;
    private double rate = Double.POSITIVE_INFINITY;
    private long nextSlot = Long.MIN_VALUE;
    private long lastGrowth;

    /**
     * Creates a limiter.
     *
     * @param clock the time source
     * @param sleeper waits
     */
    public RateLimiter(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** {@return the current time in epoch nanoseconds} */
    public long now() {
        Instant instant = clock.instant();
        return instant.getEpochSecond() * SECOND + instant.getNano();
    }

    /** {@return the pending pause's end, or {@code null} when calls may proceed} */
    public Instant pausedUntil() {
        lock.lock();
        try {
            return resumeAt > now() ? toInstant(resumeAt) : null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a request may be sent: through a pending pause, then until this request's paced
     * slot.
     *
     * @param ceiling the longest pause to wait through
     * @return {@code null} when the request may go; otherwise the end of a pause longer than {@code
     *     ceiling}, which the caller reports instead of waiting
     * @throws InterruptedException when interrupted while waiting
     */
    public Instant acquire(Duration ceiling) throws InterruptedException {
        Instant tooLong = awaitPause(ceiling);
        if (tooLong != null) {
            return tooLong;
        }
        long wait = reserveSlot();
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
            return awaitPause(ceiling);
        }
        return null;
    }

    /**
     * Records an accepted request.
     *
     * @param sentAt when it was sent, from {@link #now()}
     */
    public void onSuccess(long sentAt) {
        lock.lock();
        try {
            if (sentAt >= epochStart) {
                epochSuccesses++;
            }
            long now = now();
            if (Double.isFinite(rate) && now - lastGrowth >= SECOND) {
                rate *= Math.pow(GROWTH_PER_SECOND, (double) (now - lastGrowth) / SECOND);
                lastGrowth = now;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records a 429 and starts (or extends) the shared pause.
     *
     * @param sentAt when the throttled request was sent, from {@link #now()}
     * @param retryAfter the server's {@code Retry-After}
     * @return when calls resume
     */
    public Instant onThrottled(long sentAt, Duration retryAfter) {
        lock.lock();
        try {
            long now = now();
            boolean fresh = sentAt >= epochStart;
            // A straggler was sent before the current pause began; its Retry-After describes the
            // same
            // window, measured from about when it was sent.
            long resume = (fresh ? now : sentAt) + retryAfter.toNanos();
            if (fresh && epochSuccesses > 0) {
                long start = epochStart == Long.MIN_VALUE ? now : epochStart;
                double seconds = (double) (resume - start) / SECOND;
                rate = epochSuccesses / Math.max(seconds, 1e-3);
            }
            resumeAt = Math.max(resumeAt, resume);
            if (fresh || resumeAt > epochStart) {
                epochStart = resumeAt;
                nextSlot = Math.max(nextSlot, resumeAt);
                lastGrowth = resumeAt;
            }
            if (fresh) {
                epochSuccesses = 0;
            }
            return toInstant(resumeAt);
        } finally {
            lock.unlock();
        }
    }

    /** {@return the learned pace in requests per second, infinite while unpaced} */
    public double rate() {
        lock.lock();
        try {
            return rate;
        } finally {
            lock.unlock();
        }
    }

    private Instant awaitPause(Duration ceiling) throws InterruptedException {
        while (true) {
            long wait;
            long resume;
            lock.lock();
            try {
                long now = now();
                if (epochStart == Long.MIN_VALUE) {
                    epochStart = now;
                }
                resume = resumeAt;
                wait = resume <= now ? 0 : resume - now;
            } finally {
                lock.unlock();
            }
            if (wait <= 0) {
                return null;
            }
            if (wait > ceiling.toNanos()) {
                return toInstant(resume);
            }
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }

    private long reserveSlot() {
        lock.lock();
        try {
            if (!Double.isFinite(rate)) {
                return 0;
            }
            long now = now();
            long slot = Math.max(now, nextSlot);
            nextSlot = slot + (long) (SECOND / rate);
            return slot - now;
        } finally {
            lock.unlock();
        }
    }

    private static Instant toInstant(long epochNanos) {
        return Instant.ofEpochSecond(
                Math.floorDiv(epochNanos, SECOND), Math.floorMod(epochNanos, SECOND));
    }
}
