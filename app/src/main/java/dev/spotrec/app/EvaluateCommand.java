package dev.spotrec.app;

import dev.spotrec.app.data.Datasets;
import dev.spotrec.app.data.EvaluationJson;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.eval.Evaluation;
import dev.spotrec.recommender.eval.EvaluationReport;
import dev.spotrec.recommender.eval.MetricSet;
import dev.spotrec.recommender.eval.ModelReport;
import dev.spotrec.recommender.eval.ModelSpec;
import dev.spotrec.recommender.eval.PlaylistHoldout;
import dev.spotrec.recommender.eval.Protocol;
import dev.spotrec.recommender.eval.Ratio811;
import dev.spotrec.recommender.eval.Recsys2018;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spotrec evaluate --dataset SPEC --protocol recsys2018|ratio-811|playlist-holdout [--models
 * M,...] [--seeds 1,2,3] [--json FILE]}.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates models on a dataset with a protocol: settings with several values"
                    + " (name:key=v1|v2) are tuned on the validation split only, and test is scored"
                    + " once per model and seed. Prints the metrics table (mean [95% bootstrap"
                    + " interval]) on stderr.",
        })
final class EvaluateCommand implements Callable<Integer> {
    static final String DEFAULT_MODELS = "most-popular,item-knn,als";

    @Spec CommandSpec spec;

    @Option(
            names = "--dataset",
            required = true,
            paramLabel = "SPEC",
            description =
                    "synthetic:KEY=VALUE,..., spotify-csv:PATH, mpd:DIR, hetrec:DIR, or a"
                            + " warehouse: duckdb:PATH, jdbc:postgresql://HOST:PORT/DB?user=NAME")
    String dataset;

    @Option(
            names = "--protocol",
            required = true,
            paramLabel = "P",
            description = "recsys2018, ratio-811 or playlist-holdout")
    String protocol;

    @Option(
            names = "--models",
            paramLabel = "M,...",
            description = {
                "models to compare (default: "
                        + DEFAULT_MODELS
                        + "); a model with settings,"
                        + " e.g. 'als:factors=64|128;reg=0.05', ends its value (repeat --models)"
            })
    List<String> models = List.of(DEFAULT_MODELS);

    @Option(
            names = "--seeds",
            paramLabel = "S,...",
            defaultValue = "1",
            description = "split seeds, comma-separated (default: ${DEFAULT-VALUE})")
    String seeds;

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "also write the results as JSON to FILE ('-' for stdout)")
    String json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Protocol p = protocol(protocol);
        List<Long> seedList = seeds(seeds);
        List<ModelSpec> specs = ModelSpecs.parse(models);
        return CommandFailures.run(
                err,
                () -> {
                    long t0 = System.nanoTime();
                    TrainingData data = Datasets.load(dataset);
                    err.printf(
                            Locale.ROOT,
                            "loaded %s: %s in %.1f s%n",
                            dataset,
                            data,
                            (System.nanoTime() - t0) / 1e9);
                    err.flush();
                    EvaluationReport report = run(dataset, data, p, specs, seedList);
                    printTables(report, p.metricSet(), err);
                    if (json != null) {
                        if (json.equals("-")) {
                            spec.commandLine().getOut().println(EvaluationJson.toJson(report));
                            spec.commandLine().getOut().flush();
                        } else {
                            EvaluationJson.write(report, Path.of(json));
                            err.println("wrote " + json);
                        }
                    }
                    err.flush();
                    return Main.OK;
                });
    }

    /** Runs the evaluation with a progress bar. */
    static EvaluationReport run(
            String name, TrainingData data, Protocol p, List<ModelSpec> specs, List<Long> seeds) {
        long steps = 0;
        for (ModelSpec s : specs) {
            steps += (s.points().size() + 1L) * seeds.size();
        }
        try (EvaluationProgress progress = EvaluationProgress.forTerminal(steps)) {
            return new Evaluation(p, Runtime.getRuntime().availableProcessors(), progress)
                    .run(name, data, specs, seeds);
        }
    }

    static Protocol protocol(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case Recsys2018.NAME -> new Recsys2018(0);
            case Ratio811.NAME -> new Ratio811();
            case PlaylistHoldout.NAME -> new PlaylistHoldout(0.2);
            default ->
                    throw new IllegalArgumentException(
                            "--protocol: unknown protocol '"
                                    + name
                                    + "'; use recsys2018, ratio-811 or playlist-holdout");
        };
    }

    static List<Long> seeds(String text) {
        List<Long> out = new ArrayList<>();
        for (String s : text.split(",")) {
            try {
                out.add(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "--seeds: '" + s.strip() + "' is not an integer; write e.g. --seeds 1,2,3");
            }
        }
        if (out.stream().distinct().count() != out.size()) {
            throw new IllegalArgumentException("--seeds " + text + ": a seed is given twice");
        }
        return out;
    }

    /** The main metrics, beyond-accuracy metrics and, for RecSys 2018, R-precision per group. */
    static void printTables(EvaluationReport report, MetricSet set, PrintWriter err) {
        List<String> main =
                switch (set) {
                    case TOP_K -> List.of("recall@10", "ndcg@10", "precision@10", "hit@10");
                    case CHALLENGE -> List.of("rprecision", "ndcg", "clicks");
                    case BOTH -> List.of("recall@10", "ndcg@10", "rprecision", "clicks");
                };
        err.printf(
                "%s on %s, seeds %s: test metrics, mean [95%% interval]%n",
                report.protocol(), report.dataset(), report.seeds());
        err.print(report.table(main));
        List<String> beyond = new ArrayList<>(List.of("coverage"));
        if (!report.models().isEmpty()) {
            for (String m : report.models().get(0).metrics().keySet()) {
                if (m.startsWith("diversity@")
                        || m.startsWith("popularity@")
                        || m.startsWith("versionLeak@")) {
                    beyond.add(m);
                }
            }
        }
        err.println();
        err.print(report.table(beyond));
        for (ModelReport r : report.models()) {
            if (!r.groups().isEmpty()) {
                err.printf("%n%s R-precision per group:%n", r.model());
                for (Map.Entry<String, Map<String, Double>> g : r.groups().entrySet()) {
                    Double v = g.getValue().get("rprecision");
                    err.printf(
                            Locale.ROOT,
                            "  %-18s %s%n",
                            g.getKey(),
                            v == null ? "-" : String.format(Locale.ROOT, "%.4f", v));
                }
            }
        }
        err.flush();
    }
}
