package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.HeldOut;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns per-case scores into means, per-group means and bootstrap intervals. */
final class Aggregation {

    private static final int RESAMPLES = 1000;
    private static final long BOOTSTRAP_SEED = 20260101L;

    private Aggregation() {}

    static double mean(CaseScorer.Scores scores, String metric) {
        int m = scores.names().indexOf(metric);
        double s = 0;
        for (double[] v : scores.values()) {
            s += v[m];
        }
        return scores.values().length == 0 ? 0 : s / scores.values().length;
    }

    static Map<String, Double> means(CaseScorer.Scores scores) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : scores.names()) {
            out.put(name, mean(scores, name));
        }
        out.put("coverage", scores.coverage());
        return out;
    }

    static ModelReport report(
            String model,
            List<SeedRun> runs,
            List<CaseScorer.Scores> scores,
            List<List<HeldOut>> cases) {
        Map<String, Estimate> metrics = new LinkedHashMap<>();
        List<String> names = scores.get(0).names();
        for (int m = 0; m < names.size(); m++) {
            List<double[]> perSeed = new ArrayList<>();
            for (CaseScorer.Scores s : scores) {
                double[] column = new double[s.values().length];
                for (int c = 0; c < column.length; c++) {
                    column[c] = s.values()[c][m];
                }
                perSeed.add(column);
            }
            metrics.put(names.get(m), Estimate.bootstrap(perSeed, RESAMPLES, BOOTSTRAP_SEED + m));
        }
        metrics.put(
                "coverage",
                Estimate.exact(
                        scores.stream()
                                .mapToDouble(CaseScorer.Scores::coverage)
                                .average()
                                .orElse(0)));
        return new ModelReport(model, metrics, groups(scores, cases), runs);
    }

    private static Map<String, Map<String, Double>> groups(
            List<CaseScorer.Scores> scores, List<List<HeldOut>> cases) {
        Map<String, Map<String, double[]>> sums = new TreeMap<>();
        List<String> names = scores.get(0).names();
        for (int s = 0; s < scores.size(); s++) {
            double[][] values = scores.get(s).values();
            for (int c = 0; c < values.length; c++) {
                String group = cases.get(s).get(c).group();
                Map<String, double[]> g = sums.computeIfAbsent(group, k -> new LinkedHashMap<>());
                for (int m = 0; m < names.size(); m++) {
                    double[] acc = g.computeIfAbsent(names.get(m), k -> new double[2]);
                    acc[0] += values[c][m];
                    acc[1]++;
                }
            }
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        if (sums.size() <= 1) {
            return out;
        }
        sums.forEach(
                (group, metrics) -> {
                    Map<String, Double> means = new LinkedHashMap<>();
                    metrics.forEach((name, acc) -> means.put(name, acc[0] / acc[1]));
                    out.put(group, means);
                });
        return out;
    }
}
