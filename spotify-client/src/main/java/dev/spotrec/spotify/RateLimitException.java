package dev.spotrec.spotify;

import java.time.Duration;
import java.time.Instant;

/**
 * Spotify asked the client to wait longer than the configured ceiling ({@link
 * SpotifyClient.Builder#rateLimitCeiling(Duration)}, 60 s by default), as it does when a
 * development-mode quota is used up ({@code QUOTA_EXCEEDED}), or it kept answering 429 after the
 * allowed number of pauses. Instead of sleeping for hours, the client throws this exception; retry
 * at {@link #resumeAt()}.
 */
public class RateLimitException extends SpotifyApiException {

    private static final long serialVersionUID = 1L;

    private final Instant resumeAt;

    /**
     * Creates the exception.
     *
     * @param message what happened and when to resume
     * @param error Spotify's error body, or {@code null}
     * @param retryAfter the {@code Retry-After} delay
     * @param resumeAt the instant from which calls may succeed again
     * @param request the redacted request line
     */
    public RateLimitException(
            String message,
            SpotifyError error,
            Duration retryAfter,
            Instant resumeAt,
            String request) {
        super(message, 429, error, retryAfter, request, null);
        this.resumeAt = resumeAt;
    }

    /** {@return the instant from which calls may succeed again} */
    public Instant resumeAt() {
        return resumeAt;
    }
}
