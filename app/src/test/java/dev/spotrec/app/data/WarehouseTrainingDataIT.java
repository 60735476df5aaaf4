package dev.spotrec.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistFollow;
import dev.spotrec.datasets.TopItems;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A synthetic world written into a DuckDB warehouse reads back as training data. */
class WarehouseTrainingDataIT {
    static final String SPEC =
            "synthetic:seed=3,users=60,artists=40,tracks=300,playlists=150,length=12";

    @TempDir static Path dir;
    static World world;
    static TrainingData data;

    @BeforeAll
    static void load() {
        world = Worlds.load(SPEC);
        String url = "duckdb:" + dir.resolve("wh.duckdb");
        try (Warehouse wh = Warehouse.open(url)) {
            wh.write(world::writeTo);
        }
        try (Warehouse wh = Warehouse.openReadOnly(url)) {
            data = WarehouseTrainingData.read(wh);
        }
    }

    @Test
    void keepsPlaylistTrackOrderTitleAndOwner() {
        long nonEmpty = world.playlists().stream().filter(p -> !p.items().isEmpty()).count();
        assertThat(data.rows().size()).isEqualTo((int) nonEmpty);
        for (Playlist p : world.playlists().subList(0, 20)) {
            int row = data.rows().id(p.id());
            if (p.items().isEmpty()) {
                assertThat(row).isEqualTo(-1);
                continue;
            }
            List<String> expected =
                    List.copyOf(
                            new LinkedHashSet<>(p.items().stream().map(i -> i.trackId()).toList()));
            List<String> actual =
                    Arrays.stream(data.orderedRow(row)).mapToObj(data.items()::key).toList();
            assertThat(actual).isEqualTo(expected);
            assertThat(data.rowTitle(row)).isEqualTo(p.name());
            assertThat(data.users().key(data.rowOwner(row))).isEqualTo(p.ownerId());
        }
    }

    @Test
    void carriesArtistTitleIsrcAttributesAndGenres() {
        int withTags = 0;
        for (int i = 0; i < data.items().size(); i++) {
            Track t = world.track(data.items().key(i)).orElseThrow();
            assertThat(data.itemTitle(i)).isEqualTo(t.name());
            assertThat(data.artists().key(data.itemArtist(i))).isEqualTo(t.artistIds().get(0));
            assertThat(data.itemIsrc(i)).isEqualTo(t.isrc());
            assertThat(data.attribute(i, data.attributes().id("popularity")))
                    .isEqualTo(t.popularity());
            if (t.features() != null) {
                assertThat(data.attribute(i, data.attributes().id("energy")))
                        .isEqualTo((float) t.features().energy());
            }
            assertThat(data.attribute(i, data.attributes().id("release year")))
                    .isBetween(1900f, 2100f);
            if (data.itemTags().rowLength(i) > 0) {
                withTags++;
            }
        }
        assertThat(withTags).isPositive();
    }

    @Test
    void linksFollowersToOwnersOfFollowedPlaylistsAndFollowedUsers() {
        assertThat(data.links().nnz()).isPositive();
        PlaylistFollow f =
                world.playlistFollows().stream()
                        .filter(
                                x ->
                                        !world.playlist(x.playlistId())
                                                .orElseThrow()
                                                .ownerId()
                                                .equals(x.userId()))
                        .findFirst()
                        .orElseThrow();
        String owner = world.playlist(f.playlistId()).orElseThrow().ownerId();
        assertThat(data.links().get(data.users().id(f.userId()), data.users().id(owner)))
                .isPositive();
        world.userFollows().stream()
                .limit(5)
                .forEach(
                        u ->
                                assertThat(
                                                data.links()
                                                        .get(
                                                                data.users().id(u.userId()),
                                                                data.users()
                                                                        .id(u.followedUserId())))
                                        .isPositive());
    }

    @Test
    void readsTopTracksAndArtists() {
        TopItems t = world.topItems().get(0);
        int user = data.users().id(t.userId());
        assertThat(user).isNotNegative();
        String artist = t.artistIds().get(0);
        assertThat(data.topArtists().get(user, data.artists().id(artist))).isPositive();
        assertThat(data.topItems().nnz()).isPositive();
    }

    @Test
    void refusesAReadWriteDuckDbWarehouse() {
        try (Warehouse wh = Warehouse.open("duckdb:" + dir.resolve("wh.duckdb"))) {
            assertThatThrownBy(() -> WarehouseTrainingData.read(wh))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("read-only");
        }
    }
}
