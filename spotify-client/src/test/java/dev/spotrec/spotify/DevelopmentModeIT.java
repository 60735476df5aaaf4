package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.spotify.model.Track;
import dev.spotrec.spotify.testing.Catalog;
import dev.spotrec.spotify.testing.FakeResponse;
import dev.spotrec.spotify.testing.FakeSpotifyServer;
import dev.spotrec.spotify.testing.FakeTime;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Development mode: detected on the first batch 403, single-GET fallback, closed endpoints refused.
 */
class DevelopmentModeIT {

    @RegisterExtension final FakeSpotifyServer server = new FakeSpotifyServer();

    private void developmentModeServer() {
        server.dispatcher(
                r -> {
                    if (r.path().equals("/v1/tracks")
                            || r.path().endsWith("/tracks")
                                    && r.path().startsWith("/v1/playlists/")) {
                        return FakeResponse.error(403, "Forbidden");
                    }
                    if (r.path().startsWith("/v1/tracks/")) {
                        String id = r.path().substring("/v1/tracks/".length());
                        return BatchingIT.known(id)
                                ? FakeResponse.ok(Catalog.track(id))
                                : FakeResponse.error(404, "Not found");
                    }
                    if (r.path().endsWith("/items")) {
                        return FakeResponse.ok(
                                Catalog.itemsPage(
                                        server.apiBase(),
                                        r.path().substring(3),
                                        Integer.parseInt(r.param("offset")),
                                        Integer.parseInt(r.param("limit")),
                                        120));
                    }
                    return null;
                });
    }

    @Test
    void aBatch403SwitchesToDevelopmentModeAndSingleGets() {
        developmentModeServer();
        List<SpotifyEvent.ModeDetected> detected = new CopyOnWriteArrayList<>();
        SpotifyClient client =
                TestClients.builder(server, new FakeTime())
                        .eventListener(
                                e -> {
                                    if (e instanceof SpotifyEvent.ModeDetected m) {
                                        detected.add(m);
                                    }
                                })
                        .build();
        List<String> ids = List.of(Catalog.id(1), Catalog.id(62), Catalog.id(2), Catalog.id(1));

        List<Track> tracks = client.tracks().get(ids);

        assertThat(tracks)
                .extracting(t -> t == null ? null : t.id())
                .containsExactly(Catalog.id(1), null, Catalog.id(2), Catalog.id(1));
        assertThat(client.mode()).contains(ApiMode.DEVELOPMENT);
        assertThat(detected)
                .singleElement()
                .satisfies(m -> assertThat(m.reason()).contains("GET /tracks", "403"));
        assertThat(server.requests("/v1/tracks/")).as("one GET per distinct id").hasSize(3);

        int batchCalls = server.requests("/v1/tracks").size() - 3;
        client.tracks().get(List.of(Catalog.id(3), Catalog.id(4)));
        assertThat(server.requests("/v1/tracks").size() - 5)
                .as("no more batch attempts once detected")
                .isEqualTo(batchCalls);
    }

    @Test
    void playlistItemsFallBackFromTracksToItems() {
        developmentModeServer();
        SpotifyClient client = TestClients.builder(server, new FakeTime()).build();

        assertThat(client.playlists().items(Catalog.id(99)).count()).isEqualTo(120);
        assertThat(client.mode()).contains(ApiMode.DEVELOPMENT);
        assertThat(server.requests("/v1/playlists/"))
                .filteredOn(r -> r.path().endsWith("/items"))
                .hasSize(3);
    }

    @Test
    void closedEndpointsAreRefusedWithTheDateAndAlternative() {
        SpotifyClient client =
                TestClients.builder(server, new FakeTime()).mode(ApiMode.DEVELOPMENT).build();

        assertThatThrownBy(() -> client.browse().markets())
                .isInstanceOfSatisfying(
                        EndpointUnavailableException.class,
                        e -> {
                            assertThat(e.endpoint()).isEqualTo("GET /markets");
                            assertThat(e.closedOn()).isEqualTo(LocalDate.of(2026, 2, 11));
                            assertThat(e.getMessage())
                                    .contains(
                                            "GET /markets",
                                            "2026-02-11",
                                            "development mode",
                                            "Instead:");
                        });
        assertThatThrownBy(
                        () ->
                                client.recommendations()
                                        .get(RecommendationQuery.ofTracks(Catalog.id(1))))
                .isInstanceOfSatisfying(
                        EndpointUnavailableException.class,
                        e -> assertThat(e.closedOn()).isEqualTo(LocalDate.of(2024, 11, 27)));
        assertThat(server.requests("/v1/")).as("refused without a request").isEmpty();
    }

    @Test
    void aClosedEndpointAnsweringInExtendedModeNamesTheClosure() {
        server.dispatcher(
                r ->
                        r.path().startsWith("/v1/audio-features")
                                ? FakeResponse.error(403, "Forbidden")
                                : null);
        SpotifyClient client =
                TestClients.builder(server, new FakeTime()).mode(ApiMode.EXTENDED).build();

        assertThatThrownBy(() -> client.tracks().audioFeatures(List.of(Catalog.id(1))))
                .isInstanceOfSatisfying(
                        EndpointUnavailableException.class,
                        e -> {
                            assertThat(e.endpoint()).isEqualTo("GET /audio-features");
                            assertThat(e.status()).isEqualTo(403);
                            assertThat(e.alternative()).contains("dataset");
                        });
    }

    @Test
    void algorithmicPlaylistsAreReportedAsClosed() {
        SpotifyClient client = TestClients.builder(server, new FakeTime()).build();

        assertThatThrownBy(() -> client.playlists().get("spotify:playlist:37i9dQZF1DXcBWIGoYBM5M"))
                .isInstanceOfSatisfying(
                        EndpointUnavailableException.class,
                        e -> assertThat(e.getMessage()).contains("algorithmic", "2024-11-27"));
    }
}
