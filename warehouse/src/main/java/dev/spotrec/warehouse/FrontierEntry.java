package dev.spotrec.warehouse;

/**
 * One entity of the crawler's frontier.
 *
 * @param entityType what it is: {@code artist}, {@code album}, {@code track}, {@code playlist},
 *     {@code user}, {@code search}, ... (lower case letters and underscores)
 * @param entityId its id (a Spotify id, a user id, a search query)
 * @param status where it stands
 * @param depth expansion depth from the seeds, 0 for a seed
 * @param attempts fetch attempts so far
 * @param reason why it was skipped or failed; null otherwise
 * @param runId the crawl run that last touched it; null when none
 */
public record FrontierEntry(
        String entityType,
        String entityId,
        FrontierStatus status,
        int depth,
        int attempts,
        String reason,
        Long runId) {
    /** Validates the arguments. */
    public FrontierEntry {
        if (entityType == null || !entityType.matches("[a-z_]{1,32}")) {
            throw new IllegalArgumentException(
                    "frontier entityType must be 1-32 of [a-z_], got "
                            + (entityType == null ? "null" : "'" + entityType + "'"));
        }
        if (entityId == null || entityId.isEmpty()) {
            throw new IllegalArgumentException("frontier entityId must not be empty");
        }
        if (status == null) {
            throw new IllegalArgumentException("frontier status must not be null");
        }
        if (depth < 0 || attempts < 0) {
            throw new IllegalArgumentException(
                    "frontier depth and attempts must be >= 0, got " + depth + " and " + attempts);
        }
    }

    /** A newly discovered entity at {@code depth}. */
    public static FrontierEntry pending(String entityType, String entityId, int depth) {
        return new FrontierEntry(
                entityType, entityId, FrontierStatus.PENDING, depth, 0, null, null);
    }

    /** This entry with another status, reason and run. */
    public FrontierEntry with(FrontierStatus newStatus, String newReason, Long newRunId) {
        return new FrontierEntry(
                entityType, entityId, newStatus, depth, attempts, newReason, newRunId);
    }
}
