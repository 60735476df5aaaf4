package dev.spotrec.bench.recommender;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.internal.AlsModel;
import dev.spotrec.recommender.internal.Kernels;
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
 * One implicit-ALS epoch (both half-epochs, CG with 3 steps) at Million-Playlist scale: a generated
 * 1M playlists x 2M tracks matrix with about 66M non-zeros (Zipf 0.9 popularity), rank 64, on every
 * core. Target: at most 60 s per epoch on 2 cores.
 *
 * <p>FLOPs per epoch (printed at setup, see {@link AlsFlops}): CG 2 (cg + 1) 4k per non-zero, the
 * Gram matrices 2 k^2 (rows + cols) and the eigenbasis rotations 4 k^2 (rows + cols).
 *
 * <pre>
 * ./mvnw -q -B -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp bench/target/classes:$(cat bench/target/cp.txt) org.openjdk.jmh.Main AlsEpochBenchmark -wi 1 -i 2
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx12g", "--add-modules", "jdk.incubator.vector"})
public class AlsEpochBenchmark {

    @Param({"1000000"})
    int rows;

    @Param({"2000000"})
    int cols;

    @Param({"66000000"})
    long nnz;

    @Param({"64"})
    int rank;

    private CsrMatrix matrix;
    private AlsModel model;

    @Setup
    public void setUp() {
        matrix = PowerLawMatrix.generate(rows, cols, nnz, 0.9, 2018);
        matrix.transpose();
        model =
                new AlsModel(
                        Map.of(
                                "factors",
                                String.valueOf(rank),
                                "threads",
                                String.valueOf(Runtime.getRuntime().availableProcessors())));
        model.initialise(rows, cols);
        System.out.printf(
                "%nmatrix %s, kernels %s, %.1f GFLOP per epoch%n",
                matrix, Kernels.INSTANCE.name(), AlsFlops.perEpoch(matrix, rank, 3) / 1e9);
    }

    @Benchmark
    public AlsModel epoch() {
        model.epoch(matrix);
        return model;
    }
}
