package dev.spotrec.recommender;

import java.time.Duration;

/**
 * Progress of {@link Recommender#fit(TrainingData, TrainingListener)}: called once per epoch or
 * phase, on the fitting thread, in order. Iterative models (ALS) report every epoch with their
 * training loss; one-pass models report their phases (e.g. building similarities) with a NaN loss.
 * A composite model (the hybrid) forwards its components' events under {@code hybrid.ALIAS} names,
 * then reports its own phases.
 */
@FunctionalInterface
public interface TrainingListener {

    /** Ignores every event. */
    TrainingListener NONE = (model, epoch, epochs, loss, took) -> {};

    /**
     * One epoch or phase finished.
     *
     * @param model the reporting model's name (or {@code hybrid.ALIAS} for a hybrid's component)
     * @param epoch 1-based number of this epoch or phase
     * @param epochs how many epochs or phases this fit runs
     * @param loss the training objective after this epoch, or NaN when the model has none
     * @param took wall time of this epoch or phase
     */
    void epoch(String model, int epoch, int epochs, double loss, Duration took);
}
