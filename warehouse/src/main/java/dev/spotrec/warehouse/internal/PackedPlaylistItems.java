package dev.spotrec.warehouse.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Stages a playlist's whole item list as one row of a packed staging table: the track ids joined by
 * commas (ids are base62, user ids never hold a comma), and {@code added_at} / {@code added_by}
 * either once for the whole list (the common case: an import adds every item at one time by one
 * user) or as a list. The merge unnests the packed rows in SQL, vectorised.
 *
 * <p>Why: DuckDB's Appender has a fixed cost of about 2 µs of CPU per row whatever its width (value
 * checks, a JNI call per string longer than 11 bytes, chunk copies), so a 100-item playlist staged
 * row by row costs 100 of those; packed it costs one, plus about 20 ns of string building per item
 * here and a vectorised {@code unnest} of the same order in DuckDB. O(n) per list either way; the
 * constant drops about tenfold.
 *
 * <p>Rows are spread over {@value #LANES} staging tables, each playlist to the lane with fewer
 * items so far, and the merge reads them as one {@code UNION ALL} without order preservation. A
 * staging table of a few thousand packed rows is a single row group, DuckDB's unit of parallel
 * work, so one table would be unnested and inserted by one thread; with a lane per core the insert,
 * whose compression is most of a batch's cost, runs on every core (measured 1.5-1.8x faster on 2
 * cores). Order does not matter there: every row carries its position.
 */
final class PackedPlaylistItems implements ItemSink {
    /** How many packed staging tables rows are spread over. */
    static final int LANES = 2;

    /** Lets this connection's statements run without preserving insertion order (see above). */
    static final String UNORDERED = "SET SESSION preserve_insertion_order = false";

    /** Undoes {@link #UNORDERED}. */
    static final String ORDERED = "RESET SESSION preserve_insertion_order";

    /** The prefix of the packed staging tables of {@code playlist_items}, numbered from 0. */
    static final String STAGE = "stage_playlist_items_packed";

    private final BatchWriter writer;
    private final Stager stager;
    private final StringBuilder ids = new StringBuilder(4096);
    private final StringBuilder users = new StringBuilder(256);
    private final long[] laneItems = new long[LANES];
    private long[] micros = new long[128];
    private String playlistId;
    private long seq;
    private int n;
    private Instant firstAt;
    private String firstBy;
    private boolean sameAt;
    private boolean sameBy;

    PackedPlaylistItems(BatchWriter writer, Stager stager) {
        this.writer = writer;
        this.stager = stager;
    }

    /** Starts the list of {@code playlistId}, whose rows carry {@code seq}. */
    ItemSink start(String playlistId, long seq) {
        this.playlistId = playlistId;
        this.seq = seq;
        n = 0;
        ids.setLength(0);
        users.setLength(0);
        sameAt = true;
        sameBy = true;
        return this;
    }

    @Override
    public void item(String trackId, Instant addedAt, String addedBy) {
        if (addedAt == null || addedBy == null) {
            throw new IllegalArgumentException(
                    "a packed playlist item needs addedAt and addedBy, got "
                            + addedAt
                            + " / "
                            + addedBy);
        }
        if (n == 0) {
            firstAt = addedAt;
            firstBy = addedBy;
        } else {
            ids.append(',');
            users.append(',');
            sameAt &= firstAt.equals(addedAt);
            sameBy &= firstBy.equals(addedBy);
        }
        ids.append(trackId);
        users.append(addedBy);
        if (n == micros.length) {
            micros = Arrays.copyOf(micros, n * 2);
        }
        micros[n++] =
                Math.addExact(
                        Math.multiplyExact(addedAt.getEpochSecond(), 1_000_000L),
                        addedAt.getNano() / 1000);
    }

    @Override
    public void end() throws SQLException {
        if (n == 0) {
            return;
        }
        writer.countStaged(Tables.PLAYLIST_ITEMS, n);
        int lane = 0;
        for (int i = 1; i < LANES; i++) {
            if (laneItems[i] < laneItems[lane]) {
                lane = i;
            }
        }
        laneItems[lane] += n;
        stager.row(STAGE + lane, 8)
                .str(playlistId)
                .i32(n)
                .str(ids.toString())
                .ts(firstAt)
                .i64s(sameAt ? null : micros, n)
                .str(firstBy)
                .str(sameBy ? null : users.toString())
                .i64(seq)
                .end();
    }

    /** Creates the packed staging tables when missing. */
    static List<String> createStages() {
        return lanes(
                stage ->
                        "CREATE TEMPORARY TABLE IF NOT EXISTS "
                                + stage
                                + " (playlist_id VARCHAR, n INTEGER, track_ids VARCHAR,"
                                + " added_at TIMESTAMP WITH TIME ZONE, added_ats BIGINT[],"
                                + " added_by VARCHAR, added_bys VARCHAR, seq BIGINT)");
    }

    /** Drops the packed staging tables. */
    static List<String> dropStages() {
        return lanes(stage -> "DROP TABLE IF EXISTS " + stage);
    }

    /**
     * The staged items as rows shaped like {@code stage_playlist_items}: one unnest of the packed
     * lists, zipped (DuckDB unnests several lists of one row side by side and pads a missing list,
     * here a list-wide value, with NULL).
     */
    static String unpacked() {
        return "(SELECT playlist_id, CAST(pos AS INTEGER) AS position, track_id,"
                + " coalesce(make_timestamptz(at_us), added_at) AS added_at,"
                + " coalesce(by_one, added_by) AS added_by, seq FROM ("
                + String.join(
                        " UNION ALL ",
                        lanes(
                                stage ->
                                        "SELECT playlist_id, added_at, added_by, seq,"
                                                + " unnest(range(n)) AS pos,"
                                                + " unnest(string_split(track_ids, ','))"
                                                + " AS track_id,"
                                                + " unnest(added_ats) AS at_us,"
                                                + " unnest(string_split(added_bys, ','))"
                                                + " AS by_one FROM "
                                                + stage))
                + "))";
    }

    /**
     * Keeps, per playlist, only the packed list of its latest write (the parents' stage holds every
     * write's seq, whichever lane its items went to).
     */
    static List<String> dedupe() {
        TableSpec t = Tables.PLAYLIST_ITEMS;
        return lanes(
                stage ->
                        "DELETE FROM "
                                + stage
                                + " WHERE seq < (SELECT max(p.seq) FROM "
                                + t.parent().stage(t.stage())
                                + " p WHERE p.playlist_id = "
                                + stage
                                + ".playlist_id)");
    }

    private static List<String> lanes(Function<String, String> sql) {
        List<String> out = new ArrayList<>(LANES);
        for (int i = 0; i < LANES; i++) {
            out.add(sql.apply(STAGE + i));
        }
        return out;
    }

    /** Moves the unpacked items into the row staging table (for the replace-list merge). */
    static String unpackIntoRowStage() {
        List<String> cols = Tables.PLAYLIST_ITEMS.columns();
        return "INSERT INTO "
                + Tables.PLAYLIST_ITEMS.stage()
                + " ("
                + String.join(", ", cols)
                + ", seq) SELECT "
                + String.join(", ", cols)
                + ", seq FROM "
                + unpacked()
                + " u";
    }
}
