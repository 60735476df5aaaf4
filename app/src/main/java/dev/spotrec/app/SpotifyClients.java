package dev.spotrec.app;

import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.auth.TokenStore;
import java.nio.file.Files;
import java.util.Map;

/**
 * Builds a Web API client from the saved login (user token) or the app's client credentials, with
 * the API and Accounts bases from the options or the config file.
 */
final class SpotifyClients {
    private SpotifyClients() {}

    /**
     * A client as the logged-in user when {@code spotrec login} saved a token, else with client
     * credentials (unless {@code needUser}).
     *
     * @throws IllegalArgumentException when the needed credentials are missing
     */
    static SpotifyClient create(
            Map<String, String> env, SpotifyUrlOptions urls, boolean needUser, String purpose) {
        String id = SpotifyConfig.env(env, SpotifyConfig.CLIENT_ID);
        String secret = SpotifyConfig.env(env, SpotifyConfig.CLIENT_SECRET);
        boolean user = Files.exists(SpotifyConfig.tokenFile(env));
        SpotifyAuth auth;
        if (id != null && user) {
            TokenStore store = TokenStore.file(SpotifyConfig.tokenFile(env));
            auth =
                    secret == null
                            ? SpotifyAuth.userPkce(id, store)
                            : SpotifyAuth.user(id, secret, store);
        } else if (id != null && secret != null && !needUser) {
            auth = SpotifyAuth.clientCredentials(id, secret);
        } else {
            throw new IllegalArgumentException(
                    purpose
                            + " needs "
                            + (needUser
                                    ? "a Spotify login: set SPOTIFY_CLIENT_ID and run 'spotrec"
                                            + " login'"
                                    : "Spotify credentials: set SPOTIFY_CLIENT_ID and"
                                            + " SPOTIFY_CLIENT_SECRET, or run 'spotrec login'"));
        }
        return SpotifyClient.builder()
                .auth(auth)
                .apiBaseUrl(SpotifyConfig.apiUrl(env, urls.apiUrl))
                .accountsBaseUrl(SpotifyConfig.accountsUrl(env, urls.accountsUrl))
                .build();
    }
}
