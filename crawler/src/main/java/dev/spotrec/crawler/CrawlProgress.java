package dev.spotrec.crawler;

import java.util.Map;

/**
 * A snapshot after each checkpointed round, for progress bars.
 *
 * @param requests requests sent so far by this process
 * @param requestsPerSecond the request rate since the start
 * @param throttled 429s so far
 * @param concurrency units fetched at once in the next round
 * @param entities entities stored so far, per type
 * @param roundType the frontier type the round fetched
 */
public record CrawlProgress(
        long requests,
        double requestsPerSecond,
        long throttled,
        int concurrency,
        Map<String, Long> entities,
        String roundType) {
    /** Copies the map. */
    public CrawlProgress {
        entities = Map.copyOf(entities);
    }

    /** {@return entities stored over all types} */
    public long entityCount() {
        return entities.values().stream().mapToLong(Long::longValue).sum();
    }
}
