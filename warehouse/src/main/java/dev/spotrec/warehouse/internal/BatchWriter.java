package dev.spotrec.warehouse.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One batch: rows stream into staging tables through the engine's bulk path, then {@link
 * #merge(Instant)} merges every staged table into the warehouse in a single transaction, so a
 * failure at any point leaves the warehouse as it was before the batch.
 *
 * <p>Each staged row carries a sequence number. When a batch writes the same key twice (noticed
 * with a hash set of the keys it wrote, O(1) per row), the merge first keeps only the latest write,
 * so the same entity written twice is one row. Lists whose parents are all new skip the join with
 * the existing rows and are appended. Where the stager packs items (DuckDB), a playlist's items are
 * staged as one row ({@link PackedPlaylistItems}) and unnested by the merge: appended straight into
 * {@code playlist_items} when every staged playlist is new, else unpacked into the row stage first
 * and merged like any list.
 */
public final class BatchWriter implements AutoCloseable {
    private final Connection conn;
    private final Stager stager;
    private final Set<String> createdStages;
    private final Consumer<String> afterMerge;
    // Identity maps: a TableSpec's record hashCode would walk its column lists on every row.
    private final Set<TableSpec> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<TableSpec> duplicated = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<TableSpec, Set<String>> keys = new IdentityHashMap<>();
    private final Map<TableSpec, long[]> staged = new IdentityHashMap<>();
    private final PackedPlaylistItems packed;
    private final RowItems rowItems = new RowItems();
    private boolean packedUsed;
    private long seq;

    /**
     * @param createdStages names of the staging tables this connection already created; updated
     * @param afterMerge called with each table name after it merged (a fault hook for tests)
     */
    public BatchWriter(
            Connection conn,
            Dialect dialect,
            Set<String> createdStages,
            Consumer<String> afterMerge)
            throws SQLException {
        this.conn = conn;
        this.stager = dialect.stager(conn);
        this.createdStages = createdStages;
        this.afterMerge = afterMerge;
        this.packed = stager.packsItems() ? new PackedPlaylistItems(this, stager) : null;
    }

    /** Registers a write of {@code key} into entity table {@code t}; returns the row's seq. */
    public long entity(TableSpec t, String key) throws SQLException {
        prepare(t);
        if (!keys.computeIfAbsent(t, k -> new HashSet<>()).add(key)) {
            duplicated.add(t);
        }
        return ++seq;
    }

    /**
     * Registers that this batch replaces the list {@code t} of one parent and returns the seq its
     * rows carry.
     */
    public long parent(TableSpec t, String... parentKey) throws SQLException {
        prepare(t);
        if (!keys.computeIfAbsent(t, k -> new HashSet<>()).add(String.join("\u0000", parentKey))) {
            duplicated.add(t);
        }
        long s = ++seq;
        Stager.Row row = stager.row(t.parent().stage(t.stage()), parentKey.length + 1);
        for (String k : parentKey) {
            row.str(k);
        }
        row.i64(s).end();
        return s;
    }

    /** Starts a staged row of {@code t}; write its columns in order, then its seq, then end. */
    public Stager.Row row(TableSpec t) throws SQLException {
        staged.computeIfAbsent(t, k -> new long[1])[0]++;
        return stager.row(t.stage(), t.columns().size() + 1);
    }

    /**
     * Starts the item list of playlist {@code playlistId} whose rows carry {@code seq} (from {@link
     * #parent}): packed into one staged row where the stager prefers it, else a row each.
     */
    public ItemSink playlistItems(String playlistId, long seq) throws SQLException {
        if (packed != null) {
            if (!packedUsed) {
                try (Statement s = conn.createStatement()) {
                    for (String sql : PackedPlaylistItems.createStages()) {
                        s.execute(sql);
                    }
                }
                packedUsed = true;
            }
            return packed.start(playlistId, seq);
        }
        return rowItems.start(playlistId, seq);
    }

    /** Counts {@code n} rows of {@code t} staged some other way than {@link #row}. */
    void countStaged(TableSpec t, long n) {
        staged.computeIfAbsent(t, k -> new long[1])[0] += n;
    }

