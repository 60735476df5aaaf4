package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.World;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.RecordedRequest;
import dev.spotrec.emulator.junit.EmulatorExtension;
import dev.spotrec.spotify.model.Album;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.AudioFeatures;
import dev.spotrec.spotify.model.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Batch lookups of more than 1,000 ids against the emulator: the fewest requests (⌈distinct / batch
 * size⌉, asserted on the recorded requests), no request above the endpoint's maximum, input order
 * kept, duplicates filled and unknown ids null.
 */
class BatchingEmulatorIT {
    /** A world with more than 1,000 tracks. */
    @RegisterExtension
    static final EmulatorExtension SPOTIFY =
            new EmulatorExtension(
                    Emulator.builder()
                            .world(
                                    "synthetic:seed=11,users=40,artists=150,tracks=1100,playlists=60"));

    /** A well-formed base62 id that no world object has. */
    private static final String UNKNOWN = "0000000000000000000000";

    private Emulator spotify;
    private World world;
    private SpotifyClient client;

    @BeforeEach
    void setUp() {
        spotify = SPOTIFY.emulator();
        world = spotify.world();
        client = EmulatorClients.appClient(spotify).build();
    }

    private static <T> List<String> withDuplicatesAndUnknown(
            List<T> objects, Function<T, String> id) {
        List<String> ids = new ArrayList<>(objects.stream().map(id).toList());
        ids.addAll(ids.subList(0, 25));
        ids.add(UNKNOWN);
        return ids;
    }

    private List<RecordedRequest> batchRequests(String path) {
        return EmulatorClients.requests(spotify, path);
    }

    private static int ceilDiv(int n, int d) {
        return (n + d - 1) / d;
    }

    @Test
    void moreThanAThousandTracksTakeTheFewestBatchRequests() {
        List<dev.spotrec.datasets.Track> all = world.tracks();
        assertThat(all).hasSizeGreaterThan(1000);
        List<String> ids = withDuplicatesAndUnknown(all, dev.spotrec.datasets.Track::id);

        List<Track> tracks = client.tracks().get(ids);

        assertThat(tracks).hasSize(ids.size());
        for (int i = 0; i < all.size(); i++) {
            assertThat(tracks.get(i).id()).isEqualTo(all.get(i).id());
            assertThat(tracks.get(i).name()).isEqualTo(all.get(i).name());
        }
        assertThat(tracks.get(all.size())).isEqualTo(tracks.getFirst());
        assertThat(tracks.getLast()).isNull();
        List<RecordedRequest> batches = batchRequests("/v1/tracks");
        assertThat(batches).hasSize(ceilDiv(all.size() + 1, 50));
        assertThat(batches)
                .allSatisfy(
                        r ->
                                assertThat(r.queryParam("ids").split(",").length)
                                        .isLessThanOrEqualTo(50));
        assertThat(spotify.requests())
                .filteredOn(r -> r.path().startsWith("/v1/tracks/"))
                .isEmpty();
    }

    @Test
    void audioFeaturesArtistsAndAlbumsUseTheirOwnBatchSizes() {
        List<String> trackIds =
                world.tracks().stream().map(dev.spotrec.datasets.Track::id).toList();
        List<String> artistIds =
                withDuplicatesAndUnknown(world.artists(), dev.spotrec.datasets.Artist::id);
        List<String> albumIds =
                withDuplicatesAndUnknown(world.albums(), dev.spotrec.datasets.Album::id);

        List<AudioFeatures> features = client.tracks().audioFeatures(trackIds);
        List<Artist> artists = client.artists().get(artistIds);
        List<Album> albums = client.albums().get(albumIds);

        assertThat(features).extracting(AudioFeatures::id).containsExactlyElementsOf(trackIds);
        assertThat(artists.subList(0, world.artists().size()))
                .extracting(Artist::name)
                .containsExactlyElementsOf(world.artists().stream().map(a -> a.name()).toList());
        assertThat(albums.subList(0, world.albums().size()))
                .extracting(Album::id)
                .containsExactlyElementsOf(world.albums().stream().map(a -> a.id()).toList());
        assertThat(artists.getLast()).isNull();
        assertThat(albums.getLast()).isNull();
        assertThat(batchRequests("/v1/audio-features")).hasSize(ceilDiv(trackIds.size(), 100));
        assertThat(batchRequests("/v1/artists")).hasSize(ceilDiv(world.artists().size() + 1, 50));
        assertThat(batchRequests("/v1/albums")).hasSize(ceilDiv(world.albums().size() + 1, 20));
    }
}
