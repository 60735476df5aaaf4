package dev.spotrec.bench.recommender;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.internal.AlsModel;
import dev.spotrec.recommender.internal.Kernels;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Side-by-side: seconds per implicit-ALS iteration on HetRec Last.fm (1,892 x 17,632, 92,834 pairs,
 * binary) at ranks 64 and 128, spotrec's ALS against Spark MLlib ALS in {@code local[2]} in the
 * same JVM on the same matrix. Target: spotrec at least 10x faster per iteration.
 *
 * <p>Method: spotrec runs 10 warm-up epochs, then 20 timed ones. Spark's {@code fit} has fixed
 * costs (planning, caching the ratings, collecting the factors), so each rank is fitted twice after
 * a warm-up fit, with {@code maxIter} 5 and 15, and the per-iteration time is the difference
 * divided by 10. Spark is bound to 127.0.0.1 with its UI off. Give Spark a native BLAS for a fair
 * race (Debian: {@code apt-get install libopenblas0-pthread}, run with {@code
 * OPENBLAS_NUM_THREADS=1}); without one it says so on stderr and falls back to its slower Java
 * BLAS.
 *
 * <pre>
 * java -Xmx4g --add-modules jdk.incubator.vector -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
 *     dev.spotrec.bench.recommender.AlsHetrecComparison ../shared/datasets/hetrec2011-lastfm-2k [master]
 * </pre>
 */
public final class AlsHetrecComparison {

    private AlsHetrecComparison() {}

    /** Arguments: the HetRec directory, and optionally the Spark master (default local[2]). */
    public static void main(String[] args) throws IOException {
        CsrMatrix m = load(Path.of(args[0]).resolve("user_artists.dat"));
        String master = args.length > 1 ? args[1] : "local[2]";
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "HetRec %s, %d threads, kernels %s; Spark MLlib %s%n",
                m,
                threads,
                Kernels.INSTANCE.name(),
                master);
        for (String logger : List.of("org.apache.spark", "org.apache.hadoop", "org.sparkproject")) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "error");
        }
        SparkSession spark =
                SparkSession.builder()
                        .master(master)
                        .appName("spotrec-als-bench")
                        .config("spark.ui.enabled", "false")
                        .config("spark.ui.showConsoleProgress", "false")
                        .config("spark.driver.host", "127.0.0.1")
                        .config("spark.driver.bindAddress", "127.0.0.1")
                        .config("spark.sql.shuffle.partitions", "8")
                        .getOrCreate();
        try {
            Dataset<Row> ratings = ratings(spark, m).cache();
            ratings.count();
            for (int rank : new int[] {64, 128}) {
                double ours = spotrecSeconds(m, rank, threads);
                double theirs = sparkSeconds(ratings, rank);
                System.out.printf(
                        Locale.ROOT,
                        "rank %3d: spotrec %.4f s/iteration (%.1f GFLOP/s), Spark %.3f s/iteration:"
                                + " %.1fx faster%n",
                        rank,
                        ours,
                        AlsFlops.perEpoch(m, rank, 3) / ours / 1e9,
                        theirs,
                        theirs / ours);
            }
        } finally {
            spark.stop();
        }
    }

    private static double spotrecSeconds(CsrMatrix m, int rank, int threads) {
        AlsModel model =
                new AlsModel(
                        Map.of(
                                "factors",
                                String.valueOf(rank),
                                "threads",
                                String.valueOf(threads)));
        model.initialise(m.rows(), m.cols());
        for (int i = 0; i < 10; i++) {
            model.epoch(m);
        }
        int iterations = 20;
        long t0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            model.epoch(m);
        }
        return (System.nanoTime() - t0) / 1e9 / iterations;
    }

    /** Per-iteration seconds of Spark's ALS: (fit at 15 iterations - fit at 5) / 10. */
    private static double sparkSeconds(Dataset<Row> ratings, int rank) {
        fitSeconds(ratings, rank, 5); // warm-up: code generation and JIT
        double five = fitSeconds(ratings, rank, 5);
        double fifteen = fitSeconds(ratings, rank, 15);
        return (fifteen - five) / 10;
    }

    private static double fitSeconds(Dataset<Row> ratings, int rank, int iterations) {
        ALS als =
                new ALS()
                        .setImplicitPrefs(true)
                        .setRank(rank)
                        .setRegParam(1.0)
                        .setAlpha(10)
                        .setMaxIter(iterations)
                        .setSeed(42)
                        .setUserCol("user")
                        .setItemCol("item")
                        .setRatingCol("rating");
        long t0 = System.nanoTime();
        var model = als.fit(ratings);
        // The factors are computed lazily: count them so the fit is complete.
        model.userFactors().count();
        model.itemFactors().count();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Dataset<Row> ratings(SparkSession spark, CsrMatrix m) {
        List<Row> rows = new ArrayList<>(m.nnz());
        for (int u = 0; u < m.rows(); u++) {
            for (int i : m.row(u)) {
                rows.add(RowFactory.create(u, i, 1f));
            }
        }
        StructType schema =
                new StructType()
                        .add("user", DataTypes.IntegerType)
                        .add("item", DataTypes.IntegerType)
                        .add("rating", DataTypes.FloatType);
        return spark.createDataFrame(rows, schema);
    }

    private static CsrMatrix load(Path file) throws IOException {
        Map<String, Integer> users = new HashMap<>();
        Map<String, Integer> items = new HashMap<>();
        CsrMatrix.Builder b = CsrMatrix.builder();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                int u = users.computeIfAbsent(f[0], k -> users.size());
                int i = items.computeIfAbsent(f[1], k -> items.size());
                b.add(u, i, 1);
            }
        }
        return b.build(users.size(), items.size()).binarized();
    }
}
