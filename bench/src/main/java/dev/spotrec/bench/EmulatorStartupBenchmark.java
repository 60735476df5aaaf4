package dev.spotrec.bench;

import dev.spotrec.datasets.World;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.emulator.Emulator;
import java.net.URI;

/**
 * Start-up time of the emulator over a 100,000-track synthetic world, in a fresh JVM: generating
 * the world, starting the server, and the first answered batch request. Target: under 5 s in all.
 * Also prints the peak memory.
 *
 * <p>Run (after {@code ./mvnw -q -B -pl bench -am install -DskipTests}):
 *
 * <pre>
 * ./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp bench/target/classes:$(cat bench/target/cp.txt) dev.spotrec.bench.EmulatorStartupBenchmark \
 *     [world-spec] [split]
 * </pre>
 *
 * With {@code split} the world is generated first and the server then started on it, to time each;
 * without, the emulator is started from the spec as the CLI does, loading Jetty's classes while the
 * world generates.
 *
 * <p>The default spec, {@code synthetic:artists=12500}, has 8 tracks an artist: 100,000 tracks.
 */
public final class EmulatorStartupBenchmark {
    private EmulatorStartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        String spec = args.length > 0 ? args[0] : "synthetic:artists=12500";
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime();
        long c0 = os.getProcessCpuTime();
        boolean split = args.length > 1 && args[1].equals("split");
        World preloaded = split ? Worlds.load(spec) : null;
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        Emulator.Builder builder =
                split ? Emulator.builder().world(preloaded) : Emulator.builder().world(spec);
        try (Emulator emulator = builder.start()) {
            World world = emulator.world();
            long t2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            String ids =
                    String.join(
                            ",", world.tracks().subList(0, 50).stream().map(t -> t.id()).toList());
            URI base = URI.create(emulator.baseUrl());
            RawHttpLoad.Result r =
                    RawHttpLoad.run(
                            base.getHost(),
                            base.getPort(),
                            java.util.List.of("/v1/tracks?ids=" + ids),
                            emulator.clientToken("demo-client"),
                            1,
                            1,
                            60_000);
            long t3 = System.nanoTime();
            long c3 = os.getProcessCpuTime();
            if (r.errors() != 0 || r.requests() != 1) {
                throw new IllegalStateException("the first batch request failed");
            }
            System.out.printf("world                %s%n", spec);
            System.out.printf(
                    "size                 %,d tracks, %,d artists, %,d users, %,d playlists%n",
                    world.tracks().size(),
                    world.artists().size(),
                    world.users().size(),
                    world.playlists().size());
            if (split) {
                System.out.printf("generate world ms    %,d%n", (t1 - t0) / 1_000_000);
                System.out.printf("start server ms      %,d%n", (t2 - t1) / 1_000_000);
            } else {
                System.out.printf(
                        "world + server ms    %,d (class loading overlaps generation)%n",
                        (t2 - t0) / 1_000_000);
            }
            System.out.printf("first batch ms       %,d%n", (t3 - t2) / 1_000_000);
            System.out.printf(
                    "total to ready ms    %,d   (target < 5,000)%n", (t3 - t0) / 1_000_000);
            System.out.printf(
                    "CPU ms               world %,d, server start %,d, first batch %,d (all threads)%n",
                    (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000, (c3 - c2) / 1_000_000);
            System.out.printf("load average         %.1f%n", os.getSystemLoadAverage());
            System.out.printf("peak RSS MiB         %d%n", Memory.peakRssMib());
            System.out.printf(
                    "peak heap MiB        %d (live after GC %d)%n",
                    Memory.peakHeapMib(), Memory.liveHeapMib());
        }
    }
}
