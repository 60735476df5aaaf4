package dev.spotrec.warehouse;

import dev.spotrec.warehouse.internal.BatchWriter;
import dev.spotrec.warehouse.internal.Dialect;
import dev.spotrec.warehouse.internal.Migrator;
import dev.spotrec.warehouse.internal.Tables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The spotrec warehouse: one schema on DuckDB (embedded, the default) or PostgreSQL. Opening it
 * read-write applies any missing schema migrations. Writes go through {@link Batch}es (bulk
 * staging, then one set-based merge transaction); reads stream through database cursors.
 *
 * <pre>{@code
 * try (Warehouse wh = Warehouse.open("duckdb:./spotrec-data/warehouse.duckdb")) {
 *     wh.write(batch -> world.writeTo(batch));
 *     wh.forEachInteraction(InteractionMatrix.PLAYLIST_TRACK, (p, t, w) -> ...);
 * }
 * }</pre>
 *
 * A warehouse holds one connection; it is meant for one thread at a time (one open batch at a
 * time), though streaming reads run on their own connections.
 */
public final class Warehouse implements AutoCloseable {
    private final WarehouseUrl url;
    private final Dialect dialect;
    private final Clock clock;
    private final boolean readOnly;
    private final Connection conn;
    private final Set<String> createdStages = new HashSet<>();
    private final Consumer<String> afterMerge;
    private final WarehouseReads reads;
    private final ExperimentStore experiments;
    private Batch openBatch;
    private int schemaVersion;

    private Warehouse(Builder b) {
        this.url = b.url;
        this.dialect = Dialect.of(url);
        this.clock = b.clock;
        this.readOnly = b.readOnly;
        this.afterMerge = b.afterMerge;
        this.conn = dialect.open(url, readOnly);
        try {
            if (!readOnly) {
                Migrator.migrate(conn, dialect, clock);
            }
            this.schemaVersion = readOnly ? readOnlyVersion() : Migrator.version(conn);
        } catch (SQLException | RuntimeException e) {
            closeQuietly();
            throw e instanceof SQLException s
                    ? wrap(s, "migrating the schema")
                    : (RuntimeException) e;
        }
        this.reads = new WarehouseReads(this, conn, dialect, url);
        this.experiments = new ExperimentStore(this, conn);
    }

    /** Opens (creating and migrating when needed) the warehouse {@code url} read-write. */
    public static Warehouse open(String url) {
        return builder(WarehouseUrl.parse(url)).open();
    }

    /** Opens an existing warehouse that this process will only read. */
    public static Warehouse openReadOnly(String url) {
        return builder(WarehouseUrl.parse(url)).readOnly(true).open();
    }

    /** A builder for {@code url}. */
    public static Builder builder(WarehouseUrl url) {
        return new Builder(url);
    }

    /** Where it lives. */
    public WarehouseUrl url() {
        return url;
    }

    /** Whether it was opened read-only. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The applied schema version. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The schema version this code writes. */
    public static int latestSchemaVersion() {
        return Migrator.latest();
    }

    /** Starts a batch; commit it, or close it to discard. One open batch at a time. */
    public Batch newBatch() {
        if (readOnly) {
            throw WarehouseException.badInput(
                    "warehouse " + url + " is open read-only; " + "open it read-write to write",
                    null);
        }
        if (openBatch != null) {
            throw new IllegalStateException(
                    "a batch is already open on " + url + "; commit or close it first");
        }
        try {
            openBatch = new Batch(this, new BatchWriter(conn, dialect, createdStages, afterMerge));
            return openBatch;
        } catch (SQLException e) {
            throw wrap(e, "starting a batch");
        }
    }

    /**
     * A pipeline of batches whose staging overlaps the previous batch's merge, on two more
     * connections; close it before using this warehouse for anything else. For bulk imports.
     */
    public BatchPipeline pipeline() {
        if (readOnly) {
            throw WarehouseException.badInput(
                    "warehouse " + url + " is open read-only; " + "open it read-write to write",
                    null);
        }
        return new BatchPipeline(this);
    }

    /** A batch on {@code lane}, a connection of a {@link BatchPipeline}. */
    Batch newBatch(Connection lane, Set<String> laneStages) throws SQLException {
        return new Batch(this, new BatchWriter(lane, dialect, laneStages, afterMerge));
    }

    Connection openLane() {
        try {
            return dialect.openWriter(conn, url);
        } catch (SQLException e) {
            throw wrap(e, "opening a second connection");
        }
    }

    /** Runs {@code body} on a new batch and commits it; discards it if {@code body} throws. */
    public Map<String, Long> write(Consumer<Batch> body) {
        try (Batch b = newBatch()) {
            body.accept(b);
            return b.commit();
        }
    }

    /** Row counts per table. */
    public WarehouseStats stats() {
        return reads.stats();
    }

