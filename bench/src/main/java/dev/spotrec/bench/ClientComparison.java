package dev.spotrec.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Side by side: spotrec's client against spotify-web-api-java 9.4.0 (sequential with chunks of 50,
 * and {@code executeAsync} with every chunk in flight), on the same work: fetch 10,000 tracks by id
 * and page a 10,000-item playlist (100 per page). The Web API is a loopback {@link BenchServer} in
 * a child process that adds 20 ms per request; the second scenario adds a Spotify-like
 * rolling-window rate limit (60 requests per rolling 3 s, 429 with {@code Retry-After}). Each
 * client first runs the work twice without latency so the JIT has compiled it, then once per
 * scenario, measured in a fresh phase (after a GC) in this one JVM; the table prints requests,
 * 429s, failed calls, wall time, CPU and allocation per track, and the ratios against the targets.
 * Exits 1 when a target is missed.
 *
 * <p>Run from the repository root (two to three minutes on 2 cores):
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -Xms1g -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.spotrec.bench.ClientComparison
 * </pre>
 */
public final class ClientComparison {

    private static final int TRACKS = 10_000;
    private static final long LATENCY_MS = 20;
    private static final int WINDOW_MS = 3_000;
    private static final int WINDOW_LIMIT = 60;
    private static final int WARMUP_ROUNDS = 2;

    private ClientComparison() {}

