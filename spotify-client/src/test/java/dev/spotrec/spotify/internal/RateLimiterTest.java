package dev.spotrec.spotify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.spotrec.spotify.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shared pause and the learned pacing, on a fake clock. */
class RateLimiterTest {

    private final FakeTime time = new FakeTime();
    private final RateLimiter limiter = new RateLimiter(time, time);
    private final Duration ceiling = Duration.ofSeconds(60);

    @Test
    void unpacedUntilTheFirst429() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.acquire(ceiling)).isNull();
            limiter.onSuccess(limiter.now());
        }
        assertThat(time.sleeps()).isEmpty();
        assertThat(limiter.rate()).isInfinite();
    }

    @Test
    void learnsTheRollingWindowRateFromTheFirst429OfABurst() throws InterruptedException {
        Instant start = time.instant();
        for (int i = 0; i < 100; i++) {
            limiter.acquire(ceiling);
            limiter.onSuccess(limiter.now());
            time.advance(Duration.ofMillis(1));
        }
        long sentBeforePause = limiter.now();
        Instant resume = limiter.onThrottled(sentBeforePause, Duration.ofSeconds(2));

        // 100 accepted in 0.1 s, then 2 s of rest: the window holds about 100 per 2.1 s.
        assertThat(limiter.rate()).isCloseTo(100 / 2.1, within(0.01));
        assertThat(resume).isEqualTo(start.plusMillis(100).plusSeconds(2));

        // A straggler of the same burst neither changes the rate nor extends the pause.
        limiter.onThrottled(sentBeforePause - 1, Duration.ofSeconds(2));
        assertThat(limiter.rate()).isCloseTo(100 / 2.1, within(0.01));
        assertThat(limiter.pausedUntil()).isEqualTo(resume);
    }

    @Test
    void everyCallerWaitsForTheSharedPauseThenRequestsArePaced() throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            limiter.acquire(ceiling);
            limiter.onSuccess(limiter.now());
        }
        Instant resume = limiter.onThrottled(limiter.now(), Duration.ofSeconds(1));
        assertThat(limiter.rate()).isCloseTo(10.0, within(0.01));

        limiter.acquire(ceiling);
        assertThat(time.instant()).isEqualTo(resume);
        limiter.acquire(ceiling);
        limiter.acquire(ceiling);
        assertThat(Duration.between(resume, time.instant()))
                .as("two slots of 100 ms after the pause")
                .isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aPauseBeyondTheCeilingIsReportedInsteadOfSlept() throws InterruptedException {
        limiter.acquire(ceiling);
        Instant resume = limiter.onThrottled(limiter.now(), Duration.ofHours(2));

        assertThat(limiter.acquire(ceiling)).isEqualTo(resume);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void thePaceGrowsWhileNo429Arrives() throws InterruptedException {
        limiter.acquire(ceiling);
        limiter.onSuccess(limiter.now());
        limiter.onThrottled(limiter.now(), Duration.ofSeconds(1));
        double learned = limiter.rate();
        time.advance(Duration.ofSeconds(11));
        limiter.onSuccess(limiter.now());

        assertThat(limiter.rate()).isCloseTo(learned * Math.pow(1.02, 10), within(1e-6));
    }
}
