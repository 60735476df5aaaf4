package dev.spotrec.bench.recommender;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Ranking;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingDataBuilder;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of recommending 500 tracks for an unseen playlist with ALS fold-in on a 2M-track catalog
 * (rank 64): fold-in (exact normal equations), scoring every track, top-500 selection and version
 * de-duplication. JMH sample mode reports p50 and p99; targets p50 &lt;= 5 ms, p99 &lt;= 20 ms.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/cp.txt) org.openjdk.jmh.Main RecommendLatencyBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx8g", "--add-modules", "jdk.incubator.vector"})
public class RecommendLatencyBenchmark {

    @Param({"2000000"})
    int tracks;

    @Param({"64"})
    int rank;

    private Recommender model;
    private Seed[] seeds;
    private int next;

    @Setup
    public void setUp() {
        int playlists = 200_000;
        CsrMatrix m = PowerLawMatrix.generate(playlists, tracks, 5_000_000L, 0.9, 7);
        TrainingDataBuilder b = TrainingData.builder();
        for (int t = 0; t < tracks; t++) {
            b.item("t" + t, "a" + (t / 10), "Track " + t, null);
        }
        for (int r = 0; r < playlists; r++) {
            for (int k = m.rowStart(r); k < m.rowEnd(r); k++) {
                b.interaction("p" + r, "t" + m.colIndex(k), 1);
            }
        }
        TrainingData data = b.build();
        model = Models.create("als", Map.of("factors", String.valueOf(rank), "iterations", "3"));
        model.fit(data);
        seeds = new Seed[256];
        for (int s = 0; s < seeds.length; s++) {
            int row = (int) ((s * 7919L) % playlists);
            seeds[s] = Seed.ofItems(data.interactions().row(row));
        }
    }

    @Benchmark
    public Ranking recommend500() {
        Seed seed = seeds[next++ & (seeds.length - 1)];
        return model.rank(seed, 500);
    }
}
