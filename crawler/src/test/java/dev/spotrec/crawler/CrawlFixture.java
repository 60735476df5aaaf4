package dev.spotrec.crawler;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spotrec.emulator.Emulator;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Warehouses on either engine, clients of an emulator, and a crawl helper. */
final class CrawlFixture {
    static final String WORLD =
            "synthetic:seed=7,users=30,artists=20,tracks=150,playlists=40,length=15";
    static final String POSTGRES_ENV = "SPOTREC_TEST_POSTGRES_URL";

    private CrawlFixture() {}

    /** A fresh warehouse URL: a DuckDB file in {@code dir}, or a new PostgreSQL schema. */
    static String warehouse(String engine, Path dir, String name) throws Exception {
        if (engine.equals("duckdb")) {
            return "duckdb:" + dir.resolve(name + ".duckdb");
        }
        String server = System.getenv(POSTGRES_ENV);
        assumeTrue(
                server != null && !server.isBlank(),
                POSTGRES_ENV
                        + " is not set: skipping the PostgreSQL crawler tests (CI sets it; see"
                        + " DESIGN.md for a throwaway server)");
        String schema = "c_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        try (Connection c = DriverManager.getConnection(server);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static SpotifyClient client(Emulator emu) {
        return SpotifyClient.builder()
                .auth(SpotifyAuth.clientCredentials("demo-client", "demo-secret"))
                .apiBaseUrl(emu.apiUrl())
                .accountsBaseUrl(emu.accountsUrl())
                .retries(6, Duration.ofMillis(5), Duration.ofMillis(50))
                .requestTimeout(Duration.ofSeconds(5))
                .seed(1)
                .build();
    }

    /** The seed query: the most popular artist's name. */
    static String seed(Emulator emu) {
        return emu.world().artists().stream()
                .max(java.util.Comparator.comparingInt(dev.spotrec.datasets.Artist::popularity))
                .orElseThrow()
                .name();
    }

    /** A second seed: the name of a user's playlist, so the social expansion runs. */
    static dev.spotrec.datasets.Playlist seedPlaylist(Emulator emu) {
        return emu.world().playlists().stream()
                .filter(p -> p.isPublic() && !p.items().isEmpty())
                .min(java.util.Comparator.comparing(dev.spotrec.datasets.Playlist::id))
                .orElseThrow();
    }

    static List<String> seeds(Emulator emu) {
        return List.of(seed(emu), seedPlaylist(emu).name());
    }

    static CrawlSummary crawl(Emulator emu, String url, boolean resume, long maxRequests) {
        try (Warehouse wh = Warehouse.open(url)) {
            Crawler.Builder b =
                    Crawler.builder()
                            .client(client(emu))
                            .warehouse(wh)
                            .seedQueries(seeds(emu))
                            .resume(resume);
            if (maxRequests > 0) {
                b.maxRequests(maxRequests);
            }
            return b.build().run();
        }
    }
}
