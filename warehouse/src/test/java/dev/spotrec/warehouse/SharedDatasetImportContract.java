package dev.spotrec.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spotrec.datasets.SpotifyPlaylistCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Imports of the shared research datasets (HetRec Last.fm 2k, Spotify playlist CSV 2024) with exact
 * counts, on every engine; skipped when {@code ../shared} is absent.
 */
abstract class SharedDatasetImportContract extends WarehouseFixture {
    @Test
    void importsHetRecWithEveryListeningCount() {
        Path dir = shared().resolve("datasets/hetrec2011-lastfm-2k");
        ImportSummary s = Importer.builder(wh).build().run(ImportSource.HETREC, dir);
        assertThat(s.filesImported()).isEqualTo(5);
        assertThat(wh.stats().rows("user_artist_plays")).isEqualTo(92_834);
        assertThat(wh.stats().rows("users")).isEqualTo(1_892);
        long pairs = wh.forEachInteraction(InteractionMatrix.USER_ARTIST, (u, a, w) -> {});
        assertThat(pairs).isEqualTo(92_834);
        assertThat(Importer.builder(wh).build().run(ImportSource.HETREC, dir).filesSkipped())
                .isEqualTo(5);
    }

    @Test
    void importsTheSpotifyCsvIntoDistinctTracksAndPlaylists() {
        Path dir = shared().resolve("datasets/spotify-playlists-2024");
        Set<String> tracks = new HashSet<>();
        Set<String> playlists = new HashSet<>();
        Set<String> items = new HashSet<>();
        Set<String> withFeatures = new HashSet<>();
        long rows =
                SpotifyPlaylistCsv.forEachRow(
                        dir,
                        r -> {
                            // the first row of a track gives its attributes
                            if (tracks.add(r.trackId()) && r.features() != null) {
                                withFeatures.add(r.trackId());
                            }
                            playlists.add(r.playlistId());
                            items.add(r.playlistId() + " " + r.trackId());
                        });
        assertThat(rows).isEqualTo(4_831);

        Importer.builder(wh).build().run(ImportSource.SPOTIFY_CSV, dir);
        WarehouseStats st = wh.stats();
        assertThat(st.rows("tracks")).isEqualTo(tracks.size());
        assertThat(st.rows("playlists")).isEqualTo(playlists.size());
        assertThat(st.rows("playlist_items")).isEqualTo(items.size());
        assertThat(st.rows("audio_features")).isEqualTo(withFeatures.size());
        assertThat(st.rows("imported_files")).isEqualTo(2);
    }

    static Path shared() {
        String dir = System.getProperty("spotrec.shared.dir");
        Path p = dir == null ? null : Path.of(dir);
        assumeTrue(
                p != null && Files.isDirectory(p.resolve("datasets")),
                "shared datasets not found (system property spotrec.shared.dir="
                        + dir
                        + "): skipping the HetRec/CSV import test");
        return p;
    }
}
