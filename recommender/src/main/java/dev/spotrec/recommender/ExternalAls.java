package dev.spotrec.recommender;

import dev.spotrec.recommender.internal.AlsModel;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the {@code als} model from factors trained outside this module (for example by Spark MLlib
 * on a cluster). The result is an ordinary fitted ALS {@link Recommender}: {@link ModelStore} saves
 * and loads it, known rows use their trained vectors and unseen playlists are folded in from the
 * item factors, exactly as after local training.
 *
 * <p>The settings are those of the local ALS ({@code factors}, {@code reg}, {@code alpha0}, {@code
 * nu}, {@code confidence}, ...); fold-in solves {@code (alpha0 G + sum c y y^T + reg n I) x = sum c
 * y} with them, so the caller maps its trainer's objective onto these names. Building costs one
 * items x factors^2 Gram matrix.
 */
public final class ExternalAls {

    private ExternalAls() {}

    /**
     * Returns a fitted ALS model over {@code data} with the given factors.
     *
     * @param data the training data the factors belong to (rows and items in its id order)
     * @param rowFactors rows x factors floats, row-major; zeros for rows the trainer never saw
     * @param itemFactors items x factors floats, row-major; zeros for items the trainer never saw
     * @param settings ALS settings; {@code factors} must equal the factor count
     * @throws RecommenderException when a setting is invalid or the arrays do not match the data
     */
    public static Recommender als(
            TrainingData data,
            float[] rowFactors,
            float[] itemFactors,
            Map<String, String> settings) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(rowFactors, "rowFactors");
        Objects.requireNonNull(itemFactors, "itemFactors");
        AlsModel model = new AlsModel(Map.copyOf(settings));
        model.adopt(rowFactors, itemFactors);
        model.fit(data);
        return model;
    }
}
