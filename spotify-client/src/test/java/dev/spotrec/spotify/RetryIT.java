package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.spotify.testing.Catalog;
import dev.spotrec.spotify.testing.FakeResponse;
import dev.spotrec.spotify.testing.FakeSpotifyServer;
import dev.spotrec.spotify.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries with backoff on 5xx, dropped connections and timeouts, for idempotent requests only. */
class RetryIT {

    @RegisterExtension final FakeSpotifyServer server = new FakeSpotifyServer();

    private final FakeTime time = new FakeTime();
    private final List<SpotifyEvent.Retrying> retries = new CopyOnWriteArrayList<>();

    private SpotifyClient client() {
        return TestClients.builder(server, time)
                .eventListener(
                        e -> {
                            if (e instanceof SpotifyEvent.Retrying r) {
                                retries.add(r);
                            }
                        })
                .requestTimeout(Duration.ofMillis(1500))
                .build();
    }

    @Test
    void retriesServerErrorsAndDroppedConnectionsThenSucceeds() {
        String id = Catalog.id(5);
        SpotifyClient client = client();
        server.dispatcher(
                r -> r.path().equals("/v1/me") ? FakeResponse.ok("{\"id\":\"me\"}") : null);
        client.users().me(); // fetch the token first so the queue below serves only the track call
        // The JDK client itself resends a GET once when a reused connection closes, so two drops in
        // a row make sure one reaches the retry link.
        server.enqueue(
                FakeResponse.error(503, "Service unavailable"),
                FakeResponse.disconnect(),
                FakeResponse.disconnect(),
                FakeResponse.ok(Catalog.track(id)));

        assertThat(client.tracks().get(id).name()).isEqualTo("Track " + id);
        assertThat(server.requests("/v1/tracks/")).hasSize(4);
        assertThat(retries.get(0).reason()).isEqualTo("HTTP 503");
        assertThat(retries)
                .extracting(SpotifyEvent.Retrying::reason)
                .last()
                .asString()
                .as("a dropped connection is retried")
                .contains("IOException");
        assertThat(time.sleeps())
                .as("jittered exponential backoff: base 250 ms doubling")
                .satisfies(
                        s -> {
                            assertThat(s.get(0))
                                    .isBetween(Duration.ofMillis(125), Duration.ofMillis(250));
                            assertThat(s.get(1))
                                    .isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
                        });
    }

    @Test
    void retriesATimedOutRequest() {
        String id = Catalog.id(6);
        SpotifyClient client = client();
        server.dispatcher(
                r -> r.path().equals("/v1/me") ? FakeResponse.ok("{\"id\":\"me\"}") : null);
        client.users().me();
        retries.clear();
        server.enqueue(
                FakeResponse.ok(Catalog.track(id)).after(Duration.ofMillis(2500)),
                FakeResponse.ok(Catalog.track(id)));

        assertThat(client.tracks().get(id).id()).isEqualTo(id);
        assertThat(retries).hasSize(1);
        assertThat(retries.get(0).reason()).contains("HttpTimeoutException");
    }

    @Test
    void givesUpAfterTheConfiguredRetries() {
        server.dispatcher(
                r -> r.path().startsWith("/v1/") ? FakeResponse.error(500, "Server error") : null);

        assertThatThrownBy(() -> client().tracks().get(Catalog.id(1)))
                .isInstanceOfSatisfying(
                        SpotifyApiException.class,
                        e -> {
                            assertThat(e.status()).isEqualTo(500);
                            assertThat(e.getMessage()).contains("500", "GET http://127.0.0.1");
                        });
        assertThat(server.requests("/v1/tracks/")).hasSize(4);
    }

    @Test
    void neverResendsANonIdempotentPost() {
        server.dispatcher(
                r -> r.path().startsWith("/v1/") ? FakeResponse.error(500, "Server error") : null);

        assertThatThrownBy(() -> client().playlists().create(NewPlaylist.named("Mix")))
                .isInstanceOf(SpotifyApiException.class);
        assertThat(server.requests("/v1/me/playlists")).hasSize(1);
        assertThat(retries).isEmpty();
    }
}
