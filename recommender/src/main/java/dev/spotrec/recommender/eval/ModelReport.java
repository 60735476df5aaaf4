package dev.spotrec.recommender.eval;

import java.util.List;
import java.util.Map;

/**
 * One model's result over all seeds.
 *
 * @param model the model name, or name:settings when one model was evaluated with several specs
 * @param metrics test metrics: mean over seeds with bootstrap 95% intervals
 * @param groups per-group test means (RecSys-2018 categories), empty for ungrouped protocols
 * @param runs the per-seed runs (search, chosen settings, timings)
 */
public record ModelReport(
        String model,
        Map<String, Estimate> metrics,
        Map<String, Map<String, Double>> groups,
        List<SeedRun> runs) {

    /** Copies the collections, keeping their order. */
    public ModelReport {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        runs = List.copyOf(runs);
    }

    /** Returns the mean of a test metric, or NaN when absent. */
    public double mean(String metric) {
        Estimate e = metrics.get(metric);
        return e == null ? Double.NaN : e.mean();
    }
}
