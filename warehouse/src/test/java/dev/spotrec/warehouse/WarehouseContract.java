package dev.spotrec.warehouse;

import static dev.spotrec.warehouse.Fixtures.T0;
import static dev.spotrec.warehouse.Fixtures.artist;
import static dev.spotrec.warehouse.Fixtures.id;
import static dev.spotrec.warehouse.Fixtures.playlist;
import static dev.spotrec.warehouse.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.datasets.PlaylistFollow;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warehouse contract, run on every engine: each subclass gives a fresh, empty warehouse URL per
 * test.
 */
abstract class WarehouseContract extends WarehouseFixture {
    @Test
    void migrationsAreAppliedOnceAndReopeningChangesNothing() throws SQLException {
        assertThat(wh.schemaVersion()).isEqualTo(Warehouse.latestSchemaVersion());
        reopen(false);
        reopen(false);
        assertThat(count("SELECT count(*) FROM schema_migrations"))
                .isEqualTo(Warehouse.latestSchemaVersion());
        assertThat(wh.stats().rows()).containsOnlyKeys(Warehouse.exportableTables());
        assertThat(wh.stats().rows("artists")).isZero();
    }

    @Test
    void upsertWritesOneRowAndUpdatesItInPlace() throws SQLException {
        wh.write(b -> b.artist(artist(1, "First Name", "rock", "indie")));
        clock.advance(Duration.ofHours(1));
        wh.write(b -> b.artist(artist(1, "Second Name", "pop")));

        assertThat(rows("SELECT name, first_seen, last_fetched FROM artists"))
                .containsExactly(List.of("Second Name", T0, T0.plus(Duration.ofHours(1))));
        assertThat(rows("SELECT position, genre, first_seen FROM artist_genres"))
                .containsExactly(List.of(0, "pop", T0));
    }

    @Test
    void sameEntityTwiceInOneBatchKeepsTheLastWrite() throws SQLException {
        wh.write(
                b -> {
                    b.artist(artist(1, "Old", "a", "b", "c"));
                    b.artist(artist(1, "New", "x"));
                    b.artist(artist(2, "Other"));
                });
        assertThat(rows("SELECT name FROM artists ORDER BY name"))
                .containsExactly(List.of("New"), List.of("Other"));
        assertThat(rows("SELECT genre FROM artist_genres")).containsExactly(List.of("x"));
    }

