package dev.spotrec.spotify;

import dev.spotrec.emulator.ClientApp;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.RecordedRequest;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.auth.Token;
import dev.spotrec.spotify.auth.TokenStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Clients wired to a running {@link Emulator}, with the demo app's credentials. */
final class EmulatorClients {
    static final String CLIENT_ID = ClientApp.DEMO.id();
    static final String CLIENT_SECRET = ClientApp.DEMO.secret();

    private EmulatorClients() {}

    /** {@return a builder pointed at {@code spotify} with client credentials and a fixed seed} */
    static SpotifyClient.Builder appClient(Emulator spotify) {
        return SpotifyClient.builder()
                .apiBaseUrl(spotify.apiUrl())
                .accountsBaseUrl(spotify.accountsUrl())
                .auth(SpotifyAuth.clientCredentials(CLIENT_ID, CLIENT_SECRET))
                .seed(42);
    }

    /**
     * {@return a builder acting for {@code userId}, whose tokens the emulator issued as after
     * consent with {@code scopes} (the consent page itself is exercised by the auth tests)}
     */
    static SpotifyClient.Builder userClient(Emulator spotify, String userId, Set<String> scopes) {
        TokenStore store = TokenStore.inMemory();
        store.save(issuedToken(spotify, userId, scopes, Instant.now()));
        return appClient(spotify).auth(SpotifyAuth.user(CLIENT_ID, CLIENT_SECRET, store));
    }

    /** {@return the emulator's token response for {@code userId} as a client {@link Token}} */
    static Token issuedToken(Emulator spotify, String userId, Set<String> scopes, Instant now) {
        Map<String, Object> t = spotify.userTokens(CLIENT_ID, userId, scopes);
        long expiresIn = ((Number) t.get("expires_in")).longValue();
        return new Token(
                (String) t.get("access_token"),
                "Bearer",
                now.plusSeconds(expiresIn),
                (String) t.get("refresh_token"),
                (String) t.get("scope"));
    }

    /** {@return the recorded API requests whose path is exactly {@code path}} */
    static List<RecordedRequest> requests(Emulator spotify, String path) {
        return spotify.requests().stream().filter(r -> r.path().equals(path)).toList();
    }
}
