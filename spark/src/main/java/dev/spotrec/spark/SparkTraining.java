package dev.spotrec.spark;

import static org.apache.spark.sql.functions.col;

import dev.spotrec.recommender.ExternalAls;
import dev.spotrec.recommender.IdIndex;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingListener;
import dev.spotrec.warehouse.InteractionMatrix;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.StringIndexerModel;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Trains implicit ALS on a Spark cluster from the warehouse's Parquet export and turns the factors
 * into an ordinary spotrec {@code als} model.
 *
 * <p>Pipeline: read {@code <matrix>.parquet} (row_id, column_id, weight) as distinct binary pairs;
 * index the string ids to ints with a {@link StringIndexer}; fit Spark MLlib's ALS with {@code
 * implicitPrefs} (Hu, Koren and Volinsky 2008, solved by blocked least squares: per iteration O(nnz
 * k^2 + (rows + items) k^3) spread over the executors); stream both factor tables to the driver;
 * place them in the training data's id order; build the model with {@link ExternalAls}. The model
 * saves with {@code ModelStore.save}, loads with {@code ModelStore.load}, and folds in unseen
 * playlists like a locally trained ALS (see {@link SparkAlsSettings#localAlsSettings()}).
 *
 * <pre>{@code
 * try (SparkTraining spark = SparkTraining.builder().master("local[*]").start()) {
 *     SparkAls als = spark.train(data, exportDir);
 *     ModelStore.save(als.recommender(), modelDir);
 *     als.scoreAll(modelDir.resolve("recommendations.parquet"), 50);
 * }
 * }</pre>
 *
 * <p>The export directory must be readable by every executor (a shared filesystem on a cluster).
 * One session per JVM: close this before starting another.
 */
public final class SparkTraining implements AutoCloseable {

    /** The name under which phases are reported to the {@link TrainingListener}. */
    public static final String MODEL = "als-spark";

    private static final int PHASES = 3;

    private final SparkSession spark;
    private final String master;
    private final SparkAlsSettings settings;
    private final InteractionMatrix matrix;
    private final Clock clock;
    private final TrainingListener listener;

    private SparkTraining(Builder b, SparkSession spark) {
        this.spark = spark;
        this.master = b.master;
        this.settings = b.settings;
        this.matrix = b.matrix;
        this.clock = b.clock;
        this.listener = b.listener;
    }

    /**
     * Returns a builder: master {@code local[*]}, {@link SparkAlsSettings#DEFAULTS}, playlist ×
     * track.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the master URL the session runs on. */
    public String master() {
        return master;
    }

    /**
     * Trains on the export under {@code exportDir} and returns the model over {@code data}, which
     * must come from the same warehouse (its rows and items are matched to the export's ids by
     * key).
     *
     * @throws SparkTrainingException when the export is missing or malformed, does not match the
     *     data, or the Spark job fails
     */
    public SparkAls train(TrainingData data, Path exportDir) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(exportDir, "exportDir");
        Instant start = clock.instant();
        Dataset<Row> pairs = ExportReader.pairs(spark, exportDir, matrix);
        try {
            StringIndexerModel indexer =
                    new StringIndexer()
                            .setInputCols(new String[] {ExportReader.ROW, ExportReader.COLUMN})
                            .setOutputCols(new String[] {"row", "item"})
                            .setStringOrderType("alphabetAsc")
                            .fit(pairs);
            Dataset<Row> indexed =
                    indexer.transform(pairs)
                            .select(
                                    col("row").cast("int").as("row"),
                                    col("item").cast("int").as("item"),
                                    col("rating"))
                            .cache();
            long count = indexed.count();
            Instant indexedAt = phase(1, start);
            if (count == 0) {
                throw SparkTrainingException.badInput(
                        "Parquet export "
                                + ExportReader.file(exportDir, matrix).toAbsolutePath()
                                + " has no interactions; fill the warehouse and export again");
            }
            String[][] labels = indexer.labelsArray();
            checkMatched(labels[0], data.rows(), "row", exportDir);
            checkMatched(labels[1], data.items(), "item", exportDir);
            ALSModel model = als().fit(indexed);
            Instant fittedAt = phase(2, indexedAt);
            int k = settings.rank();
            FactorCollector rows =
                    FactorCollector.collect(model.userFactors(), labels[0], data.rows(), k);
            FactorCollector items =
                    FactorCollector.collect(model.itemFactors(), labels[1], data.items(), k);
            Recommender recommender =
                    ExternalAls.als(
                            data, rows.factors(), items.factors(), settings.localAlsSettings());
            phase(3, fittedAt);
            SparkFitStats stats =
                    new SparkFitStats(
                            count,
                            rows.matched(),
                            items.matched(),
                            rows.unmatched(),
                            items.unmatched(),
                            Duration.between(start, clock.instant()));
            return new SparkAls(spark, recommender, model, indexed, labels, stats);
        } catch (SparkTrainingException | RecommenderException e) {
            throw e;
        } catch (Exception e) { // Scala code throws checked exceptions undeclared
            throw SparkTrainingException.failure(
                    "Spark ALS training on "
                            + ExportReader.file(exportDir, matrix).toAbsolutePath()
                            + " (master "
                            + master
                            + ") failed: "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * Reports phase {@code n} of {@value #PHASES} (read and index, ALS, collect and build) to the
     * listener; Spark's ALS has no per-iteration hook, and no loss.
     */
    private Instant phase(int n, Instant since) {
        Instant now = clock.instant();
        listener.epoch(MODEL, n, PHASES, Double.NaN, Duration.between(since, now));
        return now;
    }

    private ALS als() {
        ALS als =
                new ALS()
                        .setImplicitPrefs(true)
                        .setRank(settings.rank())
                        .setRegParam(settings.regParam())
                        .setAlpha(settings.alpha())
                        .setMaxIter(settings.maxIter())
                        .setSeed(settings.seed())
                        .setUserCol("row")
                        .setItemCol("item")
                        .setRatingCol("rating");
        if (settings.blocks() > 0) {
            als.setNumBlocks(settings.blocks());
        }
        return als;
    }

    /** Fails before the costly fit when the export shares no id with the training data. */
    private void checkMatched(String[] labels, IdIndex index, String what, Path exportDir) {
        for (String label : labels) {
            if (index.id(label) >= 0) {
                return;
            }
        }
        throw SparkTrainingException.badInput(
                "none of the "
                        + labels.length
                        + " "
                        + what
                        + " ids in "
                        + ExportReader.file(exportDir, matrix).toAbsolutePath()
                        + " are in the training data; export and train from the same warehouse");
    }

    /** Stops the Spark session. */
    @Override
    public void close() {
        spark.stop();
    }

    /** Configures and starts a {@link SparkTraining}; each setter rejects bad values at once. */
    public static final class Builder {
        private String master = "local[*]";
        private SparkAlsSettings settings = SparkAlsSettings.DEFAULTS;
        private InteractionMatrix matrix = InteractionMatrix.PLAYLIST_TRACK;
        private final Map<String, String> config = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private TrainingListener listener = TrainingListener.NONE;

        private Builder() {}

        /**
         * Sets the master URL: {@code local[*]}, {@code local[N]}, {@code spark://HOST:PORT}, ...
         */
        public Builder master(String url) {
            this.master = SparkSessions.checkMaster(url);
            return this;
        }

        /** Sets the ALS hyperparameters. */
        public Builder settings(SparkAlsSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** Sets the ALS hyperparameters from strings (see {@link SparkAlsSettings#fromMap}). */
        public Builder settings(Map<String, String> values) {
            return settings(SparkAlsSettings.fromMap(values));
        }

        /** Sets the exported matrix to train on (default playlist × track). */
        public Builder matrix(InteractionMatrix value) {
            this.matrix = Objects.requireNonNull(value, "matrix");
            return this;
        }

        /** Adds a Spark configuration entry, e.g. {@code spark.executor.memory}. */
        public Builder config(String key, String value) {
            if (key == null || !key.startsWith("spark.") || value == null) {
                throw SparkTrainingException.badInput(
                        "Spark config key must start with 'spark.' and have a value, got "
                                + key
                                + "="
                                + value);
            }
            config.put(key, value);
            return this;
        }

        /** Sets the clock that times the run (for tests). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the listener told about the three phases of {@link SparkTraining#train} (read and
         * index the export, fit ALS, collect the factors and build the model).
         */
        public Builder listener(TrainingListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Starts the Spark session.
         *
         * @throws SparkTrainingException when Spark cannot start on the master
         */
        public SparkTraining start() {
            return new SparkTraining(this, SparkSessions.start(master, config));
        }
    }
}
