package dev.spotrec.recommender;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contract every model meets: fit on training data, then rank items for a seed (a playlist's
 * items and title, or a user's history) excluding the seed and any given items, and explain each
 * recommendation.
 *
 * <p>After {@link #fit}, {@link #rank}, {@link #recommend} and {@link #explain} are thread-safe and
 * deterministic: the same seed gives the same list. Seeds with no items, or whose items the model
 * has never seen, still get recommendations (models fall back to popularity). Every list is
 * version-de-duplicated against the seed and within itself. Create models with {@link Models}.
 */
public interface Recommender {

    /** The model's name as {@link Models} knows it, e.g. {@code "als"}. */
    String name();

    /** The model's settings (hyperparameters), as strings, for reports and persistence. */
    Map<String, String> settings();

    /**
     * Trains on {@code data}; replaces any earlier fit. Same as {@code fit(data,
     * TrainingListener.NONE)} for the models of {@link Models}.
     */
    void fit(TrainingData data);

    /**
     * Trains on {@code data}, telling {@code listener} about every epoch or phase (ALS reports its
     * training loss per epoch; other models report their phases with a NaN loss); replaces any
     * earlier fit. The models of {@link Models} implement this directly; the default, for other
     * implementations, runs {@link #fit(TrainingData)} and reports it as one phase.
     */
    default void fit(TrainingData data, TrainingListener listener) {
        java.util.Objects.requireNonNull(listener, "listener");
        long t0 = System.nanoTime();
        fit(data);
        listener.epoch(
                name(), 1, 1, Double.NaN, java.time.Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Returns the data the model was fitted on. */
    TrainingData data();

    /**
     * Returns up to {@code n} items, best first, never a seed item, an excluded item or a version
     * of an item already listed.
     *
     * @throws RecommenderException when called before {@link #fit} or with {@code n < 0}
     */
    Ranking rank(Seed seed, int n, RankOptions options);

    /** {@link #rank(Seed, int, RankOptions)} with {@link RankOptions#DEFAULT}. */
    default Ranking rank(Seed seed, int n) {
        return rank(seed, n, RankOptions.DEFAULT);
    }

    /**
     * Explains why {@code item} suits {@code seed}; never null, possibly with no reasons for a poor
     * fit.
     */
    Explanation explain(Seed seed, int item);

    /** Returns up to {@code n} recommendations, each with its key, score and explanation. */
    default List<Recommendation> recommend(Seed seed, int n, RankOptions options) {
        Ranking ranking = rank(seed, n, options);
        IdIndex items = data().items();
        List<Recommendation> out = new ArrayList<>(ranking.size());
        for (int i = 0; i < ranking.size(); i++) {
            int item = ranking.items()[i];
            out.add(
                    new Recommendation(
                            item, items.key(item), ranking.scores()[i], explain(seed, item)));
        }
        return out;
    }

    /** {@link #recommend(Seed, int, RankOptions)} with {@link RankOptions#DEFAULT}. */
    default List<Recommendation> recommend(Seed seed, int n) {
        return recommend(seed, n, RankOptions.DEFAULT);
    }
}
