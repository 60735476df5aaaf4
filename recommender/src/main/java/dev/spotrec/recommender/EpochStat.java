package dev.spotrec.recommender;

import java.util.Objects;

/**
 * One line of a fit's history: what a {@link TrainingListener} was told, as saved in a model
 * directory by {@link ModelStore#save} and read back by {@link ModelStore#history}.
 *
 * @param model the reporting model's name ({@code hybrid.ALIAS} for a hybrid's component)
 * @param epoch 1-based epoch or phase number
 * @param loss the training objective after the epoch, or NaN when the model has none
 * @param seconds wall time of the epoch, at least 0
 */
public record EpochStat(String model, int epoch, double loss, double seconds) {

    /** Validates the fields. */
    public EpochStat {
        Objects.requireNonNull(model, "model");
        if (model.isBlank() || model.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw new RecommenderException(
                    "EpochStat: model must be a non-blank name without tabs or line breaks, got '"
                            + model
                            + "'");
        }
        if (epoch < 1) {
            throw new RecommenderException("EpochStat: epoch must be >= 1, got " + epoch);
        }
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new RecommenderException(
                    "EpochStat: seconds must be finite and >= 0, got " + seconds);
        }
    }
}
