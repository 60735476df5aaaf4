package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.datasets.World;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.Mode;
import dev.spotrec.emulator.RecordedRequest;
import dev.spotrec.emulator.junit.EmulatorExtension;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.PlaylistItem;
import dev.spotrec.spotify.model.Track;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client against the emulator in development mode (the restrictions of 27 Nov 2024 and 11 Feb
 * 2026): the mode is detected from the first batch 403, lookups fall back to one GET per id, closed
 * endpoints raise {@link EndpointUnavailableException}, removed fields read as null and playlist
 * contents come from {@code /items}.
 */
class DevelopmentModeEmulatorIT {
    @RegisterExtension
    static final EmulatorExtension SPOTIFY =
            new EmulatorExtension(
                    Emulator.builder().world(EmulatorExtension.SMALL_WORLD).mode(Mode.DEVELOPMENT));

    private Emulator spotify;
    private World world;
    private SpotifyClient app;

    @BeforeEach
    void setUp() {
        spotify = SPOTIFY.emulator();
        world = spotify.world();
        app = EmulatorClients.appClient(spotify).build();
    }

    @Test
    void theFirstBatch403SwitchesToOneGetPerDistinctId() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(world.tracks().get(i).id());
        }
        ids.add(ids.getFirst());

        List<Track> tracks = app.tracks().get(ids);

        assertThat(app.mode()).contains(ApiMode.DEVELOPMENT);
        assertThat(tracks).extracting(Track::id).containsExactlyElementsOf(ids);
        assertThat(tracks.get(2).name()).isEqualTo(world.tracks().get(2).name());
        assertThat(EmulatorClients.requests(spotify, "/v1/tracks"))
                .extracting(RecordedRequest::status)
                .containsExactly(403);
        assertThat(spotify.requests())
                .filteredOn(r -> r.path().startsWith("/v1/tracks/"))
                .hasSize(7)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));

        app.artists().get(List.of(world.artists().get(0).id(), world.artists().get(1).id()));
        assertThat(EmulatorClients.requests(spotify, "/v1/artists"))
                .as("no batch attempt once the mode is known")
                .isEmpty();
    }

    @Test
    void removedFieldsReadAsNull() {
        Track track = app.tracks().get(world.tracks().get(4).id());
        Artist artist = app.artists().get(world.artists().get(4).id());

        assertThat(track.name()).isEqualTo(world.tracks().get(4).name());
        assertThat(track.popularity()).isNull();
        assertThat(track.availableMarkets()).isNullOrEmpty();
        assertThat(artist.name()).isEqualTo(world.artists().get(4).name());
        assertThat(artist.popularity()).isNull();
        assertThat(artist.followers()).isNull();
    }

    @Test
    void closedEndpointsRaiseEndpointUnavailable() {
        SpotifyClient dev = EmulatorClients.appClient(spotify).mode(ApiMode.DEVELOPMENT).build();
        String artist = world.artists().getFirst().id();
        String track = world.tracks().getFirst().id();
        String user = world.users().getFirst().id();
        List<ThrowingCallable> closed =
                List.of(
                        () -> dev.artists().topTracks(artist),
                        () -> dev.artists().related(artist),
                        () -> dev.tracks().audioFeatures(track),
                        () -> dev.browse().newReleasesPage(0, 10),
                        () -> dev.browse().markets(),
                        () -> dev.users().get(user),
                        () -> dev.playlists().ofUserPage(user, 0, 10),
                        () -> dev.recommendations().get(RecommendationQuery.ofTracks(track)));

        for (ThrowingCallable call : closed) {
            assertThatThrownBy(call)
                    .isInstanceOf(EndpointUnavailableException.class)
                    .satisfies(
                            e ->
                                    assertThat(((EndpointUnavailableException) e).closedOn())
                                            .isNotNull());
        }
    }

    @Test
    void playlistContentsOfTheUsersOwnPlaylistComeFromItems() {
        dev.spotrec.datasets.Playlist owned =
                world.playlists().stream()
                        .max(Comparator.comparingInt(p -> p.items().size()))
                        .orElseThrow();
        SpotifyClient me =
                EmulatorClients.userClient(
                                spotify, owned.ownerId(), Set.of("playlist-read-private"))
                        .build();

        List<PlaylistItem> items = me.playlists().items(owned.id()).toList();

        assertThat(items)
                .extracting(i -> i.item().id())
                .containsExactlyElementsOf(
                        owned.items().stream()
                                .map(dev.spotrec.datasets.PlaylistItem::trackId)
                                .toList());
        assertThat(me.mode()).contains(ApiMode.DEVELOPMENT);
        assertThat(spotify.requests())
                .filteredOn(r -> r.path().startsWith("/v1/playlists/" + owned.id() + "/"))
                .filteredOn(r -> r.status() == 200)
                .allSatisfy(r -> assertThat(r.path()).endsWith("/items"))
                .allSatisfy(
                        r ->
                                assertThat(Integer.parseInt(r.queryParam("limit")))
                                        .isLessThanOrEqualTo(50));
    }

    @Test
    void searchPagesAtTen() {
        dev.spotrec.datasets.Track expected = world.tracks().get(11);

        List<String> found =
                app.search()
                        .tracks("\"" + expected.name() + "\"")
                        .limit(30)
                        .map(Track::id)
                        .toList();

        assertThat(found).contains(expected.id());
        assertThat(EmulatorClients.requests(spotify, "/v1/search"))
                .filteredOn(r -> r.status() == 200)
                .isNotEmpty()
                .allSatisfy(
                        r ->
                                assertThat(Integer.parseInt(r.queryParam("limit")))
                                        .isLessThanOrEqualTo(10));
    }
}
