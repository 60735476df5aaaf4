package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.World;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.junit.EmulatorExtension;
import dev.spotrec.spotify.model.Album;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.AudioFeatures;
import dev.spotrec.spotify.model.Page;
import dev.spotrec.spotify.model.Playlist;
import dev.spotrec.spotify.model.PlaylistItem;
import dev.spotrec.spotify.model.Track;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client against the emulator in extended mode: every endpoint group returns exactly the
 * world's data (names, ids, counts, paging totals), as the independent ground truth.
 */
class ExtendedModeEmulatorIT {
    @RegisterExtension
    static final EmulatorExtension SPOTIFY =
            new EmulatorExtension(Emulator.builder().world(EmulatorExtension.SMALL_WORLD));

    private static final Set<String> SCOPES =
            Set.of(
                    "user-top-read",
                    "user-library-read",
                    "user-library-modify",
                    "user-follow-read",
                    "playlist-read-private",
                    "playlist-modify-public",
                    "playlist-modify-private");

    private Emulator spotify;
    private World world;
    private SpotifyClient app;

    @BeforeEach
    void setUp() {
        spotify = SPOTIFY.emulator();
        world = spotify.world();
        app = EmulatorClients.appClient(spotify).build();
    }

    private SpotifyClient userClient(String userId) {
        return EmulatorClients.userClient(spotify, userId, SCOPES).build();
    }

    /** The playlist with the most items, so that its items span several pages. */
    private dev.spotrec.datasets.Playlist longestPlaylist() {
        return world.playlists().stream()
                .max(Comparator.comparingInt(p -> p.items().size()))
                .orElseThrow();
    }

    @Test
    void tracksMatchTheWorld() {
        dev.spotrec.datasets.Track expected = world.tracks().get(17);

        Track track = app.tracks().get(expected.id());

        assertThat(track.id()).isEqualTo(expected.id());
        assertThat(track.name()).isEqualTo(expected.name());
        assertThat(track.album().id()).isEqualTo(expected.albumId());
        assertThat(track.artists()).extracting(Artist::id).isEqualTo(expected.artistIds());
        assertThat(track.durationMs()).isEqualTo(expected.durationMs());
        assertThat(track.explicit()).isEqualTo(expected.explicit());
        assertThat(track.popularity()).isEqualTo(expected.popularity());
        assertThat(track.trackNumber()).isEqualTo(expected.trackNumber());
        assertThat(track.externalIds()).containsEntry("isrc", expected.isrc());
    }

    @Test
    void audioFeaturesMatchTheWorld() {
        dev.spotrec.datasets.Track expected = world.tracks().get(3);

        AudioFeatures f = app.tracks().audioFeatures(expected.id());

        assertThat(f.id()).isEqualTo(expected.id());
        assertThat(f.danceability()).isEqualTo(expected.features().danceability());
        assertThat(f.tempo()).isEqualTo(expected.features().tempo());
        assertThat(f.key()).isEqualTo(expected.features().key());
    }

    @Test
    void artistsAndTheirAlbumsMatchTheWorld() {
        dev.spotrec.datasets.Artist expected =
                world.artists().stream()
                        .max(Comparator.comparingInt(a -> world.artistAlbums(a.id()).size()))
                        .orElseThrow();

        Artist artist = app.artists().get(expected.id());
        List<Album> albums = app.artists().albums(expected.id()).toList();

        assertThat(artist.name()).isEqualTo(expected.name());
        assertThat(artist.genres()).isEqualTo(expected.genres());
        assertThat(artist.popularity()).isEqualTo(expected.popularity());
        assertThat(artist.followers().total()).isEqualTo((int) expected.followers());
        assertThat(albums)
                .extracting(Album::id)
                .containsExactlyInAnyOrderElementsOf(
                        world.artistAlbums(expected.id()).stream()
                                .map(dev.spotrec.datasets.Album::id)
                                .toList());
        assertThat(app.artists().topTracks(expected.id()))
                .isNotEmpty()
                .allSatisfy(
                        t ->
                                assertThat(t.artists())
                                        .extracting(Artist::id)
                                        .contains(expected.id()));
    }

    @Test
    void albumsAndTheirTracksMatchTheWorld() {
        dev.spotrec.datasets.Album expected = world.albums().get(5);
        List<String> trackIds =
                world.albumTracks(expected.id()).stream()
                        .map(dev.spotrec.datasets.Track::id)
                        .toList();

        Album album = app.albums().get(expected.id());
        Page<Track> firstPage = app.albums().tracksPage(expected.id(), 0, 1);

        assertThat(album.name()).isEqualTo(expected.name());
        assertThat(album.releaseDate()).isEqualTo(expected.releaseDate());
        assertThat(album.label()).isEqualTo(expected.label());
        assertThat(album.totalTracks()).isEqualTo(trackIds.size());
        assertThat(app.albums().tracks(expected.id()).map(Track::id).toList())
                .containsExactlyInAnyOrderElementsOf(trackIds);
        assertThat(firstPage.total()).isEqualTo(trackIds.size());
    }

