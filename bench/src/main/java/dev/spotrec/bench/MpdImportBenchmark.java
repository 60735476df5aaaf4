package dev.spotrec.bench;

import dev.spotrec.warehouse.ImportListener;
import dev.spotrec.warehouse.ImportSource;
import dev.spotrec.warehouse.ImportSummary;
import dev.spotrec.warehouse.Importer;
import dev.spotrec.warehouse.Warehouse;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Imports an MPD directory (e.g. the Million-Playlist-scale one {@link MpdGenerationBenchmark}
 * writes: 1,000 slices, 66M items) into a new DuckDB warehouse and reports wall time, rows per
 * second, and peak resident memory (JVM plus DuckDB's native memory) and peak heap. Target: under
 * 10 minutes on 2 cores within 24 GiB.
 *
 * <pre>
 * java -Xmx8g --enable-native-access=ALL-UNNAMED -cp CLASSPATH \
 *     dev.spotrec.bench.MpdImportBenchmark MPD_DIR WAREHOUSE_FILE [ROWS_PER_BATCH]
 * </pre>
 *
 * <p>WAREHOUSE_FILE is a path, or a {@code duckdb:PATH} warehouse spec as the CLI takes it; the
 * file is replaced.
 */
public final class MpdImportBenchmark {
    private MpdImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: MpdImportBenchmark MPD_DIR WAREHOUSE_FILE [ROWS_PER_BATCH]");
            System.exit(2);
        }
        Path mpd = Path.of(args[0]);
        if (args[1].matches("[a-z]+:.*") && !args[1].startsWith("duckdb:")) {
            System.err.println(
                    "MpdImportBenchmark: the warehouse must be a DuckDB file (PATH or duckdb:PATH),"
                            + " not "
                            + args[1]);
            System.exit(2);
        }
        Path file = Path.of(args[1].replaceFirst("^duckdb:", ""));
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".wal"));
        long rowsPerBatch = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        long start = System.nanoTime();
        ImportListener progress =
                new ImportListener() {
                    private int files;

                    @Override
                    public void fileStaged(Path f, long bytes, long rows) {
                        if (++files % 50 == 0) {
                            System.err.printf(
                                    Locale.ROOT,
                                    "%5d files  %6.1f s  rss %s%n",
                                    files,
                                    (System.nanoTime() - start) / 1e9,
                                    rss("VmRSS"));
                        }
                    }
                };
        ImportSummary s;
        long items;
        try (Warehouse wh = Warehouse.open("duckdb:" + file)) {
            s =
                    Importer.builder(wh)
                            .listener(progress)
                            .rowsPerBatch(rowsPerBatch)
                            .build()
                            .run(ImportSource.MPD, mpd);
            items = wh.stats().rows("playlist_items");
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "MPD import: %d files, %,d rows (%,d playlist items) in "
                        + "%.1f s = %,.0f items/s, %d transactions%n",
                s.filesImported(),
                s.rows(),
                items,
                secs,
                items / secs,
                s.batches());
        System.out.printf(
                Locale.ROOT,
                "process CPU time %.1f s (user+system over all threads)%n",
                ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis() / 1e3);
        System.out.printf(
                Locale.ROOT,
                "peak resident %s, peak heap %,d MiB, warehouse %,d MiB%n",
                rss("VmHWM"),
                peakHeap() >> 20,
                Files.size(file) >> 20);
    }

    private static long peakHeap() {
        long sum = 0;
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        for (MemoryPoolMXBean p : pools) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String rss(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return line.substring(field.length() + 1).strip();
                }
            }
        } catch (java.io.IOException e) {
            return "unknown";
        }
        return "unknown";
    }
}
