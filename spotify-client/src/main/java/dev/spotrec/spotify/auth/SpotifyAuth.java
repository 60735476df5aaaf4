package dev.spotrec.spotify.auth;

/**
 * How the client authenticates. {@code toString()} never shows a secret or token.
 *
 * <ul>
 *   <li>{@link #clientCredentials(String, String)}: an app token for catalog data (no user data);
 *   <li>{@link #user(String, String, TokenStore)}: a user's tokens from the authorization code
 *       flow, refreshed with the client secret;
 *   <li>{@link #userPkce(String, TokenStore)}: the same for a public app using PKCE, without a
 *       secret;
 *   <li>{@link #accessToken(String)}: a fixed access token that is never refreshed.
 * </ul>
 */
public sealed interface SpotifyAuth {

    /**
     * The client credentials flow.
     *
     * @param clientId the app's client id
     * @param clientSecret the app's client secret
     * @return the authentication
     */
    static SpotifyAuth clientCredentials(String clientId, String clientSecret) {
        return new ClientCredentials(clientId, clientSecret);
    }

    /**
     * A user's tokens from the authorization code flow of a confidential app.
     *
     * @param clientId the app's client id
     * @param clientSecret the app's client secret
     * @param store where the user's tokens are kept
     * @return the authentication
     */
    static SpotifyAuth user(String clientId, String clientSecret, TokenStore store) {
        requireText("clientSecret", clientSecret);
        return new UserAuthorization(clientId, clientSecret, store);
    }

    /**
     * A user's tokens from the authorization code flow with PKCE, for an app without a secret.
     *
     * @param clientId the app's client id
     * @param store where the user's tokens are kept
     * @return the authentication
     */
    static SpotifyAuth userPkce(String clientId, TokenStore store) {
        return new UserAuthorization(clientId, null, store);
    }

    /**
     * A fixed access token, used until it expires and never refreshed.
     *
     * @param accessToken the bearer token
     * @return the authentication
     */
    static SpotifyAuth accessToken(String accessToken) {
        return new StaticToken(accessToken);
    }

    /** {@return the client id, or {@code null} for a fixed token} */
    String clientId();

    /**
     * Client credentials.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     */
    record ClientCredentials(String clientId, String clientSecret) implements SpotifyAuth {
        /** Validates both. */
        public ClientCredentials {
            requireText("clientId", clientId);
            requireText("clientSecret", clientSecret);
        }

        @Override
        public String toString() {
            return "ClientCredentials[clientId=" + clientId + ", clientSecret=***]";
        }
    }

    /**
     * A user's authorization.
     *
     * @param clientId the client id
     * @param clientSecret the client secret, or {@code null} for PKCE
     * @param store the token store
     */
    record UserAuthorization(String clientId, String clientSecret, TokenStore store)
            implements SpotifyAuth {
        /** Validates the client id and store. */
        public UserAuthorization {
            requireText("clientId", clientId);
            if (store == null) {
                throw new IllegalArgumentException(
                        "store must not be null: use TokenStore.inMemory() or TokenStore.file(path)");
            }
        }

        /** {@return whether the app proves itself with PKCE instead of a secret} */
        public boolean pkce() {
            return clientSecret == null;
        }

        @Override
        public String toString() {
            return "UserAuthorization[clientId="
                    + clientId
                    + ", clientSecret="
                    + (clientSecret == null ? "none (PKCE)" : "***")
                    + ", store="
                    + store
                    + "]";
        }
    }

    /**
     * A fixed access token.
     *
     * @param accessToken the token
     */
    record StaticToken(String accessToken) implements SpotifyAuth {
        /** Validates the token. */
        public StaticToken {
            requireText("accessToken", accessToken);
        }

        @Override
        public String clientId() {
            return null;
        }

        @Override
        public String toString() {
            return "StaticToken[accessToken=***]";
        }
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    name + " must not be blank, got " + (value == null ? "null" : "\"\""));
        }
    }
}
