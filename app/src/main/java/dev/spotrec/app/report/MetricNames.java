package dev.spotrec.app.report;

import dev.spotrec.recommender.eval.EvaluationReport;
import dev.spotrec.recommender.eval.ModelReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sorts an evaluation's metric names into accuracy and beyond-accuracy metrics, and picks the
 * headline metric and the baseline model, so every section and the summary agree.
 */
final class MetricNames {
    private static final List<String> ACCURACY_ORDER =
            List.of(
                    "ndcg@10",
                    "recall@10",
                    "precision@10",
                    "hit@10",
                    "rprecision",
                    "ndcg",
                    "clicks",
                    "ndcg@20",
                    "recall@20",
                    "precision@20",
                    "hit@20",
                    "ndcg@50",
                    "recall@50",
                    "precision@50",
                    "hit@50");
    private static final List<String> HEADLINE_ORDER =
            List.of("ndcg@10", "rprecision", "recall@10", "ndcg");
    private static final String BASELINE = "most-popular";

    private MetricNames() {}

    /** Every metric any model reports, in first-seen order. */
    static List<String> all(EvaluationReport report) {
        Set<String> names = new LinkedHashSet<>();
        for (ModelReport m : report.models()) {
            names.addAll(m.metrics().keySet());
        }
        return List.copyOf(names);
    }

    /** Accuracy metrics present, in a fixed reading order, then any unknown ones. */
    static List<String> accuracy(EvaluationReport report) {
        List<String> present = all(report);
        List<String> out = new ArrayList<>();
        for (String m : ACCURACY_ORDER) {
            if (present.contains(m)) {
                out.add(m);
            }
        }
        for (String m : present) {
            if (!out.contains(m) && !isBeyondAccuracy(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Accuracy metrics for the chart: one cutoff, no clicks (another scale). */
    static List<String> charted(EvaluationReport report) {
        return accuracy(report).stream()
                .filter(m -> !m.equals("clicks") && !m.endsWith("@20") && !m.endsWith("@50"))
                .toList();
    }

    /** Coverage, diversity, popularity and version-leak metrics present. */
    static List<String> beyondAccuracy(EvaluationReport report) {
        return all(report).stream().filter(MetricNames::isBeyondAccuracy).toList();
    }

    static boolean isBeyondAccuracy(String metric) {
        return metric.equals("coverage")
                || metric.startsWith("diversity@")
                || metric.startsWith("popularity@")
                || metric.startsWith("versionLeak@");
    }

    /** The first metric of the headline order the report has, or null. */
    static String headline(EvaluationReport report) {
        List<String> present = all(report);
        return HEADLINE_ORDER.stream().filter(present::contains).findFirst().orElse(null);
    }

    /** The first metric of {@code report} whose name starts with {@code prefix}, or null. */
    static String withPrefix(EvaluationReport report, String prefix) {
        return all(report).stream().filter(m -> m.startsWith(prefix)).findFirst().orElse(null);
    }

    /** The most-popular model, or null when it was not evaluated. */
    static ModelReport baseline(EvaluationReport report) {
        return report.models().stream()
                .filter(m -> m.model().startsWith(BASELINE))
                .findFirst()
                .orElse(null);
    }

    /** The non-baseline model with the highest headline metric, or null. */
    static ModelReport best(EvaluationReport report) {
        String metric = headline(report);
        if (metric == null) {
            return null;
        }
        ModelReport best = null;
        for (ModelReport m : report.models()) {
            if (m.model().startsWith(BASELINE) || Double.isNaN(m.mean(metric))) {
                continue;
            }
            if (best == null || m.mean(metric) > best.mean(metric)) {
                best = m;
            }
        }
        return best;
    }

    /** A human label for a metric name. */
    static String label(String metric) {
        return switch (metric) {
            case "rprecision" -> "R-precision";
            case "ndcg" -> "NDCG";
            case "clicks" -> "clicks (lower is better)";
            case "coverage" -> "catalog coverage";
            default -> metric;
        };
    }
}
