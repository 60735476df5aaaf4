package dev.spotrec.bench;

import dev.spotrec.crawler.CrawlSummary;
import dev.spotrec.crawler.Crawler;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.World;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.Mode;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.warehouse.QueryResult;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Crawl throughput against a local emulator (extended mode): entities stored per second, and
 * requests per new entity against the lower bound the per-call maxima allow for the same stored
 * set. The bound counts, for what was stored: ⌈artists/50⌉ + one album listing page per 10 albums
 * of each artist (at least one) + one related-artists call per artist + ⌈albums/20⌉ + the album
 * track pages past the first 50 + ⌈tracks/50⌉ + ⌈tracks/100⌉ audio features + one playlist GET
 * (holding 100 items) plus a page per further 100 items + per user one profile and one page per 50
 * of their public list (owned, then followed playlists) + the search pages actually sent. The seeds
 * are the most popular artists' names and the word public playlist titles use most. Target: within
 * 1.2× of the bound.
 *
 * <pre>
 * ./mvnw -q -B -pl bench -am package -DskipTests
 * java --enable-native-access=ALL-UNNAMED -cp "$(cat bench/target/classpath.txt):bench/target/classes" \
 *     dev.spotrec.bench.CrawlThroughputBenchmark [WORLD_SPEC] [SEEDS]
 * </pre>
 */
public final class CrawlThroughputBenchmark {
    private CrawlThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        String spec =
                args.length > 0
                        ? args[0]
                        : "synthetic:seed=11,users=300,artists=200,tracks=2000,playlists=600";
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("spotrec-crawl-bench");
        String url = "duckdb:" + dir.resolve("crawl.duckdb");
        try (Emulator emu =
                Emulator.builder()
                        .world(spec)
                        .mode(Mode.EXTENDED)
                        .recordCapacity(2_000_000)
                        .start()) {
            World w = emu.world();
            // The most popular artists' names, and the word public playlist titles use most, so
            // the crawl exercises the social half (owners, their lists and follows) too.
            List<String> queries = new ArrayList<>();
            w.artists().stream()
                    .sorted(Comparator.comparingInt(a -> -a.popularity()))
                    .limit(seeds)
                    .forEach(a -> queries.add(a.name()));
            queries.add(commonestTitleWord(w));
            SpotifyClient client =
                    SpotifyClient.builder()
                            .auth(SpotifyAuth.clientCredentials("demo-client", "demo-secret"))
                            .apiBaseUrl(emu.apiUrl())
                            .accountsBaseUrl(emu.accountsUrl())
                            .build();
            long t0 = System.nanoTime();
            CrawlSummary s;
            try (Warehouse wh = Warehouse.open(url)) {
                s =
                        Crawler.builder()
                                .client(client)
                                .warehouse(wh)
                                .seedQueries(queries)
                                .build()
                                .run();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            long searchRequests =
                    emu.requests().stream().filter(r -> r.path().startsWith("/v1/search")).count();
            long bound = lowerBound(url, w, emu) + searchRequests;
            long entities = s.entityCount();
            System.out.printf(
                    Locale.ROOT,
                    "world %s, seed queries %s: %s%n%,d entities in %.1f s = %,.0f entities/s; %,d"
                            + " requests = %.3f per entity; lower bound %,d = %.3f per entity;"
                            + " ratio %.2fx (target <= 1.2x)%n",
                    spec,
                    queries,
                    s.entities(),
                    entities,
                    secs,
                    entities / secs,
                    s.requests(),
                    (double) s.requests() / entities,
                    bound,
                    (double) bound / entities,
                    (double) s.requests() / bound);
        }
    }

    private static long lowerBound(String url, World w, Emulator emu) {
        Map<String, Long> n = new HashMap<>();
        long bound = 0;
        try (Warehouse wh = Warehouse.openReadOnly(url)) {
            for (String t : List.of("artists", "albums", "tracks", "users")) {
                n.put(t, count(wh.query("SELECT count(*) FROM " + t, 1)));
            }
            for (List<Object> r : wh.query("SELECT id FROM artists", 10_000_000).rows()) {
                int albums = w.artistAlbums((String) r.get(0)).size();
                bound += Math.max(1, ceil(albums, 10)) + 1;
            }
            for (List<Object> r : wh.query("SELECT id FROM albums", 10_000_000).rows()) {
                bound += Math.max(0, ceil(w.albumTracks((String) r.get(0)).size() - 50, 50));
            }
            for (List<Object> r : wh.query("SELECT id FROM playlists", 10_000_000).rows()) {
                Playlist p = emu.playlist((String) r.get(0)).orElseThrow();
                bound += Math.max(1, ceil(p.items().size(), 100));
            }
            for (List<Object> r : wh.query("SELECT id FROM users", 10_000_000).rows()) {
                // A user's public list: the public playlists they own, then those they follow.
                String user = (String) r.get(0);
                long listed =
                        Stream.concat(
                                        w.playlistsOwnedBy(user).stream(),
                                        w.playlistsFollowedBy(user).stream())
                                .filter(Playlist::isPublic)
                                .map(Playlist::id)
                                .distinct()
                                .count();
                bound += 1 + Math.max(1, ceil(listed, 50));
            }
        }
        return bound
                + ceil(n.get("artists"), 50)
                + ceil(n.get("albums"), 20)
                + ceil(n.get("tracks"), 50)
                + ceil(n.get("tracks"), 100);
    }

    private static String commonestTitleWord(World w) {
        Map<String, Long> words =
                w.playlists().stream()
                        .filter(Playlist::isPublic)
                        .flatMap(
                                p -> Arrays.stream(p.name().toLowerCase(Locale.ROOT).split("\\W+")))
                        .filter(word -> word.length() > 2)
                        .collect(Collectors.groupingBy(word -> word, Collectors.counting()));
        return words.entrySet().stream()
                .max(
                        Map.Entry.<String, Long>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    private static long count(QueryResult r) {
        return ((Number) r.rows().get(0).get(0)).longValue();
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }
}
