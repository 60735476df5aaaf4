package dev.spotrec.recommender.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of one evaluation: what was evaluated how, and every model's metrics, settings and
 * timings. A plain record tree that Jackson serialises as the {@code --json} document.
 *
 * @param dataset the dataset description (e.g. {@code hetrec:/path})
 * @param protocol the protocol name
 * @param seeds the split seeds
 * @param sizes split sizes per seed, in seed order
 * @param models one report per model, in the order given
 * @param seconds wall time of the whole evaluation
 */
public record EvaluationReport(
        String dataset,
        String protocol,
        List<Long> seeds,
        List<Map<String, Integer>> sizes,
        List<ModelReport> models,
        double seconds) {

    /** Copies the lists. */
    public EvaluationReport {
        seeds = List.copyOf(seeds);
        sizes = List.copyOf(sizes);
        models = List.copyOf(models);
    }

    /** Returns the report of {@code model}, or null. */
    public ModelReport model(String model) {
        return models.stream().filter(m -> m.model().equals(model)).findFirst().orElse(null);
    }

    /**
     * Renders the main metrics as a fixed-width table: one row per model, each cell {@code mean
     * [low, high]}.
     *
     * @param metrics the metric names to show, e.g. {@code recall@10, ndcg@10}
     */
    public String table(List<String> metrics) {
        StringBuilder sb = new StringBuilder();
        int width = Math.max(14, models.stream().mapToInt(m -> m.model().length()).max().orElse(0));
        String name = "%-" + width + "s";
        sb.append(String.format(Locale.ROOT, name, "model"));
        for (String m : metrics) {
            sb.append(String.format(Locale.ROOT, " | %-26s", m));
        }
        sb.append(String.format(Locale.ROOT, " | %8s%n", "fit s"));
        for (ModelReport r : models) {
            sb.append(String.format(Locale.ROOT, name, r.model()));
            for (String m : metrics) {
                Estimate e = r.metrics().get(m);
                sb.append(
                        e == null
                                ? String.format(Locale.ROOT, " | %-26s", "-")
                                : String.format(
                                        Locale.ROOT,
                                        " | %.4f [%.4f, %.4f]  ",
                                        e.mean(),
                                        e.low(),
                                        e.high()));
            }
            double fit = r.runs().stream().mapToDouble(SeedRun::fitSeconds).average().orElse(0);
            sb.append(String.format(Locale.ROOT, " | %8.2f%n", fit));
        }
        return sb.toString();
    }
}
