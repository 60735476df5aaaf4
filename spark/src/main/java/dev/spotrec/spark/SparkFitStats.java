package dev.spotrec.spark;

import java.time.Duration;

/**
 * What a Spark training run saw and took.
 *
 * @param pairs distinct (row, item) pairs trained on
 * @param rows rows (playlists or users) that got a factor vector in the training data
 * @param items items that got a factor vector in the training data
 * @param unmatchedRows export row ids the training data does not know (skipped)
 * @param unmatchedItems export item ids the training data does not know (skipped)
 * @param took wall time from reading the export to the finished model
 */
public record SparkFitStats(
        long pairs, int rows, int items, int unmatchedRows, int unmatchedItems, Duration took) {

    /** Rejects negative counts. */
    public SparkFitStats {
        if (pairs < 0 || rows < 0 || items < 0 || unmatchedRows < 0 || unmatchedItems < 0) {
            throw SparkTrainingException.failure(
                    "SparkFitStats: counts must be >= 0, got pairs="
                            + pairs
                            + " rows="
                            + rows
                            + " items="
                            + items,
                    null);
        }
    }
}
