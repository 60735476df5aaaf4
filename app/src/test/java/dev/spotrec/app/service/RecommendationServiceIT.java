package dev.spotrec.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.app.data.WarehouseTrainingData;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.recommender.ModelStore;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service over a model trained on a small warehouse. */
class RecommendationServiceIT {
    @TempDir static Path dir;
    static World world;
    static String url;
    static Path modelDir;

    @BeforeAll
    static void train() {
        world =
                Worlds.load(
                        "synthetic:seed=5,users=80,artists=40,tracks=400,playlists=200,length=15");
        url = "duckdb:" + dir.resolve("wh.duckdb");
        try (Warehouse wh = Warehouse.open(url)) {
            wh.write(world::writeTo);
        }
        Recommender model = Models.create("item-knn");
        try (Warehouse wh = Warehouse.openReadOnly(url)) {
            model.fit(WarehouseTrainingData.read(wh));
        }
        modelDir = dir.resolve("model");
        ModelStore.save(model, modelDir);
    }

    static PlaylistInput input(Playlist p) {
        return new PlaylistInput(
                p.id(), p.name(), p.ownerId(), p.items().stream().map(i -> i.trackId()).toList());
    }

    static Playlist longPlaylist() {
        return world.playlists().stream()
                .filter(p -> p.items().size() >= 10)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void continuesAPlaylistWithNamesAndHumanExplanations() {
        Playlist p = longPlaylist();
        try (Warehouse wh = Warehouse.openReadOnly(url);
                RecommendationService s = RecommendationService.open(modelDir, wh)) {
            assertThat(s.modelName()).isEqualTo("item-knn");
            Continuation c = s.continuePlaylist(input(p), 20);
            assertThat(c.model()).isEqualTo("item-knn");
            assertThat(c.items()).hasSize(20);
            Set<String> seed = input(p).trackIds().stream().collect(Collectors.toSet());
            for (ContinuationItem item : c.items()) {
                assertThat(seed).doesNotContain(item.trackId());
                Track t = world.track(item.trackId()).orElseThrow();
                assertThat(item.name()).isEqualTo(t.name());
                assertThat(item.artists().get(0))
                        .isEqualTo(world.artist(t.artistIds().get(0)).orElseThrow().name());
                assertThat(item.album()).isEqualTo(world.album(t.albumId()).orElseThrow().name());
                assertThat(item.explanation()).isNotBlank().doesNotContain(item.trackId());
                assertThat(item.reasons()).contains(item.explanation());
            }
            assertThat(c.items().get(0).rank()).isEqualTo(1);
            assertThat(c.items().get(0).explanation()).startsWith("because this playlist has ");
            String named = c.items().get(0).explanation().substring(26);
            assertThat(
                            seed.stream()
                                    .map(id -> world.track(id).orElseThrow().name())
                                    .anyMatch(named::startsWith))
                    .isTrue();
        }
    }

    @Test
    void baselineIsMostPopularWithTheSameExclusions() {
        Playlist p = longPlaylist();
        try (Warehouse wh = Warehouse.openReadOnly(url);
                RecommendationService s = RecommendationService.open(modelDir, wh)) {
            Continuation b = s.baseline(input(p), 15);
            assertThat(b.model()).isEqualTo("most-popular");
            assertThat(b.items()).hasSize(15);
            assertThat(b.items())
                    .noneMatch(i -> input(p).trackIds().contains(i.trackId()))
                    .allMatch(i -> i.explanation().equals("popular across all playlists"));
        }
    }

    @Test
    void recommendsFromTopTracksOrTopArtists() {
        var top = world.topItems().get(0);
        try (Warehouse wh = Warehouse.openReadOnly(url);
                RecommendationService s = RecommendationService.open(modelDir, wh)) {
            Continuation fromTracks = s.fromTopItems(top.userId(), top.trackIds(), List.of(), 10);
            assertThat(fromTracks.items()).hasSize(10);
            assertThat(fromTracks.items()).noneMatch(i -> top.trackIds().contains(i.trackId()));
            Continuation fromArtists = s.fromTopItems(top.userId(), List.of(), top.artistIds(), 10);
            assertThat(fromArtists.items()).hasSize(10);
        }
    }

    @Test
    void readsTracksAndFallsBackOnAReadWriteWarehouse() {
        Track t = world.tracks().get(0);
        try (Warehouse wh = Warehouse.open(url);
                RecommendationService s = RecommendationService.open(modelDir, wh)) {
            TrackInfo info = s.track(t.id()).orElseThrow();
            assertThat(info.name()).isEqualTo(t.name());
            assertThat(info.albumId()).isEqualTo(t.albumId());
            assertThat(info.artists()).hasSize(1);
            assertThat(s.track("0000000000000000000000")).isEmpty();
            assertThat(s.continuePlaylist(input(longPlaylist()), 5).items()).hasSize(5);
        }
    }

    @Test
    void refusesAMissingModel() {
        try (Warehouse wh = Warehouse.openReadOnly(url)) {
            assertThatThrownBy(() -> RecommendationService.open(dir.resolve("nope"), wh))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no model at")
                    .hasMessageContaining("run spotrec train");
        }
    }
}
