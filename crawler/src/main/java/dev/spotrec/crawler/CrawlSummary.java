package dev.spotrec.crawler;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one crawl process did.
 *
 * @param runId the crawl run's number in the warehouse
 * @param status {@code completed} (frontier empty), {@code limit} (a --max-requests or
 *     --max-duration bound stopped it; resume to continue) or {@code quota} (a long 429; resume at
 *     {@code resumeAt})
 * @param mode the API mode the client saw ({@code extended}, {@code development}, or null)
 * @param requests requests sent
 * @param retries retried requests
 * @param throttled 429 answers waited out or given up on
 * @param entities entities stored, per type
 * @param skipped frontier entries not collected, per type
 * @param skipReasons why, per type (one reason each)
 * @param failed entries that failed for good
 * @param pending entries left in the frontier
 * @param resumeAt when a quota stop may resume; null otherwise
 * @param elapsedMillis wall time
 */
public record CrawlSummary(
        long runId,
        String status,
        String mode,
        long requests,
        long retries,
        long throttled,
        Map<String, Long> entities,
        Map<String, Long> skipped,
        Map<String, String> skipReasons,
        long failed,
        long pending,
        Instant resumeAt,
        long elapsedMillis) {
    /** Validates and copies the arguments. */
    public CrawlSummary {
        if (status == null || !status.matches("completed|limit|quota")) {
            throw new IllegalArgumentException(
                    "status must be completed, limit or quota, got " + status);
        }
        entities = Map.copyOf(entities);
        skipped = Map.copyOf(skipped);
        skipReasons = Map.copyOf(skipReasons);
    }

    /** {@return entities stored over all types} */
    public long entityCount() {
        return entities.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@return the summary as one JSON object, keys sorted} */
    public String toJson() {
        StringBuilder b = new StringBuilder("{");
        b.append("\"runId\":").append(runId);
        b.append(",\"status\":").append(str(status));
        b.append(",\"mode\":").append(mode == null ? "null" : str(mode));
        b.append(",\"requests\":").append(requests);
        b.append(",\"retries\":").append(retries);
        b.append(",\"throttled\":").append(throttled);
        b.append(",\"entities\":").append(numbers(entities));
        b.append(",\"skipped\":").append(numbers(skipped));
        b.append(",\"skipReasons\":").append(strings(skipReasons));
        b.append(",\"failed\":").append(failed);
        b.append(",\"pending\":").append(pending);
        b.append(",\"resumeAt\":").append(resumeAt == null ? "null" : str(resumeAt.toString()));
        b.append(",\"elapsedMillis\":").append(elapsedMillis);
        return b.append('}').toString();
    }

    private static String numbers(Map<String, Long> m) {
        StringBuilder b = new StringBuilder("{");
        new TreeMap<>(m)
                .forEach(
                        (k, v) ->
                                b.append(b.length() > 1 ? "," : "")
                                        .append(str(k))
                                        .append(':')
                                        .append(v));
        return b.append('}').toString();
    }

    private static String strings(Map<String, String> m) {
        StringBuilder b = new StringBuilder("{");
        new TreeMap<>(m)
                .forEach(
                        (k, v) ->
                                b.append(b.length() > 1 ? "," : "")
                                        .append(str(k))
                                        .append(':')
                                        .append(str(v)));
        return b.append('}').toString();
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
