package dev.spotrec.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.Mode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    void fullCrawlStoresReachableEntitiesWithTheWorldsValues() throws Exception {
        String url = cleanCrawl();
        World w = emu.world();
        Set<String> tracks = ids(url, "SELECT id FROM tracks");
        Set<String> albums = ids(url, "SELECT id FROM albums");
        Set<String> artists = ids(url, "SELECT id FROM artists");
        Set<String> playlists = ids(url, "SELECT id FROM playlists");
        Set<String> features = ids(url, "SELECT track_id FROM audio_features");
        assertThat(tracks).isNotEmpty();
        assertThat(playlists).isNotEmpty();
        for (List<Object> r :
                Contents.rows(
                        url,
                        "SELECT id, name, album_id, isrc, duration_ms, explicit, popularity,"
                                + " track_number, disc_number FROM tracks")) {
            Track t = w.track((String) r.get(0)).orElseThrow();
            assertThat(List.of(r.get(1), r.get(2), String.valueOf(r.get(3))))
                    .isEqualTo(List.of(t.name(), t.albumId(), String.valueOf(t.isrc())));
            assertThat(((Number) r.get(4)).intValue()).isEqualTo(t.durationMs());
            assertThat(r.get(5)).isEqualTo(t.explicit());
            assertThat(((Number) r.get(6)).intValue()).isEqualTo(t.popularity());
            assertThat(((Number) r.get(7)).intValue()).isEqualTo(t.trackNumber());
            assertThat(((Number) r.get(8)).intValue()).isEqualTo(t.discNumber());
            // closure: a stored track's album and artists are stored
            assertThat(albums).contains(t.albumId());
            assertThat(artists).containsAll(t.artistIds());
            assertThat(features).contains(t.id());
        }
        for (String a : albums) {
            Album album = w.album(a).orElseThrow();
            assertThat(tracks)
                    .as("tracks of album %s", a)
                    .containsAll(w.albumTracks(a).stream().map(Track::id).toList());
            assertThat(artists).containsAll(album.artistIds());
        }
        for (String a : artists) {
            assertThat(albums)
                    .as("albums of artist %s", a)
                    .containsAll(w.artistAlbums(a).stream().map(Album::id).toList());
        }
        for (String p : playlists) {
            Playlist pl = emu.playlist(p).orElseThrow();
            List<String> stored =
                    Contents.rows(
                                    url,
                                    "SELECT track_id FROM playlist_items WHERE playlist_id = '"
                                            + p
                                            + "' ORDER BY position")
                            .stream()
                            .map(r -> (String) r.get(0))
                            .toList();
            assertThat(stored)
                    .as("items of playlist %s", p)
                    .isEqualTo(pl.items().stream().map(PlaylistItem::trackId).toList());
            assertThat(tracks).containsAll(stored);
        }
        // nothing outside the world, and the seed artist is there
        assertThat(w.tracks().stream().map(Track::id).collect(Collectors.toSet()))
                .containsAll(tracks);
        String seedArtist =
                w.artists().stream()
                        .filter(a -> a.name().equals(CrawlFixture.seed(emu)))
                        .findFirst()
                        .orElseThrow()
                        .id();
        assertThat(artists).contains(seedArtist);
        // the social expansion: the seed playlist's owner (degree 1) and all their playlists
        Playlist seedPlaylist = CrawlFixture.seedPlaylist(emu);
        assertThat(playlists).contains(seedPlaylist.id());
        Set<String> users = ids(url, "SELECT id FROM users");
        assertThat(users).contains(seedPlaylist.ownerId());
        for (Playlist owned : w.playlistsOwnedBy(seedPlaylist.ownerId())) {
            if (owned.isPublic()) {
                assertThat(playlists).contains(owned.id());
            }
        }
        for (List<Object> r : Contents.rows(url, "SELECT id, display_name FROM users")) {
            w.user((String) r.get(0))
                    .ifPresent(u -> assertThat(r.get(1)).isEqualTo(u.displayName()));
        }
        for (List<Object> r : Contents.rows(url, "SELECT owner_id FROM playlists")) {
            assertThat(users).contains((String) r.get(0));
        }
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
