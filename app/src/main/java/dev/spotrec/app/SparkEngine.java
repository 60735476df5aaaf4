package dev.spotrec.app;

import dev.spotrec.recommender.TrainingData;
import dev.spotrec.spark.SparkAls;
import dev.spotrec.spark.SparkAlsSettings;
import dev.spotrec.spark.SparkTraining;
import dev.spotrec.spark.SparkTrainingException;
import dev.spotrec.warehouse.ExportedFile;
import dev.spotrec.warehouse.InteractionMatrix;
import dev.spotrec.warehouse.Warehouse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code spotrec train --engine spark}: exports the playlist-track matrix to Parquet, trains
 * implicit ALS with Spark MLlib on the given master, saves the factors as an ordinary spotrec ALS
 * model (so {@code recommend} and {@code serve} fold in unseen playlists as usual), then scores
 * every playlist on Spark into {@code recommendations.parquet} beside the model.
 */
final class SparkEngine implements TrainCommand.Engine {
    static final String DEFAULT_MASTER = "local[*]";
    private static final int TOP_N = 50;

    private final String master;
    private final SparkAlsSettings settings;

    private SparkEngine(String master, SparkAlsSettings settings) {
        this.master = master;
        this.settings = settings;
    }

    /** Checks the model, settings and master before any work. */
    static SparkEngine create(String model, Map<String, String> settings, String master) {
        if (!model.equals("als")) {
            throw new IllegalArgumentException(
                    "--engine spark trains only --model als, got --model " + model);
        }
        String url = master == null ? DEFAULT_MASTER : master;
        try {
            SparkTraining.builder().master(url);
            return new SparkEngine(url, SparkAlsSettings.fromMap(settings));
        } catch (SparkTrainingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("--engine spark: " + e.getMessage(), e);
        }
    }

    @Override
    public String train(TrainingData data, Warehouse source, Path out, PrintWriter err) {
        Path export = out.resolveSibling(out.getFileName() + ".spark-export");
        try (TrainProgress progress = TrainProgress.forTerminal()) {
            source.export(export, List.of(InteractionMatrix.PLAYLIST_TRACK.exportName()));
            try (SparkTraining spark =
                    SparkTraining.builder()
                            .master(master)
                            .settings(settings)
                            .listener(progress)
                            .start()) {
                SparkAls als = spark.train(data, export);
                ModelFiles.saveAtomically(als.recommender(), out);
                ExportedFile recs = als.scoreAll(out.resolve("recommendations.parquet"), TOP_N);
                err.printf(
                        Locale.ROOT,
                        "Spark (%s): %,d pairs, %,d playlists, %,d tracks in %.1f s; top %d per"
                                + " playlist in %s%n",
                        master,
                        als.stats().pairs(),
                        als.stats().rows(),
                        als.stats().items(),
                        als.stats().took().toMillis() / 1e3,
                        TOP_N,
                        recs.file());
                return als.recommender().name() + " (Spark)";
            }
        } catch (SparkTrainingException e) {
            if (e.isBadInput()) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            throw e;
        } finally {
            delete(export);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the Spark export " + dir, e);
        }
    }
}
