package dev.spotrec.bench;

import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.emulator.Emulator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Requests per second the emulator serves for batch-track GETs of 50 ids ({@code
 * /v1/tracks?ids=...}, the crawler's hottest call), with a bounded closed-loop load generator on
 * loopback in the same JVM, so that server and client share the machine's cores. Target: at least
 * 5,000 req/s on 2 cores. Also prints the latency percentiles and the peak memory.
 *
 * <p>Run (after {@code ./mvnw -q -B -pl bench -am install -DskipTests}):
 *
 * <pre>
 * ./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp bench/target/classes:$(cat bench/target/cp.txt) dev.spotrec.bench.EmulatorLoadBenchmark \
 *     [world-spec] [connections] [max-requests] [max-seconds]
 * </pre>
 *
 * Defaults: the demo world {@code synthetic:} (12,000 tracks), 8 connections, 300,000 requests, 20
 * s, after a 5 s warm-up.
 */
public final class EmulatorLoadBenchmark {
    private EmulatorLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        String spec = args.length > 0 ? args[0] : "synthetic:";
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long maxRequests = args.length > 2 ? Long.parseLong(args[2]) : 300_000;
        long maxSeconds = args.length > 3 ? Long.parseLong(args[3]) : 20;
        World world = Worlds.load(spec);
        try (Emulator emulator = Emulator.builder().world(world).start()) {
            URI base = URI.create(emulator.baseUrl());
            List<String> targets = batches(world, 2_000, 50);
            String token = emulator.clientToken("demo-client");
            RawHttpLoad.run(
                    base.getHost(), base.getPort(), targets, token, connections, 1_000_000, 5_000);
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean)
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long gc0 = gcMillis();
            RawHttpLoad.Result r =
                    RawHttpLoad.run(
                            base.getHost(),
                            base.getPort(),
                            targets,
                            token,
                            connections,
                            maxRequests,
                            maxSeconds * 1000);
            double cpuMicros = (os.getProcessCpuTime() - cpu0) / 1e3 / Math.max(1, r.requests());
            System.out.printf(
                    "world                %s (%,d tracks)%n", spec, world.tracks().size());
            System.out.printf(
                    "connections          %d, cores %d%n",
                    connections, Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    "requests             %,d in %.1f s, errors %d%n",
                    r.requests(), r.seconds(), r.errors());
            System.out.printf("batch-track req/s    %,.0f   (target >= 5,000)%n", r.perSecond());
            System.out.printf(
                    "CPU us a request     %.0f (server and load generator together)%n", cpuMicros);
            double clientMicros = r.clientCpuNanos() / 1e3 / Math.max(1, r.requests());
            System.out.printf(
                    "  of which client    %.0f; server alone %.0f us a request%n",
                    clientMicros, cpuMicros - clientMicros);
            System.out.printf(
                    "server req/s a core  %,.0f   (2 cores for the server: %,.0f)%n",
                    1e6 / (cpuMicros - clientMicros), 2e6 / (cpuMicros - clientMicros));
            System.out.printf(
                    "req/s a busy core    %,.0f   (2 idle cores: %,.0f)%n",
                    1e6 / cpuMicros, 2e6 / cpuMicros);
            System.out.printf("GC ms during run     %,d%n", gcMillis() - gc0);
            System.out.printf("load average         %.1f%n", os.getSystemLoadAverage());
            System.out.printf("tracks/s             %,.0f%n", r.perSecond() * 50);
            System.out.printf(
                    "response MB/s        %,.0f (%,d bytes a response)%n",
                    r.bytes() / r.seconds() / 1e6,
                    r.requests() == 0 ? 0 : r.bytes() / r.requests());
            System.out.printf(
                    "latency p50/p99 us   %d / %d%n",
                    r.percentileMicros(0.5), r.percentileMicros(0.99));
            System.out.printf("peak RSS MiB         %d%n", Memory.peakRssMib());
            System.out.printf(
                    "peak heap MiB        %d (live after GC %d)%n",
                    Memory.peakHeapMib(), Memory.liveHeapMib());
        }
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** {@code count} request targets, each 50 distinct random track ids (seeded). */
    static List<String> batches(World world, int count, int size) {
        SplittableRandom random = new SplittableRandom(7);
        List<Track> tracks = world.tracks();
        List<String> targets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder("/v1/tracks?ids=");
            for (int j = 0; j < size; j++) {
                sb.append(j == 0 ? "" : ",").append(tracks.get(random.nextInt(tracks.size())).id());
            }
            targets.add(sb.toString());
        }
        return targets;
    }
}
