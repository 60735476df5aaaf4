package dev.spotrec.app.report;

import dev.spotrec.warehouse.CrawlRun;
import dev.spotrec.warehouse.Warehouse;
import dev.spotrec.warehouse.WarehouseStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the warehouse holds and how it was collected: rows per table and one line per crawl run.
 *
 * @param warehouse the warehouse URL with any password hidden
 * @param schemaVersion the applied schema version
 * @param rows rows per table, in schema order
 * @param crawls the crawl runs, oldest first (empty for imported data)
 */
public record DatasetSummary(
        String warehouse, int schemaVersion, Map<String, Long> rows, List<Crawl> crawls) {

    /** Validates and copies, keeping the table order. */
    public DatasetSummary {
        if (warehouse == null || rows == null || crawls == null) {
            throw new IllegalArgumentException(
                    "DatasetSummary: warehouse, rows and crawls must be set");
        }
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        crawls = List.copyOf(crawls);
    }

    /**
     * One crawl run.
     *
     * @param runId the run's number
     * @param status e.g. {@code completed}, {@code limit}, {@code quota}, {@code running}
     * @param mode the API mode the crawler saw, or null
     * @param requests requests sent
     * @param retries retried requests (0 when the run recorded no summary)
     * @param throttled 429 answers (0 when the run recorded no summary)
     * @param entities entities stored
     * @param duration wall time, or null while running or after a kill
     */
    public record Crawl(
            long runId,
            String status,
            String mode,
            long requests,
            long retries,
            long throttled,
            long entities,
            Duration duration) {
        /** Validates. */
        public Crawl {
            if (status == null || requests < 0 || retries < 0 || throttled < 0 || entities < 0) {
                throw new IllegalArgumentException(
                        "Crawl " + runId + ": status must be set and counts >= 0");
            }
        }
    }

    /** Reads the row counts and crawl runs of {@code warehouse}. */
    public static DatasetSummary of(Warehouse warehouse) {
        WarehouseStats stats = warehouse.stats();
        List<Crawl> crawls = new ArrayList<>();
        for (CrawlRun run : warehouse.crawlRuns()) {
            crawls.add(crawl(run));
        }
        return new DatasetSummary(stats.warehouse(), stats.schemaVersion(), stats.rows(), crawls);
    }

    /** Total requests over every crawl run. */
    public long requests() {
        return crawls.stream().mapToLong(Crawl::requests).sum();
    }

    /** Total 429 answers over every crawl run. */
    public long throttled() {
        return crawls.stream().mapToLong(Crawl::throttled).sum();
    }

    /** Rows of {@code table}, or 0 when the warehouse has no such table. */
    public long rowsOf(String table) {
        return rows.getOrDefault(table, 0L);
    }

    private static Crawl crawl(CrawlRun run) {
        long retries = 0;
        long throttled = 0;
        Duration took =
                run.finishedAt() == null
                        ? null
                        : Duration.between(run.startedAt(), run.finishedAt());
        if (run.summary() != null && !run.summary().isBlank()) {
            try {
                JsonNode s = JsonMapper.builder().build().readTree(run.summary());
                retries = s.path("retries").asLong(0);
                throttled = s.path("throttled").asLong(0);
                if (s.has("elapsedMillis")) {
                    took = Duration.ofMillis(s.path("elapsedMillis").asLong());
                }
            } catch (JacksonException e) {
                // A summary this code cannot parse still leaves the run's own counters.
                retries = 0;
            }
        }
        return new Crawl(
                run.runId(),
                run.status(),
                run.mode(),
                run.requests(),
                retries,
                throttled,
                run.entities(),
                took);
    }
}
