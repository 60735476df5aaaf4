package dev.spotrec.recommender.eval;

import java.util.ArrayList;
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
     * Renders the main metrics as a table: one row per model, each cell {@code mean [low, high]},
     * every column as wide as its widest cell.
     *
     * @param metrics the metric names to show, e.g. {@code recall@10, ndcg@10}
     */
    public String table(List<String> metrics) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("model");
        header.addAll(metrics);
        header.add("fit s");
        rows.add(header);
        for (ModelReport r : models) {
            List<String> row = new ArrayList<>();
            row.add(r.model());
            for (String m : metrics) {
                Estimate e = r.metrics().get(m);
                row.add(
                        e == null
                                ? "-"
                                : String.format(
                                        Locale.ROOT,
                                        "%.4f [%.4f, %.4f]",
                                        e.mean(),
                                        e.low(),
                                        e.high()));
            }
            double fit = r.runs().stream().mapToDouble(SeedRun::fitSeconds).average().orElse(0);
            row.add(String.format(Locale.ROOT, "%.2f", fit));
            rows.add(row);
        }
        int[] width = new int[header.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                boolean last = c == row.size() - 1;
                String cell = row.get(c);
                String pad = " ".repeat(width[c] - cell.length());
                sb.append(c == 0 ? "" : " | ").append(last ? pad + cell : cell + pad);
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }
}
