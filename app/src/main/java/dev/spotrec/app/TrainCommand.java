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
            description = "Spark master URL for --engine spark, e.g. local[2] or spark://HOST:7077")
    String master;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "model setting (repeatable), e.g. --set factors=64 --set reg=0.05")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Recommender r = create(model, settings);
        return CommandFailures.run(
                err,
                () -> {
                    long t0 = System.nanoTime();
                    TrainingData data;
                    try (Warehouse wh = Warehouse.openReadOnly(warehouse.url)) {
                        data = WarehouseTrainingData.read(wh);
                    }
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
                                        + " holds no playlists or listening data; crawl or import"
                                        + " into it first");
                    }
                    err.flush();
                    long t1 = System.nanoTime();
                    fit(r, data, engine, master);
                    ModelFiles.saveAtomically(r, out);
                    err.printf(
                            Locale.ROOT,
                            "trained %s in %.1f s; saved to %s%n",
                            r.name(),
                            (System.nanoTime() - t1) / 1e9,
                            out);
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

    /**
     * Fits {@code model} on {@code data} with the chosen engine, showing progress per epoch. The
     * one place engines are dispatched: the Spark engine plugs in here.
     */
    static void fit(Recommender model, TrainingData data, String engine, String master) {
        switch (engine.strip().toLowerCase(Locale.ROOT)) {
            case "local" -> {
                if (master != null) {
                    throw new IllegalArgumentException(
                            "--master " + master + " needs --engine spark");
                }
                try (TrainProgress progress = TrainProgress.forTerminal()) {
                    model.fit(data, progress);
                }
            }
            case "spark" ->
                    throw new IllegalArgumentException(
                            "spark engine: the spark module is not part of this build;"
                                    + " use --engine local");
            default ->
                    throw new IllegalArgumentException(
                            "--engine: unknown engine '" + engine + "'; use local or spark");
        }
    }

    /** The model names, for the help text. */
    static final class ModelNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Models.names().iterator();
        }
    }
}
