package dev.spotrec.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.Mode;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ground truth on the demo-sized world (600 users, 1,500 playlists) at the demo's concurrency,
 * where rounds interleave enough that expanding the social graph out of degree order loses
 * playlists and follows. The only test that catches that; about 15 s.
 */
class LargeWorldCrawlIT {
    static final String WORLD =
            "synthetic:seed=7,users=600,artists=400,tracks=3000,playlists=1500,length=25";

    @TempDir Path dir;

    @Test
    void demoSizedCrawlStoresExactlyTheReachableEntities() throws Exception {
        try (Emulator emu = Emulator.builder().world(WORLD).mode(Mode.EXTENDED).start()) {
            List<String> seeds = List.of("chill", "workout");
            String url = "duckdb:" + dir.resolve("large.duckdb");
            try (Warehouse wh = Warehouse.open(url)) {
                CrawlSummary s =
                        Crawler.builder()
                                .client(CrawlFixture.client(emu))
                                .warehouse(wh)
                                .seedQueries(seeds)
                                .concurrency(64)
                                .build()
                                .run();
                assertThat(s.status()).isEqualTo("completed");
            }
            Reachable truth = Reachable.from(emu, CrawlFixture.client(emu), seeds);
            Map<String, List<String>> expected = GroundTruth.expected(truth, emu.world());
            Map<String, List<String>> stored = GroundTruth.stored(url);
            for (String table : GroundTruth.COLUMNS.keySet()) {
                assertThat(stored.get(table)).as(table).isEqualTo(expected.get(table));
            }
        }
    }
}
