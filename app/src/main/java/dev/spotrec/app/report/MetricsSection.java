package dev.spotrec.app.report;

import dev.spotrec.recommender.eval.Estimate;
import dev.spotrec.recommender.eval.EvaluationReport;
import dev.spotrec.recommender.eval.ModelReport;
import dev.spotrec.recommender.eval.SeedRun;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Accuracy by model with 95% bootstrap intervals (table and bar chart with error bars), the
 * settings tuning chose, and the RecSys-2018 per-group results when that protocol ran.
 */
final class MetricsSection {
    private static final List<String> GROUP_METRICS = List.of("rprecision", "ndcg", "clicks");

    private MetricsSection() {}

    static void render(Page page, List<EvaluationReport> evaluations, ChartFiles charts) {
        page.section("metrics", "Accuracy by model");
        if (evaluations.isEmpty()) {
            page.missing(
                    "No evaluation results: run 'spotrec evaluate ... --json evaluation.json' and"
                            + " pass it with --evaluation.");
            return;
        }
        page.p(
                "Each cell is the mean over seeds with its 95% bootstrap interval in brackets."
                        + " Hyperparameters were tuned on the validation split only; the test"
                        + " split was scored once per seed.");
        for (int i = 0; i < evaluations.size(); i++) {
            evaluation(page, evaluations.get(i), i, charts);
        }
        groups(page, evaluations, charts);
    }

