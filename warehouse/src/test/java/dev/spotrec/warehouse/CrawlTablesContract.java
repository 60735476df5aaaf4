package dev.spotrec.warehouse;

import static dev.spotrec.warehouse.Fixtures.T0;
import static dev.spotrec.warehouse.Fixtures.id;
import static dev.spotrec.warehouse.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.datasets.User;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables the crawler fills for a logged-in user and for owners known only from playlists
 * (schema version 3), and the frontier count, run on every engine.
 */
abstract class CrawlTablesContract extends WarehouseFixture {
    private static final Instant SAVED = Instant.parse("2025-06-01T12:30:00Z");

    @TempDir Path out;

    @Test
    void savedTracksAreOneRowEachUpdatedInPlace() throws SQLException {
        wh.write(
                b -> {
                    catalog(b, 2);
                    b.savedTrack("u1", id("track", 1), SAVED);
                    b.savedTrack("u1", id("track", 1), SAVED);
                    b.savedTrack("u1", id("track", 2), null);
                });
        clock.advance(Duration.ofHours(2));
        wh.write(b -> b.savedTrack("u1", id("track", 1), SAVED.plusSeconds(60)));

        assertThat(
                        rows(
                                "SELECT track_id, added_at, first_seen, last_fetched FROM"
                                        + " user_saved_tracks ORDER BY added_at NULLS LAST"))
                .containsExactly(
                        List.of(
                                id("track", 1),
                                SAVED.plusSeconds(60),
                                T0,
                                T0.plus(Duration.ofHours(2))),
                        java.util.Arrays.asList(id("track", 2), null, T0, T0));
        assertThat(wh.stats().rows("user_saved_tracks")).isEqualTo(2);
    }

    @Test
    void aFailedBatchLeavesNoSavedTracks() throws SQLException {
        reopenCrashingAfter("user_saved_tracks");
        Batch batch = wh.newBatch();
        batch.user(user("u1"));
        batch.savedTrack("u1", id("track", 1), SAVED);
        assertThatThrownBy(batch::commit).hasMessageContaining("injected crash");
        assertThat(count("SELECT count(*) FROM user_saved_tracks")).isZero();
        assertThat(count("SELECT count(*) FROM users")).isZero();
        assertThatThrownBy(() -> wh.write(b -> b.savedTrack(null, "t", SAVED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("savedTrack");
    }

    @Test
    void anOwnerKnownFromAPlaylistNeverOverwritesTheProfile() throws SQLException {
        User fromPlaylist = new User("u1", "Owner Name", null, null, 0);
        wh.write(b -> b.userIfMissing(fromPlaylist));
        assertThat(rows("SELECT display_name, country, followers FROM users"))
                .containsExactly(java.util.Arrays.asList("Owner Name", null, 0L));
        // the profile replaces it, in a later batch or in the same one in either order
        wh.write(b -> b.user(user("u1")));
        wh.write(
                b -> {
                    b.userIfMissing(fromPlaylist);
                    b.user(user("u2"));
                    b.userIfMissing(new User("u2", "Other", null, null, 0));
                });
        assertThat(rows("SELECT id, display_name, country, followers FROM users ORDER BY id"))
                .containsExactly(
                        List.of("u1", "User u1", "SE", 3L), List.of("u2", "User u2", "SE", 3L));
    }

    @Test
    void frontierCountCountsEveryEntryOfAStatus() {
        wh.write(
                b -> {
                    for (int i = 0; i < 5000; i++) {
                        b.discover(FrontierEntry.pending("track", "t" + i, 1));
                    }
                    b.frontier(
                            FrontierEntry.pending("album", "a", 0)
                                    .with(FrontierStatus.DONE, null, 1L));
                });
        assertThat(wh.frontierCount(FrontierStatus.PENDING)).isEqualTo(5000);
        assertThat(wh.frontierCount(FrontierStatus.DONE)).isEqualTo(1);
        assertThat(wh.frontierCount(FrontierStatus.FAILED)).isZero();
    }

    @Test
    void savedTracksAreInStatsAndTheParquetExport() throws Exception {
        wh.write(
                b -> {
                    b.savedTrack("u1", id("track", 1), SAVED);
                    b.savedTrack("u2", id("track", 1), SAVED);
                });
        assertThat(Warehouse.exportableTables()).contains("user_saved_tracks");
        List<ExportedFile> files = wh.export(out, List.of("user_saved_tracks"));
        assertThat(files).singleElement().satisfies(f -> assertThat(f.rows()).isEqualTo(2));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = duck.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT user_id, added_at FROM read_parquet('"
                                        + files.getFirst().file()
                                        + "') ORDER BY user_id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("u1");
            assertThat(rs.getObject(2, java.time.OffsetDateTime.class).toInstant())
                    .isEqualTo(SAVED);
        }
    }
}
