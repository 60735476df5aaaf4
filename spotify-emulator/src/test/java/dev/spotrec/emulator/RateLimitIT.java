package dev.spotrec.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.emulator.junit.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rolling-window rate limit per client and the daily quota, on a fake clock. */
class RateLimitIT {
    @Test
    void aRollingWindowAnswers429WithRetryAfterUntilTheOldestRequestLeaves() {
        TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
        try (Emulator e =
                Emulator.builder()
                        .world(EmulatorExtension.SMALL_WORLD)
                        .clock(clock)
                        .tokenLifetime(Duration.ofDays(1))
                        .rateLimit(3)
                        .client(ClientApp.parse("other-app:other-secret"))
                        .start()) {
            Http http = new Http(e.baseUrl());
            String token = e.clientToken("demo-client");
            String path = "/v1/tracks/" + e.world().tracks().getFirst().id();
            assertThat(http.get(path, token).status()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(10));
            assertThat(http.get(path, token).status()).isEqualTo(200);
            assertThat(http.get(path, token).status()).isEqualTo(200);
            Http.Res limited = http.get(path, token);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isEqualTo("20");
            assertThat(limited.body())
                    .isEqualTo(
                            "{\"error\":{\"status\":429,\"message\":\"API rate limit exceeded\"}}");
            clock.advance(Duration.ofSeconds(20));
            assertThat(http.get(path, token).status()).isEqualTo(200);
            assertThat(http.get(path, e.clientToken("other-app")).status())
                    .as("limits are per client")
                    .isEqualTo(200);
        }
    }

    @Test
    void theDailyQuotaAnswersQuotaExceededWithHoursToWait() {
        TestClock clock = new TestClock(Instant.parse("2026-03-01T18:00:00Z"));
        try (Emulator e =
                Emulator.builder()
                        .world(EmulatorExtension.SMALL_WORLD)
                        .clock(clock)
                        .dailyQuota(2)
                        .start()) {
            Http http = new Http(e.baseUrl());
            String token = e.clientToken("demo-client");
            String path = "/v1/artists/" + e.world().artists().getFirst().id();
            assertThat(http.get(path, token).status()).isEqualTo(200);
            assertThat(http.get(path, token).status()).isEqualTo(200);
            Http.Res r = http.get(path, token);
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.body())
                    .isEqualTo(
                            "{\"error\":{\"status\":429,\"message\":\"Too many requests\",\"reason\":\"QUOTA_EXCEEDED\"}}");
            assertThat(Long.parseLong(r.header("Retry-After"))).isEqualTo(6 * 3600);
            clock.advance(Duration.ofHours(6));
            assertThat(http.get(path, e.clientToken("demo-client")).status()).isEqualTo(200);
        }
    }
}
