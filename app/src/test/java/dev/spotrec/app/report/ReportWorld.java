package dev.spotrec.app.report;

import dev.spotrec.datasets.WorldSpec;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.recommender.ModelStore;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingDataBuilder;
import dev.spotrec.recommender.eval.Evaluation;
import dev.spotrec.recommender.eval.EvaluationReport;
import dev.spotrec.recommender.eval.ModelSpec;
import dev.spotrec.recommender.eval.PlaylistHoldout;
import dev.spotrec.recommender.eval.Recsys2018;
import dev.spotrec.warehouse.InteractionMatrix;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A small real world for report tests: a synthetic world written to a DuckDB warehouse, training
 * data read back from it, a fitted and saved model, and real evaluations.
 */
final class ReportWorld {
    static final String SPEC =
            "synthetic:seed=5,users=60,artists=40,tracks=500,playlists=240,length=14";

    final String warehouseUrl;
    final Path modelDir;
    final TrainingData data;

    private ReportWorld(String warehouseUrl, Path modelDir, TrainingData data) {
        this.warehouseUrl = warehouseUrl;
        this.modelDir = modelDir;
        this.data = data;
    }

    /** Writes the world into {@code dir/warehouse.duckdb} and an ALS model to {@code dir/model}. */
    static ReportWorld create(Path dir) {
        String url = "duckdb:" + dir.resolve("warehouse.duckdb");
        TrainingData data;
        try (Warehouse wh = Warehouse.open(url)) {
            wh.write(batch -> Worlds.stream(WorldSpec.parse(SPEC), batch));
            data = trainingData(wh);
        }
        Recommender model = Models.create("als");
        model.fit(data);
        Path modelDir = dir.resolve("model");
        ModelStore.save(model, modelDir);
        return new ReportWorld(url, modelDir, data);
    }

    private static TrainingData trainingData(Warehouse wh) {
        TrainingDataBuilder b = TrainingData.builder();
        wh.forEachInteraction(
                InteractionMatrix.PLAYLIST_TRACK,
                (row, item, weight) -> b.interaction(row, item, (float) weight));
        wh.forEachTrack(
                t -> {
                    if (b.hasItem(t.id())) {
                        b.item(t.id(), t.primaryArtistId(), t.name(), null);
                    }
                });
        return b.build();
    }

    /** Playlist hold-out over most-popular and item-kNN, two seeds. */
    EvaluationReport holdout() {
        return new Evaluation(new PlaylistHoldout(0.2))
                .run("synthetic", data, specs(), List.of(1L, 2L));
    }

    /** The RecSys-2018 protocol (per-group results), one seed. */
    EvaluationReport recsys2018() {
        return new Evaluation(new Recsys2018(0)).run("synthetic-mpd", data, specs(), List.of(1L));
    }

    private static List<ModelSpec> specs() {
        return List.of(ModelSpec.of("most-popular", Map.of()), ModelSpec.of("item-knn", Map.of()));
    }
}
