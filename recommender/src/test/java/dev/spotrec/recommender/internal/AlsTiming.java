package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.eval.HetrecLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;

/** Prints ALS seconds per iteration on HetRec (wall and process CPU), for quick local checks. */
public final class AlsTiming {

    private AlsTiming() {}

    /** Arguments: dataset directory, factors, iterations, threads. */
    public static void main(String[] args) {
        TrainingData data = HetrecLoader.load(Path.of(args[0]));
        int factors = Integer.parseInt(args[1]);
        int iterations = Integer.parseInt(args[2]);
        String threads = args.length > 3 ? args[3] : "2";
        var os =
                (com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < 3; round++) {
            AlsModel m =
                    new AlsModel(
                            Map.of(
                                    "factors",
                                    "" + factors,
                                    "iterations",
                                    "" + iterations,
                                    "threads",
                                    threads));
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            m.fit(data);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf(
                    "rank %d: %.4f s/iteration wall, %.4f s/iteration cpu%n",
                    factors, wall / iterations, cpu / iterations);
        }
    }
}
