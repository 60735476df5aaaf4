package dev.spotrec.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.eval.Estimate;
import dev.spotrec.recommender.eval.Evaluation;
import dev.spotrec.recommender.eval.EvaluationListener;
import dev.spotrec.recommender.eval.EvaluationReport;
import dev.spotrec.recommender.eval.ModelReport;
import dev.spotrec.recommender.eval.ModelSpec;
import dev.spotrec.recommender.eval.PlaylistHoldout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The evaluation document round-trips and says what it is. */
class EvaluationJsonTest {
    @TempDir Path dir;

    static EvaluationReport report() {
        TrainingData data =
                Datasets.load("synthetic:seed=2,users=40,artists=20,tracks=200,playlists=120");
        return new Evaluation(new PlaylistHoldout(0.2), 2, EvaluationListener.NONE)
                .run(
                        "synthetic:small",
                        data,
                        List.of(
                                ModelSpec.parse("most-popular"),
                                ModelSpec.parse("item-knn:k=20|50")),
                        List.of(1L, 2L));
    }

    @Test
    void writesAndReadsBackTheSameReport() throws Exception {
        EvaluationReport r = report();
        Path file = dir.resolve("out/evaluation.json");
        EvaluationJson.write(r, file);
        assertThat(EvaluationJson.read(file)).isEqualTo(r);
        assertThat(dir.resolve("out")).isDirectoryContaining(p -> p.equals(file));
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.count()).as("no temporary file left").isEqualTo(1);
        }
    }

    @Test
    void documentHoldsDatasetProtocolSeedsMetricsIntervalsAndTunedSettings() {
        JsonNode doc = JsonMapper.builder().build().readTree(EvaluationJson.toJson(report()));
        assertThat(doc.get("format").asString()).isEqualTo("spotrec-evaluation");
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.get("dataset").asString()).isEqualTo("synthetic:small");
        assertThat(doc.get("protocol").asString()).isEqualTo("playlist-holdout");
        assertThat(doc.get("seeds").size()).isEqualTo(2);
        JsonNode knn = doc.get("models").get(1);
        assertThat(knn.get("model").asString()).isEqualTo("item-knn");
        JsonNode ndcg = knn.get("metrics").get("ndcg@10");
        assertThat(ndcg.get("low").asDouble()).isLessThanOrEqualTo(ndcg.get("mean").asDouble());
        JsonNode run = knn.get("runs").get(0);
        assertThat(run.get("settings").get("k").asString()).isIn("20", "50");
        assertThat(run.get("trials").size()).isEqualTo(2);
        assertThat(run.get("fitSeconds").isNumber()).isTrue();
        assertThat(doc.get("seconds").asDouble()).isPositive();
    }

    @Test
    void nonFiniteNumbersRoundTrip() {
        EvaluationReport r =
                new EvaluationReport(
                        "d",
                        "ratio-811",
                        List.of(1L),
                        List.of(Map.of("train", 3)),
                        List.of(
                                new ModelReport(
                                        "m",
                                        Map.of("recall@10", Estimate.exact(0.5)),
                                        Map.of("g", Map.of("rprecision", Double.NaN)),
                                        List.of())),
                        1.5);
        EvaluationReport back = EvaluationJson.parse(EvaluationJson.toJson(r), "mem");
        assertThat(back.models().get(0).groups().get("g").get("rprecision")).isNaN();
        assertThat(back.models().get(0).mean("recall@10")).isEqualTo(0.5);
    }

    @Test
    void refusesOtherDocumentsNamingTheSource() {
        assertThatThrownBy(() -> EvaluationJson.parse("{\"format\":\"x\"}", "f.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("f.json")
                .hasMessageContaining("spotrec-evaluation");
        assertThatThrownBy(() -> EvaluationJson.parse("not json", "g.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("g.json");
        assertThatThrownBy(() -> EvaluationJson.read(dir.resolve("missing.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.json");
    }
}
