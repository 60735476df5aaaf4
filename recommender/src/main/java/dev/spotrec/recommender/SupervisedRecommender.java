package dev.spotrec.recommender;

import java.util.List;

/**
 * A recommender with a learned second stage (the hybrid's ranker) that trains on held-out
 * validation cases. Evaluation protocols call {@link #fit(TrainingData, List)} with their
 * validation split, so the ranker never sees test data; plain {@link #fit(TrainingData)} holds out
 * part of the training data itself.
 */
public interface SupervisedRecommender extends Recommender {

    /** Fits the first stage on {@code train} and the ranker on {@code validation} only. */
    void fit(TrainingData train, List<HeldOut> validation);

    /**
     * {@link #fit(TrainingData, List)}, telling {@code listener} about every epoch or phase (see
     * {@link Recommender#fit(TrainingData, TrainingListener)}).
     */
    void fit(TrainingData train, List<HeldOut> validation, TrainingListener listener);
}
