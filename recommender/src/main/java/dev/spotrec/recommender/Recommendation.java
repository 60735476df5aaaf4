package dev.spotrec.recommender;

import java.util.Objects;

/**
 * One recommended item.
 *
 * @param item the dense item id
 * @param key the item's key (a Spotify track id, a dataset id)
 * @param score the model's score (model-specific scale; higher ranks first)
 * @param explanation why it was recommended
 */
public record Recommendation(int item, String key, double score, Explanation explanation) {

    /** Validates. */
    public Recommendation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(explanation, "explanation");
        if (item < 0) {
            throw new RecommenderException("Recommendation: item must be >= 0, got " + item);
        }
    }
}
