package dev.spotrec.recommender.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.testing.SyntheticWorld;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class EvaluationTest {

    private static final TrainingData WORLD =
            SyntheticWorld.generate(SyntheticWorld.Options.small(21)).data();

    @Test
    void tunesOnValidationAndReportsTestOncePerSeed() {
        List<Trial> trials = new java.util.ArrayList<>();
        EvaluationListener listener =
                new EvaluationListener() {
                    @Override
                    public void trialDone(String model, long seed, Trial trial) {
                        trials.add(trial);
                    }
                };
        EvaluationReport report =
                new Evaluation(new PlaylistHoldout(0.2), 2, listener)
                        .run(
                                "synthetic",
                                WORLD,
                                List.of(
                                        ModelSpec.parse("most-popular"),
                                        ModelSpec.parse("item-knn:k=5|50")),
                                List.of(1L, 2L));
        assertThat(report.protocol()).isEqualTo("playlist-holdout");
        assertThat(trials).hasSize(2 * (1 + 2));
        ModelReport knn = report.model("item-knn");
        assertThat(knn.runs()).hasSize(2);
        for (SeedRun run : knn.runs()) {
            Trial best =
                    run.trials().stream()
                            .max(java.util.Comparator.comparingDouble(Trial::objective))
                            .orElseThrow();
            assertThat(run.settings()).containsEntry("k", best.settings().get("k"));
            assertThat(run.objective()).isEqualTo("ndcg@10");
        }
        Estimate recall = knn.metrics().get("recall@10");
        assertThat(recall.low()).isLessThanOrEqualTo(recall.mean());
        assertThat(recall.high()).isGreaterThanOrEqualTo(recall.mean());
        assertThat(knn.mean("recall@10"))
                .isGreaterThan(report.model("most-popular").mean("recall@10"));
        assertThat(knn.mean("versionLeak@10")).isZero();
        assertThat(knn.metrics())
                .containsKeys(
                        "rprecision",
                        "ndcg",
                        "clicks",
                        "coverage",
                        "diversity@10",
                        "popularity@10");
        assertThat(report.table(List.of("recall@10", "ndcg@10")))
                .contains("item-knn", "most-popular");
        // Popularity percentiles are wider than recall; every column still lines up.
        List<String> lines = report.table(List.of("recall@10", "popularity@10")).lines().toList();
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            assertThat(separators(line)).isEqualTo(separators(lines.get(0))).hasSize(3);
            assertThat(line).hasSameSizeAs(lines.get(0));
        }
    }

    private static List<Integer> separators(String line) {
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = line.indexOf(" | "); i >= 0; i = line.indexOf(" | ", i + 1)) {
            at.add(i);
        }
        return at;
    }

    @Test
    void challengeProtocolReportsPerGroupMetrics() {
        EvaluationReport report =
                new Evaluation(new Recsys2018(3))
                        .run(
                                "synthetic",
                                WORLD,
                                List.of(
                                        ModelSpec.of(
                                                "als", Map.of("factors", "16", "iterations", "5"))),
                                List.of(1L));
        ModelReport als = report.model("als");
        assertThat(als.groups()).containsKeys("title-only", "first5");
        assertThat(als.groups().get("first5")).containsKeys("rprecision", "ndcg", "clicks");
        assertThat(als.mean("clicks")).isBetween(0.0, 51.0);
    }

    @Test
    void reportSerialisesToJsonWithSettingsAndTimings() {
        EvaluationReport report =
                new Evaluation(new PlaylistHoldout(0.2))
                        .run(
                                "synthetic",
                                WORLD,
                                List.of(ModelSpec.parse("most-popular")),
                                List.of(3L));
        ObjectMapper json = JsonMapper.builder().build();
        JsonNode tree = json.readTree(json.writeValueAsString(report));
        assertThat(tree.get("protocol").asString()).isEqualTo("playlist-holdout");
        JsonNode model = tree.get("models").get(0);
        assertThat(model.get("metrics").get("recall@10").get("mean").isNumber()).isTrue();
        assertThat(model.get("runs").get(0).get("fitSeconds").isNumber()).isTrue();
        assertThat(model.get("runs").get(0).has("settings")).isTrue();
    }

    @Test
    void labelsRepeatedModelsBySettings() {
        assertThat(
                        Evaluation.labels(
                                List.of(
                                        ModelSpec.parse("item-knn:k=5"),
                                        ModelSpec.parse("item-knn:k=50"),
                                        ModelSpec.parse("als"))))
                .containsExactly("item-knn:k=5", "item-knn:k=50", "als");
        assertThat(
                        Evaluation.labels(
                                List.of(
                                        ModelSpec.parse("hybrid"),
                                        ModelSpec.parse("hybrid:trees=0"))))
                .containsExactly("hybrid", "hybrid:trees=0");
        assertThatThrownBy(
                        () ->
                                Evaluation.labels(
                                        List.of(ModelSpec.parse("als"), ModelSpec.parse("als"))))
                .hasMessageContaining("given twice");
    }

    @Test
    void refusesToGridSearchTheSupervisedHybrid() {
        assertThatThrownBy(
                        () ->
                                new Evaluation(new PlaylistHoldout(0.2))
                                        .run(
                                                "synthetic",
                                                WORLD,
                                                List.of(ModelSpec.parse("hybrid:trees=5|10")),
                                                List.of(1L)))
                .isInstanceOf(RecommenderException.class)
                .hasMessageContaining("cannot also be grid-searched");
    }
}
