package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.Sleeper;
import dev.spotrec.spotify.SpotifyEvent;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Random;

/**
 * Retries idempotent requests that failed transiently: replies 500, 502, 503 and 504, connection
 * resets and timeouts ({@link IOException}). Non-idempotent requests (POST) are never resent, since
 * the server may have acted on them.
 *
 * <p>Design: capped exponential backoff with "equal jitter" (Brooker, "Exponential Backoff and
 * Jitter", AWS Architecture Blog, 2015): before attempt {@code k+1} wait {@code d/2 + U(0, d/2)}
 * with {@code d = min(cap, base * 2^(k-1))}. Jitter spreads the retries of concurrent callers; the
 * deterministic half keeps a minimum spacing. A {@code Retry-After} on a 503 raises the wait to at
 * least that. O(1) per attempt.
 *
 * <p>Returns the last reply when retries run out (the caller maps it to an exception); rethrows the
 * last {@link IOException}.
 */
public final class RetryInterceptor implements Interceptor {

    private final int maxRetries;
    private final Duration base;
    private final Duration cap;
    private final Sleeper sleeper;
    private final Random random;
    private final Events events;

    /**
     * Creates the link.
     *
     * @param maxRetries retries after the first attempt
     * @param base the first backoff
     * @param cap the largest backoff
     * @param sleeper waits
     * @param random the jitter source (seeded in tests)
     * @param events the event sink
     */
    public RetryInterceptor(
            int maxRetries,
            Duration base,
            Duration cap,
            Sleeper sleeper,
            Random random,
            Events events) {
        this.maxRetries = maxRetries;
        this.base = base;
        this.cap = cap;
        this.sleeper = sleeper;
        this.random = random;
        this.events = events;
    }

    @Override
    public ApiResponse intercept(Chain chain) throws IOException {
        ApiRequest request = chain.request();
        for (int attempt = 1; ; attempt++) {
            String reason;
            Duration delay = backoff(attempt);
            try {
                ApiResponse response = chain.proceed(request);
                if (!transientStatus(response.status())
                        || !request.idempotent()
                        || attempt > maxRetries) {
                    return response;
                }
                reason = "HTTP " + response.status();
                Duration retryAfter = RateLimitInterceptor.retryAfter(response);
                if (retryAfter != null
                        && retryAfter.compareTo(delay) > 0
                        && retryAfter.compareTo(cap) <= 0) {
                    delay = retryAfter;
                }
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                if (!request.idempotent() || attempt > maxRetries) {
                    throw e;
                }
                reason = HttpTransport.describe(e);
            }
            events.emit(
                    new SpotifyEvent.Retrying(
                            request.method(),
                            Redactor.url(request.uri()),
                            attempt + 1,
                            delay,
                            reason));
            pause(delay, request);
        }
    }

    /** {@return the jittered backoff before attempt {@code attempt + 1}} */
    Duration backoff(int attempt) {
        long capMillis = cap.toMillis();
        long exp = base.toMillis() << Math.min(attempt - 1, 30);
        long d = Math.max(1, Math.min(capMillis, exp < 0 ? capMillis : exp));
        long half = d / 2;
        return Duration.ofMillis(half + (d - half <= 0 ? 0 : random.nextLong(d - half + 1)));
    }

    static boolean transientStatus(int status) {
        return status == 500 || status == 502 || status == 503 || status == 504;
    }

    private void pause(Duration delay, ApiRequest request) throws InterruptedIOException {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(
                    "interrupted while backing off before retrying " + request.line());
        }
    }
}
