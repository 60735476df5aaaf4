package dev.spotrec.app.report;

import dev.spotrec.recommender.eval.Estimate;
import dev.spotrec.recommender.eval.EvaluationReport;
import dev.spotrec.recommender.eval.ModelReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one-minute summary at the top: sentences generated from the numbers below it, saying how good
 * the best model is against the baseline, how wide its recommendations reach, whether versions
 * leak, how training went and what listeners preferred. Nothing here is written by hand.
 */
final class SummarySection {
    private SummarySection() {}

    static void render(Page page, ReportInputs in) {
        page.section("summary", "Summary");
        List<String> sentences = new ArrayList<>();
        if (in.dataset() != null) {
            sentences.add(
                    "The warehouse holds " + DatasetSection.entitySentence(in.dataset()) + ".");
        }
        for (EvaluationReport r : in.evaluations()) {
            sentences.add(String.join(" ", evaluation(r)));
        }
        if (in.popularity() != null) {
            sentences.add(popularity(in.popularity()));
        }
        if (!in.history().isEmpty()) {
            sentences.add(training(in.history()));
        }
        String experiment = ExperimentSection.sentence(in.experiment());
        if (experiment != null) {
            sentences.add(experiment);
        }
        if (sentences.isEmpty()) {
            page.missing("Nothing to summarise yet: every part of this report is missing.");
        } else {
            sentences.stream().filter(t -> !t.isBlank()).forEach(page::p);
        }
        List<String> missing = missingParts(in);
        if (!missing.isEmpty()) {
            page.missing("Not in this report: " + String.join("; ", missing) + ".");
        }
    }

    static List<String> evaluation(EvaluationReport r) {
        List<String> out = new ArrayList<>();
        String metric = MetricNames.headline(r);
        ModelReport best = MetricNames.best(r);
        ModelReport base = MetricNames.baseline(r);
        if (metric == null || (best == null && base == null)) {
            return out;
        }
        String label = MetricNames.label(metric);
        if (best == null) {
            out.add(
                    "On "
                            + MetricsSection.title(r)
                            + ", only the most-popular baseline was"
                            + " evaluated ("
                            + label
                            + " "
                            + Html.num(base.mean(metric), 4)
                            + ").");
            return out;
        }
        Estimate b = best.metrics().get(metric);
        StringBuilder s = new StringBuilder();
        s.append(
                String.format(
                        Locale.ROOT,
                        "On %s, the best model, %s, reaches %s %s (95%% interval %s–%s)",
                        MetricsSection.title(r),
                        best.model(),
                        label,
                        Html.num(b.mean(), 4),
                        Html.num(b.low(), 4),
                        Html.num(b.high(), 4)));
        if (base != null && base.metrics().containsKey(metric)) {
            Estimate p = base.metrics().get(metric);
            if (p.mean() > 0) {
                s.append(
                        String.format(
                                Locale.ROOT,
                                ", %.1f× the most-popular baseline (%s)",
                                b.mean() / p.mean(),
                                Html.num(p.mean(), 4)));
            } else {
                s.append(", against ").append(Html.num(p.mean(), 4)).append(" for the baseline");
            }
            s.append(
                    b.low() > p.high()
                            ? "; the intervals do not overlap, so the gain is not noise."
                            : "; the intervals overlap, so the gain is not yet certain.");
        } else {
            s.append("; no most-popular baseline was evaluated alongside it.");
        }
        out.add(s.toString());
        out.add(beyond(r, best, base));
        return out;
    }

    private static String beyond(EvaluationReport r, ModelReport best, ModelReport base) {
        List<String> parts = new ArrayList<>();
        double coverage = best.mean("coverage");
        if (!Double.isNaN(coverage)) {
            String p = "recommends " + Html.percent(coverage) + " of the catalog";
            if (base != null && !Double.isNaN(base.mean("coverage"))) {
                p += " (baseline " + Html.percent(base.mean("coverage")) + ")";
            }
            parts.add(p);
        }
        String diversity = MetricNames.withPrefix(r, "diversity@");
        if (diversity != null && !Double.isNaN(best.mean(diversity))) {
            parts.add(
                    "has artist diversity " + Html.num(best.mean(diversity), 3) + " within a list");
        }
        String leak = MetricNames.withPrefix(r, "versionLeak@");
        if (leak != null) {
            double worst = r.models().stream().mapToDouble(m -> m.mean(leak)).max().orElse(0);
            parts.add(
                    worst == 0
                            ? "leaks 0 versions (no remix or live take of a playlist's own song, for any model)"
                            : "has a version-leak rate of "
                                    + Html.percent(best.mean(leak))
                                    + " (the target is 0)");
        }
        return parts.isEmpty() ? "" : best.model() + " " + String.join(", ", parts) + ".";
    }

    private static String popularity(PopularityProfile p) {
        String s =
                String.format(
                        Locale.ROOT,
                        "Given %d sampled playlists, %s's %d-item lists sit at popularity percentile"
                                + " %s on average and together cover %s of the catalog",
                        p.lists(),
                        p.model().name(),
                        p.listLength(),
                        Html.num(p.model().meanPercentile(), 1),
                        Html.percent(p.model().coverage()));
        if (p.baseline() == null) {
            return s + ".";
        }
        return s
                + String.format(
                        Locale.ROOT,
                        ", against %s and %s for the most-popular baseline%s.",
                        Html.num(p.baseline().meanPercentile(), 1),
                        Html.percent(p.baseline().coverage()),
                        p.model().meanPercentile() < p.baseline().meanPercentile()
                                ? ": it reaches further into the long tail"
                                : "");
    }

    private static String training(List<dev.spotrec.recommender.EpochStat> history) {
        List<String> parts = new ArrayList<>();
        TrainingSection.byModel(history)
                .forEach(
                        (model, epochs) -> {
                            double[] fl = TrainingSection.firstLast(epochs);
                            if (!Double.isNaN(fl[0]) && epochs.size() > 1) {
                                parts.add(
                                        String.format(
                                                Locale.ROOT,
                                                "%s's loss went from %s to %s over %d epochs",
                                                model,
                                                Html.num(fl[0], 4),
                                                Html.num(fl[1], 4),
                                                epochs.size()));
                            }
                        });
        double seconds =
                history.stream().mapToDouble(dev.spotrec.recommender.EpochStat::seconds).sum();
        String time = String.format(Locale.ROOT, "Training took %.1f s", seconds);
        return parts.isEmpty() ? time + "." : time + "; " + String.join("; ", parts) + ".";
    }

    private static List<String> missingParts(ReportInputs in) {
        List<String> out = new ArrayList<>();
        if (in.dataset() == null) {
            out.add("the dataset summary (no warehouse)");
        }
        if (in.evaluations().isEmpty()) {
            out.add("evaluation results (no evaluation JSON)");
        }
        if (in.popularity() == null) {
            out.add("the popularity profile (no model)");
        }
        if (in.history().isEmpty()) {
            out.add("the training history (no model)");
        }
        if (in.experiment() == null || in.experiment().votes() == 0) {
            out.add("experiment results (no experiment responses yet)");
        }
        return out;
    }
}