    @Test
    void playlistItemsArePagedInOrderWithTheWorldsTotal() {
        dev.spotrec.datasets.Playlist expected = longestPlaylist();
        List<String> trackIds =
                expected.items().stream().map(dev.spotrec.datasets.PlaylistItem::trackId).toList();

        Playlist playlist = app.playlists().get(expected.id());
        List<PlaylistItem> items = app.playlists().items(expected.id()).toList();
        Page<PlaylistItem> page = app.playlists().itemsPage(expected.id(), 0, 5, null, null);

        assertThat(playlist.name()).isEqualTo(expected.name());
        assertThat(playlist.owner().id()).isEqualTo(expected.ownerId());
        assertThat(playlist.followers().total()).isEqualTo((int) expected.followers());
        assertThat(items).extracting(i -> i.item().id()).containsExactlyElementsOf(trackIds);
        assertThat(items.getFirst().addedAt()).isEqualTo(expected.items().getFirst().addedAt());
        assertThat(page.total()).isEqualTo(trackIds.size());
        assertThat(page.items()).hasSize(Math.min(5, trackIds.size()));
    }

    @Test
    void usersAndTheirPublicPlaylistsMatchTheWorld() {
        dev.spotrec.datasets.User expected = world.users().get(2);
        List<String> ownedPublic =
                world.playlistsOwnedBy(expected.id()).stream()
                        .filter(dev.spotrec.datasets.Playlist::isPublic)
                        .map(dev.spotrec.datasets.Playlist::id)
                        .toList();

        List<String> listed = app.playlists().ofUser(expected.id()).map(Playlist::id).toList();

        assertThat(app.users().get(expected.id()).displayName()).isEqualTo(expected.displayName());
        assertThat(listed).startsWith(ownedPublic.toArray(String[]::new));
    }

    @Test
    void theUsersOwnDataComesFromTheWorld() {
        dev.spotrec.datasets.TopItems top =
                world.topItems().stream()
                        .filter(t -> t.timeRange() == dev.spotrec.datasets.TimeRange.MEDIUM_TERM)
                        .filter(t -> !t.trackIds().isEmpty())
                        .findFirst()
                        .orElseThrow();
        SpotifyClient me = userClient(top.userId());

        assertThat(me.users().me().id()).isEqualTo(top.userId());
        assertThat(me.personalization().topTracks(TimeRange.MEDIUM_TERM).map(Track::id).toList())
                .containsExactlyElementsOf(top.trackIds());
        assertThat(me.personalization().topArtists(TimeRange.MEDIUM_TERM).map(Artist::id).toList())
                .containsExactlyElementsOf(top.artistIds());
        assertThat(me.follow().artists().map(Artist::id).toList())
                .containsExactlyInAnyOrderElementsOf(
                        world.artistsFollowedBy(top.userId()).stream()
                                .map(dev.spotrec.datasets.Artist::id)
                                .toList());
        assertThat(me.playlists().mine().map(Playlist::id).toList())
                .containsAll(
                        world.playlistsOwnedBy(top.userId()).stream()
                                .map(dev.spotrec.datasets.Playlist::id)
                                .toList());
    }

    @Test
    void savingTracksAndCreatingAPlaylistChangeTheEmulatorsWorld() {
        String userId = world.users().get(4).id();
        SpotifyClient me = userClient(userId);
        List<String> tracks = world.tracks().subList(40, 43).stream().map(t -> t.id()).toList();
        List<String> uris = tracks.stream().map(id -> "spotify:track:" + id).toList();

        me.library().save(uris);
        Playlist created =
                me.playlists().create(new NewPlaylist("Emulator mix", "three", false, false));
        me.playlists().add(created.id(), uris);

        assertThat(me.library().contains(uris)).containsOnly(true);
        assertThat(me.library().savedTracks().map(s -> s.item().id()).toList()).containsAll(tracks);
        assertThat(spotify.playlist(created.id()).orElseThrow().items())
                .extracting(dev.spotrec.datasets.PlaylistItem::trackId)
                .containsExactlyElementsOf(tracks);
    }

    @Test
    void searchFindsAWorldTrackByName() {
        dev.spotrec.datasets.Track expected = world.tracks().get(9);

        List<String> found =
                app.search()
                        .tracks("\"" + expected.name() + "\"")
                        .limit(200)
                        .map(Track::id)
                        .toList();

        assertThat(found).contains(expected.id());
    }

    @Test
    void browseAndRecommendationsAnswerInExtendedMode() {
        assertThat(app.browse().newReleasesPage(0, 10).total()).isPositive();
        assertThat(app.browse().categories().toList()).isNotEmpty();
        assertThat(app.browse().markets()).contains("US");
        assertThat(app.recommendations().genreSeeds())
                .contains(world.artists().getFirst().genres().getFirst());
        assertThat(
                        app.recommendations()
                                .get(
                                        new RecommendationQuery(
                                                List.of(),
                                                List.of(),
                                                List.of(world.tracks().getFirst().id()),
                                                5,
                                                java.util.Map.of()))
                                .tracks())
                .hasSize(5);
    }
}
