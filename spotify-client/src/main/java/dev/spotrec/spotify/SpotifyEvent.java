package dev.spotrec.spotify;

import java.time.Duration;
import java.time.Instant;

/**
 * What the client reports to its {@link SpotifyEventListener}. URLs in events are redacted: they
 * never hold a token, secret or authorization code.
 */
public sealed interface SpotifyEvent {

    /**
     * A request left for the network.
     *
     * @param method HTTP method
     * @param url redacted URL
     */
    record RequestSent(String method, String url) implements SpotifyEvent {}

    /**
     * A reply arrived.
     *
     * @param method HTTP method
     * @param url redacted URL
     * @param status HTTP status
     * @param elapsed time from sending to the full body
     * @param bytes body size
     */
    record ResponseReceived(String method, String url, int status, Duration elapsed, int bytes)
            implements SpotifyEvent {}

    /**
     * A failed idempotent request will be sent again after a backoff.
     *
     * @param method HTTP method
     * @param url redacted URL
     * @param attempt the attempt about to start (2 for the first retry)
     * @param delay the backoff before it
     * @param reason the status or I/O failure that caused it
     */
    record Retrying(String method, String url, int attempt, Duration delay, String reason)
            implements SpotifyEvent {}

    /**
     * Spotify answered 429; every caller of this client pauses until {@code resumeAt}.
     *
     * @param method HTTP method
     * @param url redacted URL
     * @param retryAfter the server's {@code Retry-After}
     * @param resumeAt when calls resume
     */
    record Throttled(String method, String url, Duration retryAfter, Instant resumeAt)
            implements SpotifyEvent {}

    /**
     * A conditional GET answered 304 and the cached body was used.
     *
     * @param url redacted URL
     */
    record CacheHit(String url) implements SpotifyEvent {}

    /**
     * A new access token was obtained.
     *
     * @param grant {@code client_credentials}, {@code authorization_code} or {@code refresh_token}
     * @param expiresAt when it expires
     */
    record TokenRefreshed(String grant, Instant expiresAt) implements SpotifyEvent {}

    /**
     * The client determined the app's mode.
     *
     * @param mode the mode
     * @param reason what showed it
     */
    record ModeDetected(ApiMode mode, String reason) implements SpotifyEvent {}
}