    @Test
    void rewritingAPlaylistReplacesItsItemsInPlace() throws SQLException {
        wh.write(
                b -> {
                    catalog(b, 4);
                    b.user(user("owner"));
                    b.playlist(playlist(1, "owner", 1, 2, 3));
                    b.playlist(playlist(2, "owner", 4));
                });
        clock.advance(Duration.ofDays(1));
        wh.write(b -> b.playlist(playlist(1, "owner", 1, 4)));

        assertThat(
                        rows(
                                "SELECT position, track_id, first_seen, last_fetched FROM playlist_items "
                                        + "WHERE playlist_id = '"
                                        + id("playlist", 1)
                                        + "' ORDER BY position"))
                .containsExactly(
                        List.of(0, id("track", 1), T0, T0.plus(Duration.ofDays(1))),
                        List.of(1, id("track", 4), T0, T0.plus(Duration.ofDays(1))));
        assertThat(count("SELECT count(*) FROM playlist_items")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM playlists")).isEqualTo(2);
    }

    @Test
    void playlistDetailsLeaveTheItemsAlone() throws SQLException {
        wh.write(
                b -> {
                    catalog(b, 2);
                    b.user(user("owner"));
                    b.playlist(playlist(1, "owner", 1, 2));
                });
        wh.write(b -> b.playlistDetails(playlist(1, "owner")));
        assertThat(count("SELECT count(*) FROM playlist_items")).isEqualTo(2);
    }

    @Test
    void aFailureInTheMiddleOfABatchLeavesNothingOfIt() throws SQLException {
        wh.write(b -> b.artist(artist(9, "Before")));
        reopenCrashingAfter("tracks");
        Batch batch = wh.newBatch();
        catalog(batch, 3);
        assertThatThrownBy(batch::commit).hasMessageContaining("injected crash");

        assertThat(count("SELECT count(*) FROM artists")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM albums")).isZero();
        assertThat(count("SELECT count(*) FROM tracks")).isZero();
        assertThat(count("SELECT count(*) FROM track_artists")).isZero();
        reopen(false);
        wh.write(b -> catalog(b, 3));
        assertThat(count("SELECT count(*) FROM tracks")).isEqualTo(3);
    }

    @Test
    void aDiscardedBatchStoresNothing() throws SQLException {
        try (Batch b = wh.newBatch()) {
            catalog(b, 2);
        }
        wh.write(b -> b.artist(artist(7, "Seven")));
        assertThat(count("SELECT count(*) FROM tracks")).isZero();
        assertThat(count("SELECT count(*) FROM artists")).isEqualTo(1);
    }

    @Test
    void discoveringKeepsAFetchedFrontierEntryAndRunsRoundTrip() {
        Instant started = T0.plusSeconds(5);
        wh.write(
                b -> {
                    b.discover(FrontierEntry.pending("album", "a1", 1));
                    b.discover(FrontierEntry.pending("track", "t1", 2));
                    b.crawlRun(
                            new CrawlRun(
                                    1,
                                    started,
                                    null,
                                    "running",
                                    "extended",
                                    "http://x",
                                    3,
                                    2,
                                    null));
                });
        wh.write(
                b ->
                        b.frontier(
                                FrontierEntry.pending("album", "a1", 1)
                                        .with(FrontierStatus.DONE, null, 1L)));
        wh.write(
                b -> {
                    b.discover(FrontierEntry.pending("album", "a1", 1));
                    b.crawlRun(
                            new CrawlRun(
                                    1,
                                    started,
                                    started.plusSeconds(60),
                                    "completed",
                                    "extended",
                                    "http://x",
                                    10,
                                    8,
                                    "{\"ok\":true}"));
                });

        assertThat(wh.frontier(FrontierStatus.DONE, 10))
                .extracting(FrontierEntry::entityId)
                .containsExactly("a1");
        assertThat(wh.frontier(FrontierStatus.DONE, 10).getFirst().runId()).isEqualTo(1L);
        assertThat(wh.frontier(FrontierStatus.PENDING, 10))
                .extracting(FrontierEntry::entityId)
                .containsExactly("t1");
        assertThat(wh.crawlRuns())
                .containsExactly(
                        new CrawlRun(
                                1,
                                started,
                                started.plusSeconds(60),
                                "completed",
                                "extended",
                                "http://x",
                                10,
                                8,
                                "{\"ok\":true}"));
    }

    @Test
    void readOnlyWarehouseRefusesBatchesAndRunsQueries() {
        wh.write(b -> b.artist(artist(1, "Solo")));
        Warehouse ro = reopen(true);
        assertThatThrownBy(ro::newBatch)
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("read-only");
        QueryResult r = ro.query("SELECT name, popularity FROM artists;", 10);
        assertThat(r.columns()).containsExactly("name", "popularity");
        assertThat(r.rows()).containsExactly(List.of("Solo", 50L));
        assertThatThrownBy(() -> ro.query("SELECT 1; DELETE FROM artists", 10))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("one SQL statement");
        assertThatThrownBy(() -> ro.query("DELETE FROM artists", 10))
                .isInstanceOfSatisfying(
                        WarehouseException.class, e -> assertThat(e.isBadInput()).isTrue());
        assertThat(ro.stats().rows("artists")).isEqualTo(1);
    }

    @Test
    void followsAreOneRowEach() throws SQLException {
        wh.write(
                b -> {
                    catalog(b, 1);
                    b.user(user("u1"));
                    b.playlist(playlist(1, "u1", 1));
                    b.playlistFollow(new PlaylistFollow("u1", id("playlist", 1)));
                    b.playlistFollow(new PlaylistFollow("u1", id("playlist", 1)));
                });
        wh.write(b -> b.playlistFollow(new PlaylistFollow("u1", id("playlist", 1))));
        assertThat(count("SELECT count(*) FROM user_follows_playlist")).isEqualTo(1);
    }
}
