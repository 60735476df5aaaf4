package dev.spotrec.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.Track;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.Mode;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A development-mode crawl as a logged-in user gets what that mode allows and reports the rest. */
class DevelopmentModeIT {
    private static final Set<String> SCOPES =
            Set.of(
                    "user-top-read",
                    "user-library-read",
                    "user-follow-read",
                    "playlist-read-private");

    @TempDir Path dir;

    @Test
    void developmentCrawlCollectsWhatTheModeAllowsAndReportsTheRest() throws Exception {
        try (Emulator emu =
                Emulator.builder().world(CrawlFixture.WORLD).mode(Mode.DEVELOPMENT).start()) {
            String me =
                    emu.world().users().stream()
                            .filter(
                                    u ->
                                            !emu.playlistsOwnedBy(u.id()).isEmpty()
                                                    && !emu.world()
                                                            .artistsFollowedBy(u.id())
                                                            .isEmpty())
                            .findFirst()
                            .orElseThrow()
                            .id();
            SpotifyClient client =
                    SpotifyClient.builder()
                            .auth(SpotifyAuth.accessToken(emu.userToken(me, SCOPES)))
                            .apiBaseUrl(emu.apiUrl())
                            .accountsBaseUrl(emu.accountsUrl())
                            .retries(3, Duration.ofMillis(5), Duration.ofMillis(50))
                            .build();
            String url = "duckdb:" + dir.resolve("dev.duckdb");
            CrawlSummary s;
            try (Warehouse wh = Warehouse.open(url)) {
                s =
                        Crawler.builder()
                                .client(client)
                                .warehouse(wh)
                                .seedQueries(List.of(CrawlFixture.seed(emu)))
                                .userData(true)
                                .build()
                                .run();
            }
            assertThat(s.status()).isEqualTo("completed");
            assertThat(s.mode()).isEqualTo("development");
            assertThat(s.failed()).isZero();
            assertThat(s.skipped())
                    .containsKeys(
                            "audio_features",
                            "related_artists",
                            "browse",
                            "user",
                            "playlist_items");
            assertThat(s.skipReasons().values()).allMatch(r -> r != null && !r.isBlank());
            assertThat(s.toJson()).contains("\"status\":\"completed\"");

            // the user's own playlists have their items; the others are stored without items
            Set<String> stored = new HashSet<>();
            Contents.rows(url, "SELECT id FROM playlists")
                    .forEach(r -> stored.add((String) r.get(0)));
            for (Playlist p : emu.playlistsOwnedBy(me)) {
                assertThat(stored).contains(p.id());
                List<String> items =
                        Contents.rows(
                                        url,
                                        "SELECT track_id FROM playlist_items WHERE playlist_id = '"
                                                + p.id()
                                                + "' ORDER BY position")
                                .stream()
                                .map(r -> (String) r.get(0))
                                .toList();
                assertThat(items).isEqualTo(p.items().stream().map(PlaylistItem::trackId).toList());
            }
            assertThat(Contents.rows(url, "SELECT count(*) FROM audio_features").get(0).get(0))
                    .isEqualTo(0L);
            // tracks carry the world's values, except popularity, which the mode removes
            var rows = Contents.rows(url, "SELECT id, name, album_id, duration_ms FROM tracks");
            assertThat(rows).isNotEmpty();
            for (List<Object> r : rows) {
                Track t = emu.world().track((String) r.get(0)).orElseThrow();
                assertThat(List.of(r.get(1), r.get(2))).isEqualTo(List.of(t.name(), t.albumId()));
                assertThat(((Number) r.get(3)).intValue()).isEqualTo(t.durationMs());
            }
            // every playlist's owner is a user, named as in the world, though profiles are closed
            for (List<Object> r :
                    Contents.rows(
                            url,
                            "SELECT p.owner_id, u.display_name FROM playlists p"
                                    + " LEFT JOIN users u ON u.id = p.owner_id")) {
                String owner = (String) r.get(0);
                assertThat(r.get(1))
                        .as("users row of owner %s", owner)
                        .isEqualTo(
                                emu.world()
                                        .user(owner)
                                        .map(dev.spotrec.datasets.User::displayName)
                                        .orElseThrow());
            }
            // saved tracks with when they were saved, as the API lists them
            List<String> saved;
            try (var st = client.library().savedTracks()) {
                saved = st.map(x -> x.item().id() + " " + x.addedAt()).sorted().toList();
            }
            assertThat(saved).isNotEmpty();
            assertThat(
                            Contents.rows(
                                            url,
                                            "SELECT track_id, added_at FROM user_saved_tracks"
                                                    + " WHERE user_id = '"
                                                    + me
                                                    + "'")
                                    .stream()
                                    .map(r -> r.get(0) + " " + r.get(1))
                                    .sorted()
                                    .toList())
                    .isEqualTo(saved);
            // followed artists, as the world has them
            assertThat(
                            Contents.rows(
                                            url,
                                            "SELECT artist_id FROM user_follows_artist WHERE"
                                                    + " user_id = '"
                                                    + me
                                                    + "'")
                                    .stream()
                                    .map(r -> (String) r.get(0))
                                    .collect(java.util.stream.Collectors.toSet()))
                    .isNotEmpty()
                    .isEqualTo(
                            emu.world().artistsFollowedBy(me).stream()
                                    .map(dev.spotrec.datasets.Artist::id)
                                    .collect(java.util.stream.Collectors.toSet()));
            // the personalization base: top items for the three ranges
            assertThat(
                            Contents.rows(
                                            url,
                                            "SELECT DISTINCT time_range FROM user_top_items WHERE"
                                                    + " user_id = '"
                                                    + me
                                                    + "'")
                                    .size())
                    .isEqualTo(3);
        }
    }

    @Test
    void aPartWhoseScopeTheLoginLacksIsSkippedWithTheScopeNamed() throws Exception {
        try (Emulator emu =
                Emulator.builder().world(CrawlFixture.WORLD).mode(Mode.DEVELOPMENT).start()) {
            String me = emu.world().users().getFirst().id();
            SpotifyClient client =
                    SpotifyClient.builder()
                            .auth(
                                    SpotifyAuth.accessToken(
                                            emu.userToken(me, Set.of("user-top-read"))))
                            .apiBaseUrl(emu.apiUrl())
                            .accountsBaseUrl(emu.accountsUrl())
                            .retries(3, Duration.ofMillis(5), Duration.ofMillis(50))
                            .build();
            String url = "duckdb:" + dir.resolve("scopes.duckdb");
            CrawlSummary s;
            try (Warehouse wh = Warehouse.open(url)) {
                s = Crawler.builder().client(client).warehouse(wh).userData(true).build().run();
            }
            assertThat(s.status()).isEqualTo("completed");
            assertThat(s.failed()).isZero();
            assertThat(s.skipped()).containsEntry("me", 2L);
            assertThat(s.skipReasons().get("me")).containsPattern("user-(library|follow)-read");
            assertThat(Contents.rows(url, "SELECT count(*) FROM user_saved_tracks").get(0).get(0))
                    .isEqualTo(0L);
            assertThat(Contents.rows(url, "SELECT count(*) FROM user_top_items").get(0).get(0))
                    .isNotEqualTo(0L);
        }
    }
}