    /** Rows staged so far, per table. */
    public Map<String, Long> staged() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (TableSpec t : Tables.MERGE_ORDER) {
            long[] n = staged.get(t);
            if (n != null) {
                out.merge(t.name(), n[0], Long::sum);
            }
        }
        return out;
    }

    /** Rows staged so far over all tables. */
    public long stagedRows() {
        long sum = 0;
        for (long[] n : staged.values()) {
            sum += n[0];
        }
        return sum;
    }

    /** Whether nothing was staged. */
    public boolean isEmpty() {
        return dirty.isEmpty();
    }

    /**
     * Sends every staged row to the engine and releases the staging path, so that {@link #merge}
     * may run on another thread (DuckDB's Appender is confined to the thread that appends).
     */
    public void finishStaging() throws SQLException {
        stager.flush();
        stager.close();
    }

    /** Merges every staged table in one transaction, with {@code now} as the fetch time. */
    public void merge(Instant now) throws SQLException {
        stager.flush();
        OffsetDateTime ts = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        conn.setAutoCommit(false);
        try {
            Map<TableSpec, Boolean> existing = existingLists();
            for (TableSpec t : Tables.MERGE_ORDER) {
                if (dirty.contains(t)) {
                    mergeTable(t, existing.getOrDefault(t, false), ts);
                    afterMerge.accept(t.name());
                }
            }
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(true);
            if (packedUsed) {
                // After the transaction: a failed statement may have aborted it.
                try (Statement s = conn.createStatement()) {
                    s.execute(PackedPlaylistItems.ORDERED);
                }
            }
        }
    }

    /** Releases the staging path and empties the staging tables. */
    @Override
    public void close() throws SQLException {
        try {
            stager.close();
        } finally {
            if (!conn.getAutoCommit()) {
                conn.rollback();
                conn.setAutoCommit(true);
            }
            try (Statement s = conn.createStatement()) {
                if (packedUsed) {
                    for (String sql : PackedPlaylistItems.dropStages()) {
                        s.execute(sql);
                    }
                }
                for (TableSpec t : dirty) {
                    for (String sql : MergeSql.clearStage(t)) {
                        s.execute(sql);
                    }
                    createdStages.remove(t.stage());
                }
            }
        }
    }

    private void mergeTable(TableSpec t, boolean listExists, OffsetDateTime ts)
            throws SQLException {
        boolean unpack = packedUsed && t == Tables.PLAYLIST_ITEMS;
        try (Statement s = conn.createStatement()) {
            if (unpack) {
                s.execute(PackedPlaylistItems.UNORDERED); // undone by merge once the batch ends
            }
            if (duplicated.contains(t)) {
                if (unpack) {
                    for (String sql : PackedPlaylistItems.dedupe()) {
                        s.execute(sql);
                    }
                }
                for (String sql : MergeSql.dedupe(t)) {
                    s.execute(sql);
                }
            }
            if (unpack && listExists) {
                s.execute(PackedPlaylistItems.unpackIntoRowStage());
            }
        }
        if (t.mode() != TableSpec.Mode.LIST) {
            update(MergeSql.upsert(t), ts, ts);
        } else if (!listExists) {
            update(MergeSql.appendList(t), ts, ts);
            if (unpack) {
                update(MergeSql.appendList(t, PackedPlaylistItems.unpacked()), ts, ts);
            }
        } else {
            var sql = MergeSql.replaceList(t);
            update(sql.get(0), ts);
            update(sql.get(1));
            update(sql.get(2), ts, ts);
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + " [" + tableOf(sql) + "]", e.getSQLState(), e);
        }
    }

    private static String tableOf(String sql) {
        String[] words = sql.split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("INTO") || words[i].equals("FROM") || words[i].equals("UPDATE")) {
                return "merging table " + words[i + 1];
            }
        }
        return "merging";
    }

    private void prepare(TableSpec t) throws SQLException {
        if (dirty.add(t) && createdStages.add(t.stage())) {
            try (Statement s = conn.createStatement()) {
                for (String sql : MergeSql.createStage(t)) {
                    s.execute(sql);
                }
            }
        }
    }

    /** Checks, before anything merges, which staged lists may replace existing rows. */
    private Map<TableSpec, Boolean> existingLists() throws SQLException {
        Map<TableSpec, Boolean> out = new HashMap<>();
        for (TableSpec t : dirty) {
            if (t.mode() == TableSpec.Mode.LIST) {
                try (Statement s = conn.createStatement();
                        ResultSet rs = s.executeQuery(MergeSql.anyExistingParent(t))) {
                    out.put(t, rs.next());
                }
            }
        }
        return out;
    }

    /** Stages a row per item, for stagers that do not pack. */
    private final class RowItems implements ItemSink {
        private String playlistId;
        private long seq;
        private int position;

        ItemSink start(String playlistId, long seq) {
            this.playlistId = playlistId;
            this.seq = seq;
            position = 0;
            return this;
        }

        @Override
        public void item(String trackId, Instant addedAt, String addedBy) throws SQLException {
            row(Tables.PLAYLIST_ITEMS)
                    .str(playlistId)
                    .i32(position++)
                    .str(trackId)
                    .ts(addedAt)
                    .str(addedBy)
                    .i64(seq)
                    .end();
        }

        @Override
        public void end() {}
    }
}
