package dev.spotrec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.app.MutableClock;
import dev.spotrec.app.service.Continuation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ContinuationCacheTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final AtomicInteger computed = new AtomicInteger();

    Continuation compute() {
        computed.incrementAndGet();
        return new Continuation("m" + computed.get(), List.of());
    }

    static ContinuationCache.Key key(String playlist, List<String> tracks) {
        return new ContinuationCache.Key("playlist", playlist, "name", "owner", tracks, 20);
    }

    @Test
    void computesOnceForTheSameInputWithinTheTtl() {
        ContinuationCache cache = new ContinuationCache(clock, Duration.ofSeconds(60), 100);
        Continuation a = cache.get(key("p", List.of("t1", "t2")), this::compute);
        Continuation b = cache.get(key("p", List.of("t1", "t2")), this::compute);
        assertThat(b).isSameAs(a);
        assertThat(computed).hasValue(1);
        cache.get(key("p", List.of("t1", "t3")), this::compute);
        assertThat(computed).hasValue(2);
    }

    @Test
    void recomputesAfterTheTtl() {
        ContinuationCache cache = new ContinuationCache(clock, Duration.ofSeconds(60), 100);
        cache.get(key("p", List.of("t1")), this::compute);
        clock.advance(Duration.ofSeconds(60));
        assertThat(cache.get(key("p", List.of("t1")), this::compute).model()).isEqualTo("m2");
    }

    @Test
    void failuresAreNotKept() {
        ContinuationCache cache = new ContinuationCache(clock, Duration.ofSeconds(60), 100);
        assertThatThrownBy(
                        () ->
                                cache.get(
                                        key("p", List.of()),
                                        () -> {
                                            throw new IllegalStateException("model failed");
                                        }))
                .hasMessage("model failed");
        assertThat(cache.get(key("p", List.of()), this::compute).model()).isEqualTo("m1");
    }

    @Test
    void staysWithinItsCapacity() {
        ContinuationCache cache = new ContinuationCache(clock, Duration.ofSeconds(60), 10);
        for (int i = 0; i < 35; i++) {
            cache.get(key("p" + i, List.of()), this::compute);
            assertThat(cache.size()).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void aZeroTtlCachesNothing() {
        ContinuationCache cache = new ContinuationCache(clock, Duration.ZERO, 10);
        cache.get(key("p", List.of()), this::compute);
        cache.get(key("p", List.of()), this::compute);
        assertThat(computed).hasValue(2);
    }
}
