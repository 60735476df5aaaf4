package dev.spotrec.spotify;

/**
 * The Accounts service answered {@code invalid_grant}: the refresh token expired (six months after
 * the user authorised the app), was revoked, or the authorization code was already used. The user
 * must log in again.
 */
public class InvalidGrantException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused; the message tells the user to log in again
     * @param error Spotify's error body, or {@code null}
     * @param request the redacted request line
     */
    public InvalidGrantException(String message, SpotifyError error, String request) {
        super(message, 400, error, request);
    }
}
