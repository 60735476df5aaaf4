package dev.spotrec.bench;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.User;
import dev.spotrec.warehouse.Batch;
import dev.spotrec.warehouse.BatchPipeline;
import dev.spotrec.warehouse.Warehouse;
import dev.spotrec.warehouse.WarehouseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Warehouse ingest, side by side: the same playlist rows (100 items each) written through {@link
 * Batch} into DuckDB (Appender into staging, then the set-based merge) and, when a server is given,
 * PostgreSQL ({@code COPY} into staging, then the merge). Each engine is measured through both
 * write forms: {@code records} ({@link Batch#playlist} with one {@code PlaylistItem} per item, as
 * the crawler writes) and {@code columns} ({@link Batch#playlist(Playlist, List, Instant, String)}
 * with the track ids as a list, as the MPD importer writes). Prints rows per second for staging
 * alone (a batch discarded after staging) and for staging plus commit, the process CPU time of
 * each, and the DuckDB to PostgreSQL ratio. Each form is then committed once more, as new
 * playlists, through a {@link BatchPipeline} (the next batch staged while the previous one merges,
 * as the MPD importer writes). Target: at least 1M rows/s into DuckDB.
 *
 * <pre>
 * ./mvnw -q -B -pl bench -am package -DskipTests
 * java --enable-native-access=ALL-UNNAMED -cp CLASSPATH dev.spotrec.bench.WarehouseIngestBenchmark \
 *     [ITEMS (default 4000000)] [jdbc:postgresql://127.0.0.1:55432/postgres?user=spotrec | -]
 *     [ROWS_PER_BATCH (default 500000)]
 * </pre>
 */
public final class WarehouseIngestBenchmark {
    private static final int ITEMS_PER_PLAYLIST = 100;
    private static int rowsPerBatch = 500_000;

    private WarehouseIngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        long items = args.length > 0 ? Long.parseLong(args[0]) : 4_000_000;
        String postgres = args.length > 1 && !args[1].equals("-") ? args[1] : null;
        rowsPerBatch = args.length > 2 ? Integer.parseInt(args[2]) : 500_000;
        System.out.printf(Locale.ROOT, "%,d rows per batch (one transaction each)%n", rowsPerBatch);
        Path dir = Files.createTempDirectory("spotrec-ingest");
        List<String> tracks = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            tracks.add(SpotifyIds.derive(7, i));
        }
        run("duckdb:" + dir.resolve("records.duckdb"), items, tracks, false);
        double duck = run("duckdb:" + dir.resolve("columns.duckdb"), items, tracks, true);
        if (postgres != null) {
            postgres(postgres, items, tracks, false);
            double pg = postgres(postgres, items, tracks, true);
            System.out.printf(
                    Locale.ROOT,
                    "ratio DuckDB/PostgreSQL (columns, committed rows/s): %.2f%n",
                    duck / pg);
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Runs on a fresh schema of the server, dropped afterwards. */
    private static double postgres(String server, long items, List<String> tracks, boolean columns)
            throws Exception {
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            return run(url, items, tracks, columns);
        } finally {
            try (var c = DriverManager.getConnection(server);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /**
     * Stages everything once and discards it, then stages and commits; returns rows/s of the
     * latter.
     */
    private static double run(String url, long items, List<String> tracks, boolean columns) {
        try (Warehouse wh = Warehouse.open(url)) {
            wh.write(b -> b.user(new User("bench", "Bench", null, null, 0)));
            long t0 = System.nanoTime();
            double c0 = cpuSeconds();
            long staged = write(wh, items, tracks, false, columns);
            double stageSecs = (System.nanoTime() - t0) / 1e9;
            double stageCpu = cpuSeconds() - c0;
            long t1 = System.nanoTime();
            double c1 = cpuSeconds();
            long committed = write(wh, items, tracks, true, columns);
            double secs = (System.nanoTime() - t1) / 1e9;
            double cpu = cpuSeconds() - c1;
            String name =
                    WarehouseUrl.parse(url).engine().name() + (columns ? " columns" : " records");
            System.out.printf(
                    Locale.ROOT,
                    "%-18s staging only: %,d rows in %.2f s = %,.0f rows/s (CPU %.2f s)%n",
                    name,
                    staged,
                    stageSecs,
                    staged / stageSecs,
                    stageCpu);
            System.out.printf(
                    Locale.ROOT,
                    "%-18s staged+committed: %,d rows in %.2f s = %,.0f rows/s (CPU %.2f s,"
                            + " playlist_items=%,d)%n",
                    name,
                    committed,
                    secs,
                    committed / secs,
                    cpu,
                    wh.stats().rows("playlist_items"));
            long t2 = System.nanoTime();
            double c2 = cpuSeconds();
            long pipelined = writePipelined(wh, items, tracks, columns, 1_000_000_000L);
            double pipeSecs = (System.nanoTime() - t2) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%-18s pipelined (staging beside the previous merge): %,d rows in %.2f s ="
                            + " %,.0f rows/s (CPU %.2f s, playlist_items=%,d)%n",
                    name,
                    pipelined,
                    pipeSecs,
                    pipelined / pipeSecs,
                    cpuSeconds() - c2,
                    wh.stats().rows("playlist_items"));
            return Math.max(committed / secs, pipelined / pipeSecs);
        }
    }

    /** CPU time of this process (all threads, including DuckDB's native ones). */
    private static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis() / 1e3;
    }

    private static long write(
            Warehouse wh, long items, List<String> tracks, boolean commit, boolean columns) {
        return write(items, tracks, columns, 0, wh::newBatch, b -> finish(b, commit));
    }

    /** Commits through a {@link BatchPipeline}, new playlists from {@code firstPid} on. */
    private static long writePipelined(
            Warehouse wh, long items, List<String> tracks, boolean columns, long firstPid) {
        try (BatchPipeline pipe = wh.pipeline()) {
            return write(
                    items,
                    tracks,
                    columns,
                    firstPid,
                    pipe::newBatch,
                    b -> pipe.commit(b, () -> {}));
        }
    }

    private static long write(
            long items,
            List<String> tracks,
            boolean columns,
            long firstPid,
            Supplier<Batch> newBatch,
            Consumer<Batch> finish) {
        long rows = 0;
        long pid = firstPid;
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        Batch batch = newBatch.get();
        long inBatch = 0;
        try {
            List<String> ids = new ArrayList<>(ITEMS_PER_PLAYLIST);
            for (long done = 0; done < items; done += ITEMS_PER_PLAYLIST) {
                String id = SpotifyIds.derive(9, pid);
                if (columns) {
                    ids.clear();
                    for (int i = 0; i < ITEMS_PER_PLAYLIST; i++) {
                        ids.add(track(tracks, pid, i));
                    }
                    batch.playlist(
                            new Playlist(id, "bench", "p", "", true, false, 0, List.of()),
                            ids,
                            at,
                            "bench");
                } else {
                    List<PlaylistItem> list = new ArrayList<>(ITEMS_PER_PLAYLIST);
                    for (int i = 0; i < ITEMS_PER_PLAYLIST; i++) {
                        list.add(new PlaylistItem(track(tracks, pid, i), at, "bench"));
                    }
                    batch.playlist(new Playlist(id, "bench", "p", "", true, false, 0, list));
                }
                pid++;
                rows += ITEMS_PER_PLAYLIST + 1;
                inBatch += ITEMS_PER_PLAYLIST + 1;
                if (inBatch >= rowsPerBatch) {
                    Batch full = batch;
                    batch = null; // finish owns it now (a pipeline merges it on its own thread)
                    finish.accept(full);
                    batch = newBatch.get();
                    inBatch = 0;
                }
            }
            Batch last = batch;
            batch = null;
            finish.accept(last);
        } finally {
            if (batch != null) {
                batch.close();
            }
        }
        return rows;
    }

    private static String track(List<String> tracks, long pid, int i) {
        return tracks.get((int) ((pid * 31 + i * 7919L) % tracks.size()));
    }

    private static void finish(Batch batch, boolean commit) {
        if (commit) {
            batch.commit();
        } else {
            batch.close();
        }
    }
}
