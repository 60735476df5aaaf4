package dev.spotrec.app.web;

import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.auth.TokenStore;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes the Spotify clients of the web app. One base client owns the HTTP connections and the
 * app-wide rate limiter; each logged-in user gets a variant of it ({@code newBuilder()}) with their
 * own in-memory token store, refreshed by the client with the app's secret (or PKCE alone when the
 * app has none).
 */
final class SpotifyAccess {
    /** Reading playlists and top items, creating a playlist and adding to it. */
    static final List<String> SCOPES =
            List.of(
                    "playlist-read-private",
                    "playlist-read-collaborative",
                    "playlist-modify-private",
                    "playlist-modify-public",
                    "user-top-read",
                    "user-follow-read",
                    "user-library-read");

    private final SpotifyClient base;
    private final String clientId;
    private final String clientSecret;
    private final Supplier<TokenStore> stores;

    SpotifyAccess(
            String apiUrl,
            String accountsUrl,
            String clientId,
            String clientSecret,
            Clock clock,
            Supplier<TokenStore> stores) {
        this.stores = stores;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.base =
                SpotifyClient.builder()
                        .auth(auth(TokenStore.inMemory()))
                        .apiBaseUrl(apiUrl)
                        .accountsBaseUrl(accountsUrl)
                        .clock(clock)
                        .rateLimitCeiling(java.time.Duration.ofSeconds(5))
                        .build();
    }

    /** {@return a client for one user, whose tokens live in a fresh in-memory store} */
    SpotifyClient newUserClient() {
        return base.newBuilder().auth(auth(stores.get())).build();
    }

    URI accountsUrl() {
        return base.accountsBaseUrl();
    }

    private SpotifyAuth auth(TokenStore store) {
        return clientSecret == null
                ? SpotifyAuth.userPkce(clientId, store)
                : SpotifyAuth.user(clientId, clientSecret, store);
    }

    @Override
    public String toString() {
        return "SpotifyAccess[api=" + base.apiBaseUrl() + ", clientId=" + clientId + "]";
    }
}
