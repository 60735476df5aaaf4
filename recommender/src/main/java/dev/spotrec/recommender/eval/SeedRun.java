package dev.spotrec.recommender.eval;

import java.util.List;
import java.util.Map;

/**
 * One model on one seed: the search on validation, the chosen settings, and the single test run.
 *
 * @param seed the split seed
 * @param objective the validation metric the search maximised
 * @param trials every grid point tried, in order
 * @param settings the chosen (effective) settings, as the model reports them
 * @param validation validation metrics of the chosen model
 * @param test test metrics of the chosen model (touched once)
 * @param fitSeconds time to fit the chosen model
 * @param testSeconds time to rank every test case
 * @param testCases number of test cases
 */
public record SeedRun(
        long seed,
        String objective,
        List<Trial> trials,
        Map<String, String> settings,
        Map<String, Double> validation,
        Map<String, Double> test,
        double fitSeconds,
        double testSeconds,
        int testCases) {

    /** Copies the collections. */
    public SeedRun {
        trials = List.copyOf(trials);
        settings = Map.copyOf(settings);
        validation = Map.copyOf(validation);
        test = Map.copyOf(test);
    }
}
