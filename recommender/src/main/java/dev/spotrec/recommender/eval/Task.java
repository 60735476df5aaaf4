package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.HeldOut;
import dev.spotrec.recommender.TrainingData;
import java.util.List;
import java.util.Map;

/**
 * One seeded instance of a protocol: the data to fit on, the validation cases (for tuning and for a
 * learned ranker) and the test cases (touched once per reported run).
 *
 * @param train the training data
 * @param validation validation cases
 * @param test test cases
 * @param sizes named sizes for the report (e.g. train/valid/test pair counts)
 */
public record Task(
        TrainingData train,
        List<HeldOut> validation,
        List<HeldOut> test,
        Map<String, Integer> sizes) {

    /** Copies the lists. */
    public Task {
        validation = List.copyOf(validation);
        test = List.copyOf(test);
        sizes = Map.copyOf(sizes);
    }
}
