package dev.spotrec.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.ArtistFollow;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistFollow;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.TopItems;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import dev.spotrec.datasets.WorldSpec;
import dev.spotrec.datasets.Worlds;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads against a small synthetic world written into the warehouse: counts, streamed matrices
 * compared with ones computed from the world itself, attributes and Parquet export.
 */
abstract class ReadContract extends WarehouseFixture {
    static final World WORLD =
            Worlds.generate(
                    (WorldSpec.Synthetic)
                            WorldSpec.parse(
                                    "synthetic:seed=5,users=40,artists=30,tracks=150,playlists=50,length=12"));

    @TempDir Path out;

    @BeforeEach
    void writeWorld() {
        wh.write(WORLD::writeTo);
    }

    @Test
    void statsMatchTheWorld() {
        WarehouseStats s = wh.stats();
        assertThat(s.rows("artists")).isEqualTo(WORLD.artists().size());
        assertThat(s.rows("albums")).isEqualTo(WORLD.albums().size());
        assertThat(s.rows("tracks")).isEqualTo(WORLD.tracks().size());
        assertThat(s.rows("users")).isEqualTo(WORLD.users().size());
        assertThat(s.rows("playlists")).isEqualTo(WORLD.playlists().size());
        assertThat(s.rows("playlist_items")).isEqualTo(WORLD.stats().playlistItems());
        assertThat(s.rows("user_follows_playlist")).isEqualTo(WORLD.playlistFollows().size());
        assertThat(s.rows("audio_features"))
                .isEqualTo(WORLD.tracks().stream().filter(t -> t.features() != null).count());
    }

    @Test
    void writingTheSameWorldAgainChangesNoCounts() {
        WarehouseStats before = wh.stats();
        wh.write(WORLD::writeTo);
        assertThat(wh.stats()).isEqualTo(before);
    }

    @Test
    void streamsPlaylistTracksInRowOrderWithCounts() {
        Map<String, Map<String, Double>> expected = new TreeMap<>();
        for (Playlist p : WORLD.playlists()) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (PlaylistItem it : p.items()) {
                row.merge(it.trackId(), 1.0, Double::sum);
            }
            if (!row.isEmpty()) {
                expected.put(p.id(), row);
            }
        }
        Map<String, Map<String, Double>> got = new LinkedHashMap<>();
        long n =
                wh.forEachInteraction(
                        InteractionMatrix.PLAYLIST_TRACK,
                        (p, t, w) -> got.computeIfAbsent(p, k -> new LinkedHashMap<>()).put(t, w));
        assertThat(new ArrayList<>(got.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        for (String p : expected.keySet()) {
            // same tracks, same counts, in order of first position
            assertThat(new ArrayList<>(got.get(p).entrySet()))
                    .isEqualTo(new ArrayList<>(expected.get(p).entrySet()));
        }
        assertThat(n).isEqualTo(expected.values().stream().mapToLong(Map::size).sum());
    }

    @Test
    void streamsUserArtistAndFollowMatricesThroughACursor() {
        Map<String, Double> expected = new TreeMap<>();
        for (ArtistFollow f : WORLD.artistFollows()) {
            expected.put(f.userId() + " " + f.artistId(), 1.0);
        }
        Set<String> topPairs = new HashSet<>();
        for (TopItems t : WORLD.topItems()) {
            t.artistIds().forEach(a -> topPairs.add(t.userId() + " " + a));
        }
        topPairs.forEach(k -> expected.put(k, 1.0));
        Map<String, Double> got = new TreeMap<>();
        String previous = "";
        try (InteractionCursor c = wh.interactions(InteractionMatrix.USER_ARTIST)) {
            while (c.next()) {
                assertThat(c.row()).isGreaterThanOrEqualTo(previous);
                previous = c.row();
                got.put(c.row() + " " + c.column(), c.weight());
            }
        }
        assertThat(got).isEqualTo(expected);

        Set<String> follows = new HashSet<>();
        for (PlaylistFollow f : WORLD.playlistFollows()) {
            follows.add(f.userId() + " " + f.playlistId());
        }
        Set<String> streamed = new HashSet<>();
        wh.forEachInteraction(
                InteractionMatrix.USER_PLAYLIST_FOLLOW, (u, p, w) -> streamed.add(u + " " + p));
        assertThat(streamed).isEqualTo(follows);
    }

    @Test
    void streamsTrackAndArtistAttributes() {
        Map<String, TrackAttributes> got = new LinkedHashMap<>();
        wh.forEachTrack(t -> got.put(t.id(), t));
        assertThat(got).hasSize(WORLD.tracks().size());
        for (Track t : WORLD.tracks()) {
            TrackAttributes a = got.get(t.id());
            assertThat(a.features()).isEqualTo(t.features());
            assertThat(a.primaryArtistId()).isEqualTo(t.primaryArtistId());
            assertThat(a.releaseDate())
                    .isEqualTo(WORLD.album(t.albumId()).orElseThrow().releaseDate());
        }
        List<ArtistAttributes> artists = new ArrayList<>();
        wh.forEachArtist(artists::add);
        assertThat(artists)
                .extracting(ArtistAttributes::genres)
                .containsExactlyElementsOf(
                        artists.stream()
                                .map(a -> WORLD.artist(a.id()).orElseThrow().genres())
                                .toList());
        assertThat(artists).hasSize(WORLD.artists().size());
    }

    @Test
    void exportsTablesAndMatricesToParquetThatDuckDbReadsBack() throws Exception {
        List<ExportedFile> files = wh.export(out, List.of());
        WarehouseStats stats = wh.stats();
        assertThat(files)
                .hasSize(Warehouse.exportableTables().size() + InteractionMatrix.values().length);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = duck.createStatement()) {
            for (ExportedFile f : files) {
                try (ResultSet rs =
                        s.executeQuery("SELECT count(*) FROM read_parquet('" + f.file() + "')")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(f.name()).isEqualTo(f.rows());
                }
                if (stats.rows().containsKey(f.name())) {
                    assertThat(f.rows()).as(f.name()).isEqualTo(stats.rows(f.name()));
                }
            }
            try (ResultSet rs =
                    s.executeQuery(
                            "SELECT sum(weight) FROM read_parquet('"
                                    + out.resolve("playlist_track.parquet")
                                    + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(stats.rows("playlist_items"));
            }
        }
    }
}
