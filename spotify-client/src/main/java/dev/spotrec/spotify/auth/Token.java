package dev.spotrec.spotify.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth token set from the Accounts service. {@link #toString()} never shows the tokens.
 *
 * @param accessToken the bearer token sent with API calls
 * @param tokenType the token type, {@code Bearer}
 * @param expiresAt when the access token expires (Spotify issues them for 3600 s)
 * @param refreshToken the refresh token, or {@code null} (client credentials have none)
 * @param scope the space-separated scopes granted, or {@code null}
 */
public record Token(
        String accessToken,
        String tokenType,
        Instant expiresAt,
        String refreshToken,
        String scope) {

    /** Validates the token set. */
    public Token {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken must not be blank");
        }
        Objects.requireNonNull(expiresAt, "expiresAt");
        tokenType = tokenType == null ? "Bearer" : tokenType;
    }

    /**
     * {@return whether the access token expires within {@code skew} of {@code now}}
     *
     * @param now the current time
     * @param skew the safety margin for clock differences and request time
     */
    public boolean expiresWithin(Duration skew, Instant now) {
        return !now.plus(skew).isBefore(expiresAt);
    }

    /**
     * {@return this token set with a new access token, keeping the old refresh token when the
     * refresh reply had none, as Spotify's replies may}
     *
     * @param refreshed the token set from a refresh reply
     */
    public Token merge(Token refreshed) {
        String refresh = refreshed.refreshToken() != null ? refreshed.refreshToken() : refreshToken;
        String scopes = refreshed.scope() != null ? refreshed.scope() : scope;
        return new Token(
                refreshed.accessToken(),
                refreshed.tokenType(),
                refreshed.expiresAt(),
                refresh,
                scopes);
    }

    @Override
    public String toString() {
        return "Token[accessToken=***, tokenType="
                + tokenType
                + ", expiresAt="
                + expiresAt
                + ", refreshToken="
                + (refreshToken == null ? "none" : "***")
                + ", scope="
                + scope
                + "]";
    }
}
