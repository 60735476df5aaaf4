package dev.spotrec.spotify;

import java.time.Duration;

/**
 * Waits for a duration. The client sleeps through it for backoff, {@code Retry-After} pauses and
 * request pacing; tests inject a sleeper that advances a fake clock instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /** The real sleeper: {@link Thread#sleep(Duration)}, which parks a virtual thread cheaply. */
    Sleeper SYSTEM = Thread::sleep;

    /**
     * Waits for {@code duration}.
     *
     * @param duration how long; zero or negative returns at once
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
}
