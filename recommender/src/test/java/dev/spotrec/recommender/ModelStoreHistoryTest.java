package dev.spotrec.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.recommender.testing.SyntheticWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fit history kept in a model directory, and the records and defaults around it. */
class ModelStoreHistoryTest {

    private static final TrainingData DATA =
            SyntheticWorld.generate(SyntheticWorld.Options.small(3)).data();

    @Test
    void alsHistoryHasOneFiniteLossPerIterationThatNeverRises(@TempDir Path dir) {
        Recommender als =
                Models.create("als", Map.of("factors", "8", "iterations", "6", "threads", "2"));
        als.fit(DATA);
        ModelStore.save(als, dir);
        List<EpochStat> h = ModelStore.history(dir);
        assertThat(h).extracting(EpochStat::epoch).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(h).allSatisfy(e -> assertThat(e.model()).isEqualTo("als"));
        for (int i = 1; i < h.size(); i++) {
            assertThat(h.get(i).loss()).isLessThanOrEqualTo(h.get(i - 1).loss() * (1 + 1e-6));
        }
        assertThat(h.get(5).loss()).isLessThan(h.get(0).loss());
    }

    @Test
    void lossCanBeSwitchedOffAndIsThenNaN() {
        List<Double> losses = new java.util.ArrayList<>();
        Models.create("als", Map.of("factors", "8", "iterations", "2", "loss", "false"))
                .fit(DATA, (m, e, n, loss, t) -> losses.add(loss));
        assertThat(losses).hasSize(2).allMatch(l -> l.isNaN());
    }

    @Test
    void directoryWithoutHistoryHasAnEmptyOne(@TempDir Path dir) throws Exception {
        Recommender pop = Models.create("most-popular");
        pop.fit(DATA);
        ModelStore.save(pop, dir);
        Files.delete(dir.resolve("history.tsv"));
        assertThat(ModelStore.history(dir)).isEmpty();
        assertThat(ModelStore.load(dir).name()).isEqualTo("most-popular");
    }

    @Test
    void malformedHistoryAndMissingModelAreRefusedClearly(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ModelStore.history(dir))
                .isInstanceOf(RecommenderException.class)
                .hasMessageContaining("no model in");
        Recommender pop = Models.create("most-popular");
        pop.fit(DATA);
        ModelStore.save(pop, dir);
        Files.writeString(
                dir.resolve("history.tsv"), "model\tepoch\tloss\tseconds\nals\tx\t1\t2\n");
        assertThatThrownBy(() -> ModelStore.history(dir))
                .isInstanceOf(RecommenderException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("train it again");
    }

    @Test
    void epochStatRejectsBadFields() {
        assertThat(new EpochStat("als", 1, Double.NaN, 0).loss()).isNaN();
        assertThatThrownBy(() -> new EpochStat("als", 0, 1, 0)).hasMessageContaining("epoch");
        assertThatThrownBy(() -> new EpochStat("a\tb", 1, 1, 0)).hasMessageContaining("model");
        assertThatThrownBy(() -> new EpochStat("als", 1, 1, -1)).hasMessageContaining("seconds");
    }

    @Test
    void defaultFitOfAForeignRecommenderReportsOnePhase() {
        Recommender inner = Models.create("most-popular");
        Recommender foreign =
                new Recommender() {
                    @Override
                    public String name() {
                        return "foreign";
                    }

                    @Override
                    public Map<String, String> settings() {
                        return Map.of();
                    }

                    @Override
                    public void fit(TrainingData data) {
                        inner.fit(data);
                    }

                    @Override
                    public TrainingData data() {
                        return inner.data();
                    }

                    @Override
                    public Ranking rank(Seed seed, int n, RankOptions options) {
                        return inner.rank(seed, n, options);
                    }

                    @Override
                    public Explanation explain(Seed seed, int item) {
                        return inner.explain(seed, item);
                    }
                };
        List<String> events = new java.util.ArrayList<>();
        foreign.fit(DATA, (m, e, n, loss, t) -> events.add(m + " " + e + "/" + n + " " + loss));
        assertThat(events).containsExactly("foreign 1/1 NaN");
        assertThat(foreign.rank(Seed.empty(), 3).items()).hasSize(3);
    }
}