    /**
     * Runs the comparison.
     *
     * @param args unused
     * @throws Exception when the server cannot start
     */
    public static void main(String[] args) throws Exception {
        BenchCatalog catalog = new BenchCatalog(TRACKS, 2026);
        List<String> ids = catalog.ids();
        List<String> expected = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            expected.add(ids.get(i) + "|" + BenchCatalog.name(i));
        }
        List<Contender> contenders =
                List.of(
                        new SpotrecContender(),
                        new PeerSequentialContender(),
                        new PeerAsyncContender());
        Process server = startServer();
        List<Row> rows = new ArrayList<>();
        try {
            String base = address(server);
            System.err.println(
                    "bench server at "
                            + base
                            + "; warming up ("
                            + WARMUP_ROUNDS
                            + " rounds each, no latency)");
            control(base, "/__reset?window_ms=0&limit=0&latency_ms=0");
            for (int round = 0; round < WARMUP_ROUNDS; round++) {
                for (Contender c : contenders) {
                    c.run(base, ids, BenchCatalog.PLAYLIST_ID);
                }
            }
            for (String scenario : List.of("20 ms latency", "rate limit")) {
                for (Contender c : contenders) {
                    boolean limited = scenario.equals("rate limit");
                    control(
                            base,
                            (limited
                                            ? "/__reset?window_ms="
                                                    + WINDOW_MS
                                                    + "&limit="
                                                    + WINDOW_LIMIT
                                            : "/__reset?window_ms=0&limit=0")
                                    + "&latency_ms="
                                    + LATENCY_MS);
                    System.gc();
                    Measurement start = Measurement.now();
                    Outcome outcome = c.run(base, ids, BenchCatalog.PLAYLIST_ID);
                    Measurement cost = Measurement.now().since(start);
                    String[] stats = control(base, "/__stats").split(" ");
                    boolean identical =
                            outcome.tracks().equals(expected) && outcome.items().equals(expected);
                    rows.add(
                            new Row(
                                    scenario,
                                    c.name(),
                                    Long.parseLong(stats[0]),
                                    Long.parseLong(stats[1]),
                                    outcome.failures(),
                                    cost,
                                    outcome.size(),
                                    identical));
                    System.err.println(
                            "  "
                                    + scenario
                                    + " / "
                                    + c.name()
                                    + ": "
                                    + ms(cost.wallNanos())
                                    + " ms");
                }
            }
        } finally {
            server.destroy();
        }
        System.exit(report(rows) ? 0 : 1);
    }

    private static boolean report(List<Row> rows) {
        System.out.printf(
                Locale.ROOT,
                "%-14s %-16s %8s %6s %6s %9s %13s %15s  %s%n",
                "scenario",
                "client",
                "requests",
                "429s",
                "failed",
                "wall ms",
                "CPU us/track",
                "alloc KB/track",
                "results");
        for (Row r : rows) {
            System.out.printf(
                    Locale.ROOT,
                    "%-14s %-16s %8d %6d %6d %9d %13.1f %15.2f  %s%n",
                    r.scenario(),
                    r.client(),
                    r.requests(),
                    r.throttled(),
                    r.failures(),
                    ms(r.cost().wallNanos()),
                    r.cpuMicrosPerTrack(),
                    r.allocKbPerTrack(),
                    r.identical() ? "identical" : "DIFFERENT");
        }
        Row fast = find(rows, "20 ms latency", "spotrec");
        Row seq = find(rows, "20 ms latency", "peer sequential");
        Row async = find(rows, "20 ms latency", "peer async");
        Row limited = find(rows, "rate limit", "spotrec");
        Row limitedAsync = find(rows, "rate limit", "peer async");
        long minimum = (TRACKS + 49) / 50 + (TRACKS + 99) / 100;
        List<Boolean> verdicts = new ArrayList<>();
        System.out.println();
        verdicts.add(
                check(
                        "requests = ceil(n/50) + ceil(n/100) = " + minimum,
                        fast.requests(),
                        fast.requests() == minimum));
        verdicts.add(
                check(
                        "wall: peer sequential / spotrec >= 5",
                        ratio(seq.cost().wallNanos(), fast.cost().wallNanos()),
                        seq.cost().wallNanos() >= 5 * fast.cost().wallNanos()));
        verdicts.add(
                check(
                        "wall: peer async / spotrec >= 1",
                        ratio(async.cost().wallNanos(), fast.cost().wallNanos()),
                        async.cost().wallNanos() >= fast.cost().wallNanos()));
        for (Row peer : List.of(seq, async)) {
            verdicts.add(
                    check(
                            "CPU per track: " + peer.client() + " / spotrec >= 2",
                            peer.cpuMicrosPerTrack() / fast.cpuMicrosPerTrack(),
                            peer.cpuMicrosPerTrack() >= 2 * fast.cpuMicrosPerTrack()));
            verdicts.add(
                    check(
                            "allocation per track: " + peer.client() + " / spotrec >= 2",
                            peer.allocKbPerTrack() / fast.allocKbPerTrack(),
                            peer.allocKbPerTrack() >= 2 * fast.allocKbPerTrack()));
        }
        verdicts.add(
                check(
                        "429s under the rate limit: peer async / spotrec >= 5",
                        (double) limitedAsync.throttled() / Math.max(1, limited.throttled()),
                        limitedAsync.throttled() >= 5 * limited.throttled()));
        verdicts.add(
                check(
                        "failed calls of spotrec under the rate limit = 0",
                        limited.failures(),
                        limited.failures() == 0));
        verdicts.add(
                check(
                        "identical results from every client and scenario",
                        rows.stream().filter(Row::identical).count(),
                        rows.stream().allMatch(Row::identical)));
        return verdicts.stream().allMatch(v -> v);
    }

    private static boolean check(String what, double value, boolean ok) {
        System.out.printf(Locale.ROOT, "%-58s %8.1f  %s%n", what, value, ok ? "PASS" : "FAIL");
        return ok;
    }

    private static double ratio(long a, long b) {
        return (double) a / Math.max(1, b);
    }

    private static Row find(List<Row> rows, String scenario, String client) {
        return rows.stream()
                .filter(r -> r.scenario().equals(scenario) && r.client().equals(client))
                .findFirst()
                .orElseThrow();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static Process startServer() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(
                        java.toString(),
                        "-Xmx1g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BenchServer.class.getName(),
                        Long.toString(LATENCY_MS),
                        Integer.toString(TRACKS))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static String address(Process server) throws IOException {
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("listening on ")) {
            throw new IOException("the bench server did not start: " + line);
        }
        return line.substring("listening on ".length());
    }

    private static final HttpClient CONTROL = HttpClient.newHttpClient();

    private static String control(String base, String path)
            throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .method(
                                path.startsWith("/__reset") ? "POST" : "GET",
                                HttpRequest.BodyPublishers.noBody())
                        .build();
        return CONTROL.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** One measured phase. */
    private record Row(
            String scenario,
            String client,
            long requests,
            long throttled,
            int failures,
            Measurement cost,
            int tracks,
            boolean identical) {

        double cpuMicrosPerTrack() {
            return cost.cpuNanos() / 1_000.0 / tracks;
        }

        double allocKbPerTrack() {
            return cost.allocatedBytes() / 1024.0 / tracks;
        }
    }
}
