package dev.spotrec.warehouse;

import java.time.Instant;

/**
 * One crawl run, as the crawler records it (and updates it as it goes).
 *
 * @param runId the run's number
 * @param startedAt when it started
 * @param finishedAt when it ended; null while running or after a kill
 * @param status e.g. {@code running}, {@code completed}, {@code quota}, {@code interrupted}
 * @param mode the API mode it saw ({@code extended}, {@code development}); null when unknown
 * @param apiUrl the API base URL
 * @param requests requests sent
 * @param entities entities stored
 * @param summary the closing summary (JSON); null while running
 */
public record CrawlRun(
        long runId,
        Instant startedAt,
        Instant finishedAt,
        String status,
        String mode,
        String apiUrl,
        long requests,
        long entities,
        String summary) {
    /** Validates the arguments. */
    public CrawlRun {
        if (startedAt == null || status == null || status.isBlank()) {
            throw new IllegalArgumentException(
                    "crawl run " + runId + ": startedAt and status must be set");
        }
        if (requests < 0 || entities < 0) {
            throw new IllegalArgumentException(
                    "crawl run "
                            + runId
                            + ": requests and entities must be >= 0, got "
                            + requests
                            + ", "
                            + entities);
        }
    }
}
