package dev.spotrec.app;

import dev.spotrec.spotify.AuthenticationException;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.auth.TokenStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spotrec login [--api-url URL] [--accounts-url URL] [--scopes S,...]}: the authorization
 * code flow with PKCE through a loopback redirect on 127.0.0.1; the tokens go to a 0600 file under
 * {@code $XDG_CONFIG_HOME/spotrec/} (or {@code ~/.config/spotrec/}). No token is ever printed.
 */
@Command(
        name = "login",
        mixinStandardHelpOptions = true,
        description = {
            "Logs in to Spotify as a user (authorization code with PKCE, loopback redirect on"
                    + " 127.0.0.1) and saves the tokens for 'spotrec crawl'.",
            "The app's client id comes from SPOTIFY_CLIENT_ID; register the redirect"
                    + " http://127.0.0.1:PORT/callback for it."
        })
final class LoginCommand implements Callable<Integer> {
    static final List<String> DEFAULT_SCOPES =
            List.of(
                    "user-top-read",
                    "user-library-read",
                    "playlist-read-private",
                    "playlist-read-collaborative",
                    "user-follow-read");

    @Spec CommandSpec spec;

    @Mixin SpotifyUrlOptions urls;

    @Option(
            names = "--scopes",
            paramLabel = "S",
            split = ",",
            description = "scopes to ask for (default: top, library, playlists, follows)")
    List<String> scopes = DEFAULT_SCOPES;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8888",
            description = "loopback port of the redirect, 0 for any (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--timeout",
            paramLabel = "D",
            defaultValue = "5m",
            converter = DurationConverter.class,
            description = "how long to wait for the browser (default: ${DEFAULT-VALUE})")
    Duration timeout;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String id = SpotifyConfig.env(env, SpotifyConfig.CLIENT_ID);
        if (id == null) {
            err.println("spotrec: set SPOTIFY_CLIENT_ID to your app's client id first");
            return Main.USAGE;
        }
        Path file = SpotifyConfig.tokenFile(env);
        SpotifyClient client;
        try {
            client =
                    SpotifyClient.builder()
                            .auth(SpotifyAuth.userPkce(id, TokenStore.file(file)))
                            .apiBaseUrl(SpotifyConfig.apiUrl(env, urls.apiUrl))
                            .accountsBaseUrl(SpotifyConfig.accountsUrl(env, urls.accountsUrl))
                            .build();
        } catch (IllegalArgumentException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.USAGE;
        }
        try {
            client.authorization()
                    .loginWithLoopback(
                            port,
                            scopes,
                            url -> {
                                err.println("Open this URL in a browser and accept:");
                                err.println("  " + url);
                                err.flush();
                            },
                            timeout);
        } catch (AuthenticationException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.FAILURE;
        } catch (SpotifyApiException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.FAILURE;
        }
        err.println("logged in; tokens saved to " + file + " (readable by you only)");
        return Main.OK;
    }
}
