package dev.spotrec.bench;

import dev.spotrec.datasets.World;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.emulator.Emulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
 *     [world-spec]
 * </pre>
 *
 * The default spec, {@code synthetic:artists=12500}, has 8 tracks an artist: 100,000 tracks.
 */
public final class EmulatorStartupBenchmark {
    private EmulatorStartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        String spec = args.length > 0 ? args[0] : "synthetic:artists=12500";
        long t0 = System.nanoTime();
        World world = Worlds.load(spec);
        long t1 = System.nanoTime();
        try (Emulator emulator = Emulator.builder().world(world).start()) {
            long t2 = System.nanoTime();
            String ids = String.join(",", world.tracks().subList(0, 50).stream().map(t -> t.id()).toList());
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(emulator.apiUrl() + "/tracks?ids=" + ids))
                    .header("Authorization", "Bearer " + emulator.clientToken("demo-client")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long t3 = System.nanoTime();
            if (r.statusCode() != 200) {
                throw new IllegalStateException("first request answered " + r.statusCode());
            }
            System.out.printf("world                %s%n", spec);
            System.out.printf("size                 %,d tracks, %,d artists, %,d users, %,d playlists%n",
                    world.tracks().size(), world.artists().size(), world.users().size(), world.playlists().size());
            System.out.printf("generate world ms    %,d%n", (t1 - t0) / 1_000_000);
            System.out.printf("start server ms      %,d%n", (t2 - t1) / 1_000_000);
            System.out.printf("first batch ms       %,d%n", (t3 - t2) / 1_000_000);
            System.out.printf("total to ready ms    %,d   (target < 5,000)%n", (t3 - t0) / 1_000_000);
            System.out.printf("peak RSS MiB         %d%n", Memory.peakRssMib());
            System.out.printf("peak heap MiB        %d (live after GC %d)%n", Memory.peakHeapMib(), Memory.liveHeapMib());
        }
    }
}
