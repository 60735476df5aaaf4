package dev.spotrec.spotify;

/**
 * The error body of a failed call: the Web API's {@code {"error":{"status":N,"message":"...",
 * "reason":"..."}}}, or the Accounts service's RFC 6749 {@code {"error":"code",
 * "error_description":"..."}} (then {@code reason} holds the code).
 *
 * @param status the HTTP status
 * @param message Spotify's message, or {@code null}
 * @param reason a machine-readable reason such as {@code QUOTA_EXCEEDED} or {@code invalid_grant},
 *     or {@code null}
 */
public record SpotifyError(int status, String message, String reason) {}
