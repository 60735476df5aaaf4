package dev.spotrec.spotify.testing;

import dev.spotrec.spotify.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake clock that is also the client's sleeper: sleeping moves the clock forward instead of
 * waiting. Concurrent sleepers each move it to their own wake-up time (never backwards), so a
 * shared pause is one jump, as it would be in real time. Thread-safe.
 */
public final class FakeTime extends Clock implements Sleeper {

    private Instant now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /**
     * @param start the initial time
     */
    public FakeTime(Instant start) {
        this.now = start;
    }

    /** A fake time starting at 2026-03-01T12:00:00Z. */
    public FakeTime() {
        this(Instant.parse("2026-03-01T12:00:00Z"));
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    /** Moves the clock forward. @param d how far */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        synchronized (this) {
            Instant wake = now.plus(duration);
            if (wake.isAfter(now)) {
                now = wake;
            }
        }
    }

    /** {@return every sleep requested so far} */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("FakeTime is UTC only");
    }
}
