package dev.spotrec.bench.recommender;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.internal.AlsModel;
import dev.spotrec.recommender.internal.Kernels;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Side-by-side: seconds per implicit-ALS iteration on HetRec Last.fm (1,892 x 17,632, 92,834 pairs,
 * binary) at ranks 64 and 128, against Spark MLlib 4.2 ALS in {@code local[2]} measured on this
 * machine at 0.6 s and 1.7 s per iteration (the numbers; Spark is not on this class path).
 * Prints our time and the ratio; the target is at least 10x.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp bench/target/classes:$(cat bench/target/cp.txt) \
 *     dev.spotrec.bench.recommender.AlsHetrecComparison ../shared/datasets/hetrec2011-lastfm-2k
 * </pre>
 */
public final class AlsHetrecComparison {

    private static final Map<Integer, Double> SPARK_SECONDS = Map.of(64, 0.6, 128, 1.7);

    private AlsHetrecComparison() {}

    /** Argument: the HetRec directory. */
    public static void main(String[] args) throws IOException {
        CsrMatrix m = load(Path.of(args[0]).resolve("user_artists.dat"));
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "HetRec %s, %d threads, kernels %s%n",
                m,
                threads,
                Kernels.INSTANCE.name());
        for (int rank : new int[] {64, 128}) {
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
            double perIteration = (System.nanoTime() - t0) / 1e9 / iterations;
            double gflops = AlsFlops.perEpoch(m, rank, 3) / perIteration / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "rank %3d: %.4f s/iteration (%.1f GFLOP/s); Spark local[2] %.1f s: %.1fx "
                            + "faster%n",
                    rank,
                    perIteration,
                    gflops,
                    SPARK_SECONDS.get(rank),
                    SPARK_SECONDS.get(rank) / perIteration);
        }
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
