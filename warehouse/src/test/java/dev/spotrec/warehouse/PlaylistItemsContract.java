package dev.spotrec.warehouse;

import static dev.spotrec.warehouse.Fixtures.T0;
import static dev.spotrec.warehouse.Fixtures.id;
import static dev.spotrec.warehouse.Fixtures.playlist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Playlist items through both write forms ({@link Batch#playlist(Playlist)} with records, {@link
 * Batch#playlist(Playlist, List, Instant, String)} with columns), on every engine: DuckDB stages
 * them packed, one row per playlist, PostgreSQL a row per item; the stored rows must be the same.
 */
abstract class PlaylistItemsContract extends WarehouseFixture {
    private static final String ITEMS =
            "SELECT playlist_id, position, track_id, added_at, added_by, first_seen, last_fetched"
                    + " FROM playlist_items ORDER BY playlist_id, position";

    @Test
    void columnsStoreTheSameRowsAsRecords() throws Exception {
        wh.write(b -> b.playlist(playlist(1, "owner", 3, 1, 2, 3)));
        List<List<Object>> fromRecords = rows(ITEMS);
        reopenEmpty();
        wh.write(b -> b.playlist(details(1), tracks(3, 1, 2, 3), T0, "owner"));

        assertThat(rows(ITEMS)).isEqualTo(fromRecords).hasSize(4);
        assertThat(rows(ITEMS).get(3))
                .containsExactly(id("playlist", 1), 3, id("track", 3), T0, "owner", T0, T0);
    }

    @Test
    void itemsAddedAtDifferentTimesByDifferentUsersKeepTheirOwnValues() throws SQLException {
        Instant t1 = T0.plusNanos(1_000);
        Instant t2 = T0.plusSeconds(86_400 * 400L);
        Playlist p =
                new Playlist(
                        id("playlist", 5),
                        "owner",
                        "Mixed",
                        "",
                        true,
                        true,
                        0,
                        List.of(
                                new PlaylistItem(id("track", 1), t1, "owner"),
                                new PlaylistItem(id("track", 2), t2, "friend.2"),
                                new PlaylistItem(id("track", 1), t1, "owner")));
        wh.write(b -> b.playlist(p));

        assertThat(
                        rows(
                                "SELECT position, track_id, added_at, added_by FROM playlist_items"
                                        + " ORDER BY position"))
                .containsExactly(
                        List.of(0, id("track", 1), t1, "owner"),
                        List.of(1, id("track", 2), t2, "friend.2"),
                        List.of(2, id("track", 1), t1, "owner"));
    }

    @Test
    void samePlaylistTwiceInOneBatchKeepsTheLastList() throws SQLException {
        // On DuckDB each list goes to the packed staging lane with fewer items: the first list of
        // playlist 1 lands in lane 0, its later ones in lane 1, so the dedupe works across lanes.
        wh.write(
                b -> {
                    b.playlist(details(1), tracks(1, 2, 3), T0, "owner");
                    b.playlist(details(2), tracks(9), T0, "owner");
                    b.playlist(playlist(1, "owner", 4));
                    b.playlist(details(1), tracks(5, 6), T0, "owner");
                });

        assertThat(rows("SELECT playlist_id, position, track_id FROM playlist_items" + ""))
                .containsExactlyInAnyOrder(
                        List.of(id("playlist", 1), 0, id("track", 5)),
                        List.of(id("playlist", 1), 1, id("track", 6)),
                        List.of(id("playlist", 2), 0, id("track", 9)));
    }

    @Test
    void rewritingByColumnsReplacesTheListInPlace() throws SQLException {
        wh.write(b -> b.playlist(details(1), tracks(1, 2, 3), T0, "owner"));
        clock.advance(Duration.ofDays(1));
        Instant later = T0.plus(Duration.ofDays(1));
        wh.write(
                b -> {
                    b.playlist(details(1), tracks(4, 2), later, "owner");
                    b.playlist(details(2), tracks(7), later, "owner");
                });

        assertThat(
                        rows(
                                "SELECT playlist_id, position, track_id, added_at, first_seen,"
                                        + " last_fetched FROM playlist_items"))
                .containsExactlyInAnyOrder(
                        List.of(id("playlist", 1), 0, id("track", 4), later, T0, later),
                        List.of(id("playlist", 1), 1, id("track", 2), later, T0, later),
                        List.of(id("playlist", 2), 0, id("track", 7), later, later, later));
        wh.write(b -> b.playlist(details(1), tracks(4, 2), later, "owner"));
        assertThat(count("SELECT count(*) FROM playlist_items")).isEqualTo(3);
    }

    @Test
    void anEmptyListClearsTheStoredItems() throws SQLException {
        wh.write(b -> b.playlist(details(1), tracks(1, 2), T0, "owner"));
        wh.write(b -> b.playlist(details(1), List.of(), T0, "owner"));
        assertThat(count("SELECT count(*) FROM playlist_items")).isZero();
    }

    @Test
    void aFailureWhileMergingItemsLeavesNothingOfTheBatch() throws SQLException {
        wh.write(b -> b.playlist(details(1), tracks(1), T0, "owner"));
        reopenCrashingAfter("playlist_items");
        Batch batch = wh.newBatch();
        batch.playlist(details(2), tracks(1, 2, 3), T0, "owner");
        batch.playlist(details(1), tracks(5, 6), T0, "owner");
        assertThatThrownBy(batch::commit).hasMessageContaining("injected crash");

        assertThat(count("SELECT count(*) FROM playlists")).isEqualTo(1);
        assertThat(rows("SELECT playlist_id, track_id FROM playlist_items"))
                .containsExactly(List.of(id("playlist", 1), id("track", 1)));
        reopen(false);
        wh.write(b -> b.playlist(details(2), tracks(1, 2, 3), T0, "owner"));
        assertThat(count("SELECT count(*) FROM playlist_items")).isEqualTo(4);
    }

    @Test
    void aPipelineMergesEveryBatchInOrder() throws SQLException {
        List<Integer> merged = new ArrayList<>();
        try (BatchPipeline pipe = wh.pipeline()) {
            for (int k = 1; k <= 5; k++) {
                Batch b = pipe.newBatch();
                b.playlist(details(k), tracks(k, k + 1), T0, "owner");
                int n = k;
                pipe.commit(b, () -> merged.add(n));
            }
            // A later batch rewrites playlist 1: it must merge after the batch that created it.
            Batch b = pipe.newBatch();
            b.playlist(details(1), tracks(9), T0, "owner");
            pipe.commit(b, () -> merged.add(6));
        }
        assertThat(merged).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(count("SELECT count(*) FROM playlists")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM playlist_items")).isEqualTo(9);
        assertThat(
                        rows(
                                "SELECT track_id FROM playlist_items WHERE playlist_id = '"
                                        + id("playlist", 1)
                                        + "'"))
                .containsExactly(List.of(id("track", 9)));
    }

    @Test
    void aFailedMergeInAPipelineStoresNothingOfItsBatchOrLaterOnes() throws SQLException {
        wh.close();
        AtomicInteger itemMerges = new AtomicInteger();
        wh =
                Warehouse.builder(url)
                        .clock(clock)
                        .afterMerge(
                                table -> {
                                    if (table.equals("playlist_items")
                                            && itemMerges.incrementAndGet() == 2) {
                                        throw new IllegalStateException("injected crash");
                                    }
                                })
                        .open();
        List<Integer> merged = new ArrayList<>();
        BatchPipeline pipe = wh.pipeline();
        try {
            for (int k = 1; k <= 2; k++) {
                Batch b = pipe.newBatch();
                b.playlist(details(k), tracks(k), T0, "owner");
                int n = k;
                pipe.commit(b, () -> merged.add(n));
            }
            Batch third = pipe.newBatch();
            third.playlist(details(3), tracks(3), T0, "owner");
            // The second batch's failure surfaces here, and the third is discarded.
            assertThatThrownBy(() -> pipe.commit(third, () -> merged.add(3)))
                    .hasMessageContaining("injected crash");
        } finally {
            pipe.close();
        }
        assertThat(merged).containsExactly(1);
        assertThat(rows("SELECT id FROM playlists")).containsExactly(List.of(id("playlist", 1)));
        assertThat(rows("SELECT playlist_id, track_id FROM playlist_items"))
                .containsExactly(List.of(id("playlist", 1), id("track", 1)));
    }

    @Test
    void badColumnsAreRejectedBeforeAnythingIsStaged() {
        try (Batch b = wh.newBatch()) {
            List<String> ids = List.of(id("track", 1), "not-an-id");
            assertThatThrownBy(() -> b.playlist(details(1), ids, T0, "owner"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("trackIds[1]")
                    .hasMessageContaining("not-an-id");
            assertThatThrownBy(() -> b.playlist(details(1), ids, T0, "a,b"))
                    .hasMessageContaining("addedBy");
            assertThatThrownBy(() -> b.playlist(details(1), List.of(), null, "owner"))
                    .hasMessageContaining("addedAt");
            assertThat(b.stagedRows()).isZero();
        }
    }

    private void reopenEmpty() throws Exception {
        wh.close();
        url = freshUrl();
        wh = Warehouse.builder(url).clock(clock).open();
    }

    private static Playlist details(int n) {
        return playlist(n, "owner");
    }

    private static List<String> tracks(int... n) {
        List<String> out = new ArrayList<>();
        for (int t : n) {
            out.add(id("track", t));
        }
        return out;
    }
}
