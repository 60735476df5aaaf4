package dev.spotrec.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.app.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionsTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final Sessions sessions = new Sessions(clock, Duration.ofMinutes(30), Duration.ofHours(2), 100);

    @Test
    void idsAndCsrfTokensAreLongRandomAndDistinct() {
        Session a = sessions.create();
        Session b = sessions.create();
        assertThat(a.id).hasSize(43).isNotEqualTo(b.id).isNotEqualTo(a.csrf);
        assertThat(a.csrf).hasSize(43).isNotEqualTo(b.csrf);
        assertThat(a.toString()).doesNotContain(a.id).doesNotContain(a.csrf);
    }

    @Test
    void aSessionEndsAfterIdleTime() {
        Session s = sessions.create();
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id)).containsSame(s);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id)).containsSame(s);
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(s.id)).isEmpty();
    }

    @Test
    void aSessionEndsAtItsMaximumAgeEvenWhenUsed() {
        Session s = sessions.create();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(sessions.find(s.id)).isPresent();
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(sessions.find(s.id)).isEmpty();
    }

    @Test
    void rotationInvalidatesTheOldId() {
        Session old = sessions.create();
        Session fresh = sessions.rotate(old);
        assertThat(sessions.find(old.id)).isEmpty();
        assertThat(sessions.find(fresh.id)).containsSame(fresh);
        assertThat(fresh.csrf).isNotEqualTo(old.csrf);
    }

    @Test
    void unknownAndEmptyIdsFindNothing() {
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("")).isEmpty();
        assertThat(sessions.find("nope")).isEmpty();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        for (int i = 0; i < 1_000; i++) {
            sessions.create();
            clock.advance(Duration.ofMillis(1));
        }
        assertThat(sessions.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void csrfComparisonNeedsAnExactMatch() {
        assertThat(Secrets.same("abc", "abc")).isTrue();
        assertThat(Secrets.same("abc", "abd")).isFalse();
        assertThat(Secrets.same("abc", null)).isFalse();
        assertThat(Secrets.same(null, null)).isFalse();
    }
}
