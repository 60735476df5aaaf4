package dev.spotrec.app;

import dev.spotrec.app.data.WarehouseTrainingData;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.warehouse.Warehouse;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spotrec train --warehouse WH --model NAME [--out DIR] [--engine local|spark] [--master
 * URL] [--set key=value]...}.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Trains a model on the warehouse's playlists (and side data: artists, genres, audio"
                    + " features, follows, top items) and saves it to a model directory.",
            "The directory is replaced atomically: a failed run leaves the previous model."
        })
final class TrainCommand implements Callable<Integer> {
    static final String DEFAULT_OUT = "./spotrec-data/model";

    @Spec CommandSpec spec;

    @Mixin WarehouseOption warehouse;

    @Option(
            names = "--model",
            required = true,
            paramLabel = "NAME",
            description = "model to train: ${COMPLETION-CANDIDATES}",
            completionCandidates = ModelNames.class)
    String model;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = DEFAULT_OUT,
            description = "model directory to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(
            names = "--engine",
            paramLabel = "local|spark",
            defaultValue = "local",
            description = "where to train (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description =
                    "Spark master URL for --engine spark (default local[*]), e.g. local[2] or"
                            + " spark://HOST:7077")
    String master;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "model setting (repeatable), e.g. --set factors=64 --set reg=0.05")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Engine fitter = engine(engine, master, model, settings);
        return CommandFailures.run(
                err,
                () -> {
                    long t0 = System.nanoTime();
                    try (Warehouse wh = Warehouse.openReadOnly(warehouse.url)) {
                        TrainingData data = WarehouseTrainingData.read(wh);
                        err.printf(
                                Locale.ROOT,
                                "read %s from %s in %.1f s%n",
                                data,
                                warehouse.url,
                                (System.nanoTime() - t0) / 1e9);
                        if (data.interactions().nnz() == 0) {
                            throw new IllegalArgumentException(
                                    "warehouse "
                                            + warehouse.url
                                            + " holds no playlists or listening data; crawl or"
                                            + " import into it first");
                        }
                        err.flush();
                        long t1 = System.nanoTime();
                        String name = fitter.train(data, wh, out, err);
                        err.printf(
                                Locale.ROOT,
                                "trained %s in %.1f s; saved to %s%n",
                                name,
                                (System.nanoTime() - t1) / 1e9,
                                out);
                    }
                    err.flush();
                    return Main.OK;
                });
    }

    /** Creates the model, turning an unknown name or bad setting into a usage error. */
    static Recommender create(String name, Map<String, String> settings) {
        try {
            return Models.create(name, settings);
        } catch (RecommenderException e) {
            throw new IllegalArgumentException("--model " + name + ": " + e.getMessage(), e);
        }
    }

    /** Trains a model on training data read from a warehouse and saves it to a directory. */
    @FunctionalInterface
    interface Engine {
        /** Returns the name of the model it saved to {@code out}. */
        String train(TrainingData data, Warehouse source, Path out, PrintWriter err);
    }

    /**
     * Resolves {@code --engine} (and {@code --master}) to the engine that trains, checking the
     * model, its settings and the master URL before any work: the one place engines are dispatched.
     *
     * @throws IllegalArgumentException for an unknown engine, model, setting or master URL
     */
    static Engine engine(String engine, String master, String model, Map<String, String> settings) {
        return switch (engine.strip().toLowerCase(Locale.ROOT)) {
            case "local" -> {
                if (master != null) {
                    throw new IllegalArgumentException(
                            "--master " + master + " needs --engine spark");
                }
                Recommender r = create(model, settings);
                yield (data, source, out, err) -> {
                    try (TrainProgress progress = TrainProgress.forTerminal()) {
                        r.fit(data, progress);
                    }
                    ModelFiles.saveAtomically(r, out);
                    return r.name();
                };
            }
            case "spark" -> SparkEngine.create(model, settings, master);
            default ->
                    throw new IllegalArgumentException(
                            "--engine: unknown engine '" + engine + "'; use local or spark");
        };
    }

    /** The model names, for the help text. */
    static final class ModelNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Models.names().iterator();
        }
    }
}
