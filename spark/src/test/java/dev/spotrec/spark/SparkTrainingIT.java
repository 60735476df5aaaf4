package dev.spotrec.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.spotrec.recommender.HeldOut;
import dev.spotrec.recommender.ModelStore;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.RankOptions;
import dev.spotrec.recommender.Ranking;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.eval.Metrics;
import dev.spotrec.recommender.eval.PlaylistHoldout;
import dev.spotrec.recommender.eval.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark ALS in {@code local[2]} on a small synthetic world exported from a DuckDB warehouse: the
 * model round-trips through ModelStore and serves like a local ALS, its hold-out recall is close to
 * the local ALS's, batch scoring writes correct top-n lists, and bad input is named.
 */
class SparkTrainingIT {

    static final String WORLD =
            "synthetic:seed=11,users=150,artists=60,tracks=400,playlists=300,genres=6,length=15";
    static final SparkAlsSettings SETTINGS = new SparkAlsSettings(16, 0.5, 10, 10, 7, 2);

    @TempDir static Path dir;
    static ExportedWorld world;
    static SparkTraining spark;
    static SparkAls trained;
    static final List<String> PHASES = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        world = ExportedWorld.create(dir, WORLD);
        spark =
                SparkTraining.builder()
                        .master("local[2]")
                        .settings(SETTINGS)
                        .config("spark.sql.shuffle.partitions", "2")
                        .listener((m, e, n, loss, took) -> PHASES.add(m + " " + e + "/" + n))
                        .start();
        trained = spark.train(world.data(), world.exportDir());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.close();
        }
    }

    @Test
    void modelLoadsThroughModelStoreAndRecommendsLikeTheTrainedOne() {
        Recommender model = trained.recommender();
        Path modelDir = dir.resolve("model");
        ModelStore.save(model, modelDir);
        Recommender loaded = ModelStore.load(modelDir);

        assertThat(loaded.name()).isEqualTo("als");
        TrainingData data = world.data();
        Seed known = data.seedForRow(0);
        Ranking a = model.rank(known, 20);
        Ranking b = loaded.rank(known, 20);
        assertThat(b.items()).hasSize(20).containsExactly(a.items());
        assertThat(b.items()).doesNotContain(known.items());

        // An unseen playlist: three tracks of row 0, folded in at request time.
        Seed unseen = Seed.ofItems(Arrays.copyOf(known.items(), 3));
        Ranking folded = loaded.rank(unseen, 20);
        assertThat(folded.items()).hasSize(20).doesNotContain(unseen.items());
        assertThat(folded.scores()[0]).isGreaterThan(0f);
        assertThat(trained.stats().pairs()).isEqualTo(data.interactions().nnz());
        assertThat(trained.stats().unmatchedRows()).isZero();
        assertThat(trained.stats().unmatchedItems()).isZero();
        assertThat(PHASES).startsWith("als-spark 1/3", "als-spark 2/3", "als-spark 3/3");
    }

    @Test
    void holdOutRecallIsCloseToTheLocalAls(TestReporter report) throws Exception {
        Task task = new PlaylistHoldout(0.2).task(world.data(), 3);
        Path split = world.exportOf(task.train(), dir.resolve("split"));
        Recommender sparkAls = spark.train(task.train(), split).recommender();
        Recommender localAls = Models.create("als", SETTINGS.localAlsSettings());
        localAls.fit(task.train());
        Recommender popular = Models.create("most-popular");
        popular.fit(task.train());

        double sparkRecall = recall(sparkAls, task.test());
        double localRecall = recall(localAls, task.test());
        double popularRecall = recall(popular, task.test());

        String line =
                String.format(
                        "recall@20 spark %.4f local %.4f most-popular %.4f (%d test playlists)%n",
                        sparkRecall, localRecall, popularRecall, task.test().size());
        report.publishEntry("recall@20", line);
        Files.writeString(Path.of("target", "spark-recall.txt"), line);
        assertThat(sparkRecall).isGreaterThan(popularRecall);
        assertThat(sparkRecall).isCloseTo(localRecall, within(0.05));
    }

    @Test
    void scoreAllWritesTheBestUnseenItemsOfEveryRow() throws Exception {
        Path out = dir.resolve("recommendations.parquet");
        int n = 10;
        var file = trained.scoreAll(out, n);
        TrainingData data = world.data();
        assertThat(file.rows()).isEqualTo((long) data.rows().size() * n);

        Map<String, List<Object[]>> byRow = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT row_id, rank, column_id, score FROM read_parquet('"
                                        + out
                                        + "/*.parquet') ORDER BY row_id, rank")) {
            while (rs.next()) {
                byRow.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Object[] {rs.getInt(2), rs.getString(3), rs.getFloat(4)});
            }
        }
        assertThat(byRow).hasSize(data.rows().size());
        Recommender model = trained.recommender();
        RankOptions raw = new RankOptions(0, false);
        for (String rowKey : List.of(data.rows().key(0), data.rows().key(7))) {
            List<Object[]> list = byRow.get(rowKey);
            Seed seed = data.seedForRow(rowKey);
            Ranking local = model.rank(seed, n, raw);
            for (int i = 0; i < n; i++) {
                assertThat(list.get(i)[0]).isEqualTo(i + 1);
                int item = data.items().id((String) list.get(i)[1]);
                assertThat(item).isNotIn(toList(seed.items()));
                // Same factors, same scores (summation order may differ in the last bits).
                assertThat((float) list.get(i)[2]).isCloseTo(local.scores()[i], within(1e-4f));
            }
        }
    }

    @Test
    void missingParquetExportIsNamed() {
        Path empty = dir.resolve("no-export");
        assertThatThrownBy(() -> spark.train(world.data(), empty))
                .isInstanceOf(SparkTrainingException.class)
                .hasMessageContaining(empty.resolve("playlist_track.parquet").toString())
                .hasMessageContaining("spotrec warehouse export")
                .matches(e -> ((SparkTrainingException) e).isBadInput());
    }

    @Test
    void exportWithoutTheMatrixColumnsIsNamed() throws Exception {
        Path wrong = dir.resolve("wrong-export");
        Files.createDirectories(wrong);
        Path file = wrong.resolve("playlist_track.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute(
                    "COPY (SELECT 'p' AS playlist, 't' AS track) TO '"
                            + file
                            + "' (FORMAT parquet)");
        }
        assertThatThrownBy(() -> spark.train(world.data(), wrong))
                .isInstanceOf(SparkTrainingException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("[playlist, track]")
                .hasMessageContaining("needs [row_id, column_id, weight]");
    }

    @Test
    void exportOfAnotherWarehouseIsRejectedBeforeFitting() {
        TrainingData other = TrainingData.builder().interaction("someone", "something", 1f).build();
        assertThatThrownBy(() -> spark.train(other, world.exportDir()))
                .isInstanceOf(SparkTrainingException.class)
                .hasMessageContaining("row ids in")
                .hasMessageContaining("export and train from the same warehouse")
                .matches(e -> ((SparkTrainingException) e).isBadInput());
    }

    @Test
    void badMasterUrlIsNamedBeforeSparkStarts() {
        assertThatThrownBy(() -> SparkTraining.builder().master("lokal[2]"))
                .isInstanceOf(SparkTrainingException.class)
                .hasMessageContaining("'lokal[2]'")
                .hasMessageContaining("local[*]");
    }

    private static double recall(Recommender model, List<HeldOut> cases) {
        double sum = 0;
        for (HeldOut h : cases) {
            sum += Metrics.recall(model.rank(h.seed(), 20).items(), h.truth(), 20);
        }
        return sum / cases.size();
    }

    private static List<Integer> toList(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }
}
