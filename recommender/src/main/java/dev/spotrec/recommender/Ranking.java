package dev.spotrec.recommender;

/**
 * A ranked list of item ids with their scores, best first: the fast result of {@link
 * Recommender#rank}, without explanations.
 *
 * @param items item ids, best first
 * @param scores the score of each item (same order)
 */
public record Ranking(int[] items, float[] scores) {

    /** Validates that both arrays have one entry per item. */
    public Ranking {
        if (items == null || scores == null || items.length != scores.length) {
            throw new RecommenderException(
                    "Ranking: items and scores must be non-null and of equal length");
        }
    }

    /** Returns the number of ranked items. */
    public int size() {
        return items.length;
    }
}