    static String title(EvaluationReport r) {
        return r.protocol()
                + " on "
                + r.dataset()
                + ", seeds "
                + r.seeds().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static void evaluation(Page page, EvaluationReport r, int index, ChartFiles charts) {
        page.h3(title(r));
        if (r.models().isEmpty()) {
            page.missing("This evaluation holds no models.");
            return;
        }
        List<String> all = MetricNames.accuracy(r);
        List<String> deeper =
                all.stream().filter(m -> m.endsWith("@20") || m.endsWith("@50")).toList();
        List<String> first = all.stream().filter(m -> !deeper.contains(m)).toList();
        metricTable(page, r, first, true);
        if (!deeper.isEmpty()) {
            metricTable(page, r, deeper, false);
        }
        page.p(sizes(r));
        List<String> charted = MetricNames.charted(r);
        if (!charted.isEmpty()) {
            String file = charts.add("metrics-" + (index + 1), chart(r, charted));
            page.figure(file, "Test metrics by model with 95% intervals: " + title(r));
        }
        settings(page, r);
    }

    private static void metricTable(
            Page page, EvaluationReport r, List<String> metrics, boolean fit) {
        List<String> headers = new ArrayList<>();
        headers.add("model");
        metrics.forEach(m -> headers.add(MetricNames.label(m)));
        if (fit) {
            headers.add("fit s");
        }
        List<List<String>> rows = new ArrayList<>();
        for (ModelReport m : r.models()) {
            List<String> row = new ArrayList<>();
            row.add(m.model());
            metrics.forEach(name -> row.add(cell(m.metrics().get(name))));
            if (fit) {
                double seconds =
                        m.runs().stream()
                                .mapToDouble(SeedRun::fitSeconds)
                                .average()
                                .orElse(Double.NaN);
                row.add(Html.num(seconds, 2));
            }
            rows.add(row);
        }
        page.table(headers, rows);
    }

    static String cell(Estimate e) {
        if (e == null) {
            return "–";
        }
        if (e.low() == e.mean() && e.high() == e.mean()) {
            return Html.num(e.mean(), 4);
        }
        return Html.num(e.mean(), 4)
                + " ["
                + Html.num(e.low(), 4)
                + ", "
                + Html.num(e.high(), 4)
                + "]";
    }

    private static String sizes(EvaluationReport r) {
        StringBuilder b = new StringBuilder("Split sizes per seed: ");
        for (int s = 0; s < r.sizes().size(); s++) {
            b.append(s == 0 ? "" : "; ").append(new TreeMap<>(r.sizes().get(s)));
        }
        return b.append(String.format(Locale.ROOT, ". Evaluation took %.1f s.", r.seconds()))
                .toString();
    }

    private static org.jfree.chart.JFreeChart chart(EvaluationReport r, List<String> metrics) {
        int models = r.models().size();
        double[][] mean = new double[models][metrics.size()];
        double[][] low = new double[models][metrics.size()];
        double[][] high = new double[models][metrics.size()];
        List<String> series = new ArrayList<>();
        for (int s = 0; s < models; s++) {
            ModelReport m = r.models().get(s);
            series.add(m.model());
            for (int c = 0; c < metrics.size(); c++) {
                Estimate e = m.metrics().get(metrics.get(c));
                mean[s][c] = e == null ? 0 : e.mean();
                low[s][c] = e == null ? Double.NaN : e.low();
                high[s][c] = e == null ? Double.NaN : e.high();
            }
        }
        List<String> labels = metrics.stream().map(MetricNames::label).toList();
        return Charts.intervalBars(
                r.protocol() + ": test metrics (95% intervals)",
                "score",
                series,
                labels,
                mean,
                low,
                high);
    }

    private static void settings(Page page, EvaluationReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (ModelReport m : r.models()) {
            Set<String> chosen = new LinkedHashSet<>();
            for (SeedRun run : m.runs()) {
                chosen.add(
                        new TreeMap<>(run.settings())
                                .entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .collect(Collectors.joining(", ")));
            }
            rows.add(List.of(m.model(), String.join(" | ", chosen)));
        }
        page.table(
                List.of("model", "settings chosen on validation (per seed when they differ)"),
                rows);
    }

    private static void groups(Page page, List<EvaluationReport> evaluations, ChartFiles charts) {
        page.h3("RecSys Challenge 2018 groups");
        boolean any = false;
        for (EvaluationReport r : evaluations) {
            List<String> groups = groupNames(r);
            if (groups.isEmpty()) {
                continue;
            }
            any = true;
            page.p(title(r) + ": test means per challenge group.");
            for (String metric : GROUP_METRICS) {
                groupTable(page, r, groups, metric);
            }
            String metric =
                    r.models().stream().anyMatch(m -> hasGroupMetric(m, "rprecision"))
                            ? "rprecision"
                            : "ndcg";
            double[][] values = new double[r.models().size()][groups.size()];
            for (int s = 0; s < values.length; s++) {
                Map<String, Map<String, Double>> g = r.models().get(s).groups();
                for (int c = 0; c < groups.size(); c++) {
                    values[s][c] =
                            g.getOrDefault(groups.get(c), Map.of()).getOrDefault(metric, 0.0);
                }
            }
            List<String> series = r.models().stream().map(ModelReport::model).toList();
            String file =
                    charts.add(
                            "groups",
                            Charts.bars(
                                    MetricNames.label(metric) + " per challenge group",
                                    MetricNames.label(metric),
                                    series,
                                    groups,
                                    values));
            page.figure(file, MetricNames.label(metric) + " per RecSys-2018 group: " + title(r));
        }
        if (!any) {
            page.missing(
                    "The recsys2018 protocol was not run: evaluate an MPD-format dataset with"
                            + " '--protocol recsys2018' to see the ten challenge groups.");
        }
    }

    private static boolean hasGroupMetric(ModelReport m, String metric) {
        return m.groups().values().stream().anyMatch(g -> g.containsKey(metric));
    }

    private static List<String> groupNames(EvaluationReport r) {
        Set<String> names = new LinkedHashSet<>();
        r.models().forEach(m -> names.addAll(m.groups().keySet()));
        return List.copyOf(names);
    }

    private static void groupTable(
            Page page, EvaluationReport r, List<String> groups, String metric) {
        if (r.models().stream().noneMatch(m -> hasGroupMetric(m, metric))) {
            return;
        }
        List<String> headers = new ArrayList<>();
        headers.add(MetricNames.label(metric) + " by group");
        r.models().forEach(m -> headers.add(m.model()));
        List<List<String>> rows = new ArrayList<>();
        for (String g : groups) {
            List<String> row = new ArrayList<>();
            row.add(g);
            for (ModelReport m : r.models()) {
                Double v = m.groups().getOrDefault(g, Map.of()).get(metric);
                row.add(v == null ? "–" : Html.num(v, metric.equals("clicks") ? 2 : 4));
            }
            rows.add(row);
        }
        page.table(headers, rows);
    }
}
