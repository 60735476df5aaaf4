package dev.spotrec.recommender;

/**
 * Post-processing applied to every ranking.
 *
 * @param maxPerArtist at most this many items by one artist in a list; 0 for no cap
 * @param dedupVersions drop items that are another version (remix, live, remaster, ...) of a seed
 *     item or of an item already chosen; on by default and required for the app
 */
public record RankOptions(int maxPerArtist, boolean dedupVersions) {

    /** Version de-duplication on, no artist cap. */
    public static final RankOptions DEFAULT = new RankOptions(0, true);

    /** Validates. */
    public RankOptions {
        if (maxPerArtist < 0) {
            throw new RecommenderException(
                    "RankOptions: maxPerArtist must be >= 0 (0 = no cap), got " + maxPerArtist);
        }
    }

    /** Returns these options with an artist cap. */
    public RankOptions withMaxPerArtist(int cap) {
        return new RankOptions(cap, dedupVersions);
    }
}
