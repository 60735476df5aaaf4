package dev.spotrec.spotify;

import java.time.Duration;

/**
 * The one unchecked exception family of the client. It carries the HTTP status ({@code 0} when no
 * reply arrived), Spotify's error body, the {@code Retry-After} delay if any, and the request
 * (method and URL; tokens, secrets and authorization codes are never included).
 *
 * <p>Subclasses: {@link RateLimitException}, {@link EndpointUnavailableException}, {@link
 * AuthenticationException} and its {@link InvalidGrantException}.
 */
public class SpotifyApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient SpotifyError error;
    private final transient Duration retryAfter;
    private final String request;

    /**
     * Creates an exception.
     *
     * @param message what went wrong and what to do
     * @param status the HTTP status, or 0 when there was no reply
     * @param error Spotify's error body, or {@code null}
     * @param retryAfter the {@code Retry-After} delay, or {@code null}
     * @param request the redacted request line, e.g. {@code GET https://api.spotify.com/v1/me}
     * @param cause the underlying failure, or {@code null}
     */
    public SpotifyApiException(
            String message,
            int status,
            SpotifyError error,
            Duration retryAfter,
            String request,
            Throwable cause) {
        super(message, cause);
        this.status = status;
        this.error = error;
        this.retryAfter = retryAfter;
        this.request = request;
    }

    /** {@return the HTTP status, or 0 when no reply arrived} */
    public int status() {
        return status;
    }

    /** {@return Spotify's error body, or {@code null}} */
    public SpotifyError error() {
        return error;
    }

    /** {@return the server's {@code Retry-After}, or {@code null}} */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@return the redacted request line} */
    public String request() {
        return request;
    }
}
