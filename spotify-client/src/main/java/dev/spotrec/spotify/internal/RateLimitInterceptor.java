package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.RateLimitException;
import dev.spotrec.spotify.SpotifyEvent;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Honours 429 replies through the client's shared {@link RateLimiter}: every attempt waits for the
 * shared pause and its paced slot; a 429 pauses all callers for {@code Retry-After} (1 s when
 * absent) and the request is sent again, at most {@code maxPauses} times.
 *
 * <p>Throws {@link RateLimitException} at once, without sleeping, when the pause would exceed the
 * ceiling (a {@code QUOTA_EXCEEDED} reply can ask for hours). Resends any method: a 429 means the
 * server did not act on the request. Returns the last 429 when pauses run out.
 */
public final class RateLimitInterceptor implements Interceptor {

    private final RateLimiter limiter;
    private final Duration ceiling;
    private final int maxPauses;
    private final Clock clock;
    private final Events events;

    /**
     * Creates the link.
     *
     * @param limiter the shared limiter
     * @param ceiling the longest pause to sleep through
     * @param maxPauses how many 429s one request may wait out
     * @param clock the time source
     * @param events the event sink
     */
    public RateLimitInterceptor(
            RateLimiter limiter, Duration ceiling, int maxPauses, Clock clock, Events events) {
        this.limiter = limiter;
        this.ceiling = ceiling;
        this.maxPauses = maxPauses;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public ApiResponse intercept(Chain chain) throws IOException {
        ApiRequest request = chain.request();
        for (int pauses = 0; ; pauses++) {
            acquire(request);
            long sentAt = limiter.now();
            ApiResponse response = chain.proceed(request);
            if (response.status() != 429) {
                if (response.status() < 400) {
                    limiter.onSuccess(sentAt);
                }
                return response;
            }
            Duration retryAfter = retryAfter(response);
            Duration wait = retryAfter == null ? Duration.ofSeconds(1) : retryAfter;
            Instant resumeAt = limiter.onThrottled(sentAt, wait);
            events.emit(
                    new SpotifyEvent.Throttled(
                            request.method(), Redactor.url(request.uri()), wait, resumeAt));
            if (wait.compareTo(ceiling) > 0) {
                throw ErrorMapper.rateLimited(request, response, wait, resumeAt, ceiling);
            }
            if (pauses >= maxPauses) {
                return response;
            }
        }
    }

    private void acquire(ApiRequest request) throws InterruptedIOException {
        Instant tooLong;
        try {
            tooLong = limiter.acquire(ceiling);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(
                    "interrupted while paused by the rate limit before " + request.line());
        }
        if (tooLong != null) {
            Duration left = Duration.between(clock.instant(), tooLong);
            throw new RateLimitException(
                    "Spotify's rate limit pauses this client until "
                            + tooLong
                            + " ("
                            + left.toSeconds()
                            + " s), longer than the ceiling of "
                            + ceiling.toSeconds()
                            + " s; retry after "
                            + tooLong,
                    null,
                    left,
                    tooLong,
                    request.line());
        }
    }

    /**
     * Reads {@code Retry-After} as delta seconds or an HTTP date.
     *
     * @return the delay, or {@code null} when the header is absent or unreadable
     */
    static Duration retryAfter(ApiResponse response) {
        String value = response.header("Retry-After").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime date = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(Instant.now(), date.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
