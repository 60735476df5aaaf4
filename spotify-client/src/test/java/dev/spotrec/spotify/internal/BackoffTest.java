package dev.spotrec.spotify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.spotify.SpotifyEventListener;
import dev.spotrec.spotify.testing.FakeTime;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Equal-jitter exponential backoff stays within [d/2, d] for d = min(cap, base * 2^(k-1)). */
class BackoffTest {

    @Test
    void backoffDoublesWithinItsJitterBandUpToTheCap() {
        FakeTime time = new FakeTime();
        RetryInterceptor retry =
                new RetryInterceptor(
                        10,
                        Duration.ofMillis(100),
                        Duration.ofSeconds(1),
                        time,
                        new Random(7),
                        new Events(SpotifyEventListener.NONE));
        for (int round = 0; round < 50; round++) {
            assertThat(retry.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(retry.backoff(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(retry.backoff(9)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
            assertThat(retry.backoff(40)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        }
    }

    @Test
    void theSameSeedGivesTheSameDelays() {
        FakeTime time = new FakeTime();
        Events events = new Events(SpotifyEventListener.NONE);
        RetryInterceptor a =
                new RetryInterceptor(
                        3,
                        Duration.ofMillis(100),
                        Duration.ofSeconds(1),
                        time,
                        new Random(1),
                        events);
        RetryInterceptor b =
                new RetryInterceptor(
                        3,
                        Duration.ofMillis(100),
                        Duration.ofSeconds(1),
                        time,
                        new Random(1),
                        events);
        assertThat(a.backoff(2)).isEqualTo(b.backoff(2));
    }
}
