package dev.spotrec.app.report;

import dev.spotrec.recommender.EpochStat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The training loss per epoch, from the model directory's history of its last fit. */
final class TrainingSection {
    private TrainingSection() {}

    static void render(Page page, List<EpochStat> history, ChartFiles charts) {
        page.section("training", "Training");
        if (history.isEmpty()) {
            page.missing(
                    "No training history: pass --model DIR (a directory written by 'spotrec"
                            + " train') to see the loss per epoch.");
            return;
        }
        Map<String, List<EpochStat>> byModel = byModel(history);
        List<List<String>> rows = new ArrayList<>();
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        byModel.forEach(
                (model, epochs) -> {
                    rows.add(row(model, epochs));
                    List<double[]> points = new ArrayList<>();
                    epochs.forEach(e -> points.add(new double[] {e.epoch(), e.loss()}));
                    if (points.stream().anyMatch(p -> !Double.isNaN(p[1]))) {
                        series.put(model, points);
                    }
                });
        page.table(
                List.of("model", "epochs", "first loss", "last loss", "change", "seconds"), rows);
        if (series.isEmpty()) {
            page.p(
                    "None of these models has a training objective (co-occurrence and popularity"
                            + " models are counted, not optimised), so there is no loss curve.");
            return;
        }
        // Components of a hybrid optimise objectives of different scales (ALS's weighted squared
        // error, the ranker's log-loss): plotted together, each is shown relative to its first
        // epoch.
        boolean relative = series.size() > 1;
        String file =
                charts.add(
                        "training-loss",
                        Charts.lines(
                                relative
                                        ? "Training loss relative to epoch 1"
                                        : "Training loss per epoch",
                                "epoch",
                                relative ? "loss / first-epoch loss" : "loss",
                                relative ? relativeTo(series) : series));
        page.figure(
                file,
                relative
                        ? "Training loss per epoch, each model relative to its first epoch"
                        : "Training loss per epoch (models with a training objective)");
    }

    private static Map<String, List<double[]>> relativeTo(Map<String, List<double[]>> series) {
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        series.forEach(
                (model, points) -> {
                    double first =
                            points.stream()
                                    .mapToDouble(p -> p[1])
                                    .filter(v -> !Double.isNaN(v))
                                    .findFirst()
                                    .orElse(Double.NaN);
                    List<double[]> scaled = new ArrayList<>();
                    for (double[] p : points) {
                        scaled.add(new double[] {p[0], first == 0 ? Double.NaN : p[1] / first});
                    }
                    out.put(model, scaled);
                });
        return out;
    }

    /** Epochs grouped by model, in first-seen order. */
    static Map<String, List<EpochStat>> byModel(List<EpochStat> history) {
        Map<String, List<EpochStat>> out = new LinkedHashMap<>();
        for (EpochStat e : history) {
            out.computeIfAbsent(e.model(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** The first and last finite loss of one model's epochs, or NaN for none. */
    static double[] firstLast(List<EpochStat> epochs) {
        double first = Double.NaN;
        double last = Double.NaN;
        for (EpochStat e : epochs) {
            if (!Double.isNaN(e.loss())) {
                first = Double.isNaN(first) ? e.loss() : first;
                last = e.loss();
            }
        }
        return new double[] {first, last};
    }

    private static List<String> row(String model, List<EpochStat> epochs) {
        double[] fl = firstLast(epochs);
        double seconds = epochs.stream().mapToDouble(EpochStat::seconds).sum();
        String change =
                Double.isNaN(fl[0]) || fl[0] == 0
                        ? "–"
                        : Html.num(100 * (fl[1] - fl[0]) / Math.abs(fl[0]), 1) + "%";
        return List.of(
                model,
                String.valueOf(epochs.size()),
                Html.num(fl[0], 4),
                Html.num(fl[1], 4),
                change,
                Html.num(seconds, 2));
    }
}
