package dev.spotrec.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.Mode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ground-truth crawl tests against an extended-mode emulator, on one warehouse engine. */
abstract class CrawlContract {
    static Emulator emu;
    static String clean;

    @TempDir static Path dir;

    abstract String engine();

    @BeforeAll
    static void startEmulator() {
        emu = Emulator.builder().world(CrawlFixture.WORLD).mode(Mode.EXTENDED).start();
    }

    @AfterAll
    static void stopEmulator() {
        emu.close();
        clean = null;
    }

    private String cleanCrawl() throws Exception {
        if (clean == null) {
            String url = CrawlFixture.warehouse(engine(), dir, "clean");
            CrawlSummary s = CrawlFixture.crawl(emu, url, false, 0);
            assertThat(s.status()).isEqualTo("completed");
            assertThat(s.pending()).isZero();
            assertThat(s.failed()).as(failures(url)).isZero();
            clean = url;
        }
        return clean;
    }

    @Test
    void fullCrawlStoresExactlyTheReachableEntitiesWithTheWorldsValues() throws Exception {
        String url = cleanCrawl();
        Reachable truth = Reachable.from(emu, CrawlFixture.client(emu), CrawlFixture.seeds(emu));
        Map<String, List<String>> expected = GroundTruth.expected(truth, emu.world());
        Map<String, List<String>> stored = GroundTruth.stored(url);
        for (String table : GroundTruth.COLUMNS.keySet()) {
            assertThat(stored.get(table)).as(table).isEqualTo(expected.get(table));
        }
        // the plan really ran: the seeds, two social degrees, follows from users' lists
        assertThat(truth.artists).contains(seedArtist());
        assertThat(truth.playlists).containsKey(CrawlFixture.seedPlaylist(emu).id());
        assertThat(truth.users.values()).contains(1, 2, 3);
        assertThat(truth.follows).isNotEmpty();
        assertThat(expected.get("user_follows_playlist")).hasSameSizeAs(truth.follows);
        // every playlist's owner is a user
        Set<String> users = ids(url, "SELECT id FROM users");
        for (List<Object> r : Contents.rows(url, "SELECT owner_id FROM playlists")) {
            assertThat(users).contains((String) r.get(0));
        }
    }

    private String seedArtist() {
        return emu.world().artists().stream()
                .filter(a -> a.name().equals(CrawlFixture.seed(emu)))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void crawlWithFaultsGivesIdenticalContent() throws Exception {
        String reference = Contents.dump(cleanCrawl());
        String url = CrawlFixture.warehouse(engine(), dir, "faults");
        emu.faults("seed=3,5xx=0.05,429=0.02x3,retry-after=0,truncate=0.02,reset=0.02");
        try {
            CrawlSummary s = CrawlFixture.crawl(emu, url, false, 0);
            assertThat(s.status()).isEqualTo("completed");
            assertThat(s.retries()).isPositive();
        } finally {
            emu.faults("none");
        }
        assertThat(Contents.dump(url)).isEqualTo(reference);
    }

    @Test
    void boundedRunsResumedGiveIdenticalContent() throws Exception {
        String reference = Contents.dump(cleanCrawl());
        String url = CrawlFixture.warehouse(engine(), dir, "bounded");
        CrawlSummary s = CrawlFixture.crawl(emu, url, false, 25);
        int runs = 1;
        while (!s.status().equals("completed")) {
            assertThat(s.status()).isEqualTo("limit");
            // the true number of pending entries, counted in the warehouse
            assertThat(s.pending())
                    .isPositive()
                    .isEqualTo(
                            Contents.rows(
                                            url,
                                            "SELECT count(*) FROM crawl_frontier"
                                                    + " WHERE status = 'PENDING'")
                                    .get(0)
                                    .get(0));
            s = CrawlFixture.crawl(emu, url, true, 25);
            runs++;
            assertThat(runs).isLessThan(400);
        }
        assertThat(runs).isGreaterThan(2);
        assertThat(Contents.dump(url)).isEqualTo(reference);
    }

    static String failures(String url) {
        try (var wh = dev.spotrec.warehouse.Warehouse.open(url)) {
            return wh.frontier(dev.spotrec.warehouse.FrontierStatus.FAILED, 10).toString();
        }
    }

    private static Set<String> ids(String url, String sql) {
        Set<String> out = new HashSet<>();
        Contents.rows(url, sql).forEach(r -> out.add((String) r.get(0)));
        return out;
    }
}