    /** Streams a matrix's triples to {@code visitor}, ordered by row; returns how many. */
    public long forEachInteraction(InteractionMatrix matrix, InteractionVisitor visitor) {
        try (InteractionCursor c = interactions(matrix)) {
            long n = 0;
            while (c.next()) {
                visitor.accept(c.row(), c.column(), c.weight());
                n++;
            }
            return n;
        }
    }

    /** A cursor over a matrix's triples, ordered by row; close it. */
    public InteractionCursor interactions(InteractionMatrix matrix) {
        return reads.interactions(matrix);
    }

    /** Streams every track's attributes, ordered by id; returns how many. */
    public long forEachTrack(Consumer<TrackAttributes> action) {
        return reads.forEachTrack(action);
    }

    /** Streams every artist's attributes, ordered by id; returns how many. */
    public long forEachArtist(Consumer<ArtistAttributes> action) {
        return reads.forEachArtist(action);
    }

    /**
     * Writes tables and matrices as Parquet files {@code dir/NAME.parquet}.
     *
     * @param names table names ({@link #exportableTables()}) and matrix names ({@link
     *     InteractionMatrix#exportName()}); empty for all of them
     * @throws WarehouseException (bad input) for an unknown name or an unwritable directory
     */
    public List<ExportedFile> export(Path dir, List<String> names) {
        return reads.export(dir, names);
    }

    /** Tables {@link #export} and {@link #stats} know, in schema order. */
    public static List<String> exportableTables() {
        return Tables.ALL;
    }

    /**
     * Runs one read-only SQL statement and returns up to {@code maxRows} rows. On DuckDB the
     * warehouse must be opened read-only; PostgreSQL runs it in a read-only transaction.
     */
    public QueryResult query(String sql, int maxRows) {
        return reads.query(sql, maxRows);
    }

    /** The size recorded for an imported file, or -1 when it was not imported. */
    public long importedFileSize(String source, String path) {
        return reads.importedFileSize(source, path);
    }

    /** Frontier entries with {@code status}, ordered by depth then type and id; at most limit. */
    public List<FrontierEntry> frontier(FrontierStatus status, int limit) {
        return reads.frontier(status, limit);
    }

    /** {@return how many frontier entries have {@code status}: a count, not a capped list} */
    public long frontierCount(FrontierStatus status) {
        return reads.frontierCount(status);
    }

    /** Crawl runs, oldest first. */
    public List<CrawlRun> crawlRuns() {
        return reads.crawlRuns();
    }

    /** The experiment tables: trials, votes, ratings and the participant salt. */
    public ExperimentStore experiments() {
        return experiments;
    }

    /** Closes the connection; an open batch is discarded. */
    @Override
    public void close() {
        if (openBatch != null) {
            openBatch.close();
        }
        try {
            conn.close();
        } catch (SQLException e) {
            throw wrap(e, "closing it");
        }
    }

    /** The warehouse's own connection, for tests in this package. */
    Connection connection() {
        return conn;
    }

    Instant now() {
        return clock.instant();
    }

    void batchClosed(Batch b) {
        if (openBatch == b) {
            openBatch = null;
        }
    }

    WarehouseException wrap(SQLException e, String doing) {
        return dialect.wrap(e, url, doing);
    }

    private int readOnlyVersion() throws SQLException {
        int v;
        try {
            v = Migrator.version(conn);
        } catch (SQLException e) {
            throw WarehouseException.badInput(
                    url
                            + " is not a spotrec warehouse (no "
                            + "schema_migrations table); import or crawl into it first",
                    e);
        }
        if (v != Migrator.latest()) {
            throw WarehouseException.badInput(
                    "warehouse "
                            + url
                            + " has schema version "
                            + v
                            + ", this spotrec reads version "
                            + Migrator.latest()
                            + "; open it read-write once (e.g. spotrec import) to migrate it",
                    null);
        }
        return v;
    }

    private void closeQuietly() {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    /** Options for opening a warehouse; setters reject bad values at once. */
    public static final class Builder {
        private final WarehouseUrl url;
        private Clock clock = Clock.systemUTC();
        private boolean readOnly;
        private Consumer<String> afterMerge = t -> {};

        private Builder(WarehouseUrl url) {
            if (url == null) {
                throw new IllegalArgumentException("warehouse url must not be null");
            }
            this.url = url;
        }

        /** The clock that stamps first_seen and last_fetched; the system UTC clock by default. */
        public Builder clock(Clock c) {
            if (c == null) {
                throw new IllegalArgumentException("clock must not be null");
            }
            this.clock = c;
            return this;
        }

        /** Opens without write access and without migrating; false by default. */
        public Builder readOnly(boolean value) {
            this.readOnly = value;
            return this;
        }

        /** Test hook: called after each table of a batch merged, inside its transaction. */
        Builder afterMerge(Consumer<String> hook) {
            this.afterMerge = hook;
            return this;
        }

        /** Connects (and migrates unless read-only). */
        public Warehouse open() {
            return new Warehouse(this);
        }
    }
}
