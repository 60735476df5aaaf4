package dev.spotrec.app.report;

import dev.spotrec.recommender.eval.EvaluationReport;
import dev.spotrec.recommender.eval.ModelReport;
import java.util.ArrayList;
import java.util.List;

/** Coverage, artist diversity, novelty and version-leak rate per model, from the evaluations. */
final class CoverageSection {
    private CoverageSection() {}

    static void render(Page page, List<EvaluationReport> evaluations) {
        page.section("coverage", "Coverage, diversity and version leaks");
        boolean any = false;
        for (EvaluationReport r : evaluations) {
            List<String> metrics = MetricNames.beyondAccuracy(r);
            if (metrics.isEmpty()) {
                continue;
            }
            any = true;
            page.h3(MetricsSection.title(r));
            List<String> headers = new ArrayList<>();
            headers.add("model");
            metrics.forEach(m -> headers.add(label(m)));
            List<List<String>> rows = new ArrayList<>();
            for (ModelReport m : r.models()) {
                List<String> row = new ArrayList<>();
                row.add(m.model());
                metrics.forEach(name -> row.add(MetricsSection.cell(m.metrics().get(name))));
                rows.add(row);
            }
            page.table(headers, rows);
            String leak = MetricNames.withPrefix(r, "versionLeak@");
            if (leak != null) {
                double worst = r.models().stream().mapToDouble(m -> m.mean(leak)).max().orElse(0);
                page.p(
                        worst == 0
                                ? "Version leaks: 0 for every model. No recommendation is a"
                                        + " remix, live take, remaster or other version of a song"
                                        + " already in the playlist."
                                : "Version leaks found: up to "
                                        + Html.percent(worst)
                                        + " of recommendations are another version of a seed"
                                        + " song; the target is 0.");
            }
        }
        page.p(
                "Coverage is the share of the catalog that appears in any recommendation list;"
                        + " artist diversity is distinct artists over list length; popularity is"
                        + " the mean catalog popularity percentile (lower is more novel).");
        if (!any) {
            page.missing(
                    "No beyond-accuracy metrics: no evaluation results were given (run 'spotrec"
                            + " evaluate ... --json FILE').");
        }
    }

    private static String label(String metric) {
        if (metric.startsWith("diversity@")) {
            return "artist " + metric;
        }
        if (metric.startsWith("versionLeak@")) {
            return "version leaks" + metric.substring("versionLeak".length());
        }
        return MetricNames.label(metric);
    }
}
