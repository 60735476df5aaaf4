package dev.spotrec.spotify;

/**
 * Spotify refused the credentials: the client id or secret is wrong ({@code invalid_client}), the
 * access token is invalid even after one refresh, no user has logged in yet, or the token lacks a
 * scope. The message says which and what to do; it never contains a token or secret.
 */
public class AuthenticationException extends SpotifyApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused and what to do
     * @param status the HTTP status, or 0 when the client refused before calling
     * @param error Spotify's error body, or {@code null}
     * @param request the redacted request line, or {@code null}
     */
    public AuthenticationException(String message, int status, SpotifyError error, String request) {
        super(message, status, error, null, request, null);
    }
}
