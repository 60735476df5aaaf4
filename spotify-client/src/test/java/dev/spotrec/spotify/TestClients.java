package dev.spotrec.spotify;

import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.testing.FakeSpotifyServer;
import dev.spotrec.spotify.testing.FakeTime;

/** Clients wired to a fake server and fake time. */
final class TestClients {

    private TestClients() {}

    /** {@return a builder pointed at {@code server}, using client credentials and {@code time}} */
    static SpotifyClient.Builder builder(FakeSpotifyServer server, FakeTime time) {
        server.clock(time);
        return SpotifyClient.builder()
                .apiBaseUrl(server.apiBase())
                .accountsBaseUrl(server.accountsBase())
                .auth(SpotifyAuth.clientCredentials("test-client", "test-secret-value"))
                .clock(time)
                .sleeper(time)
                .seed(42);
    }
}
