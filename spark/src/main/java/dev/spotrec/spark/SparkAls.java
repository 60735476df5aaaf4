package dev.spotrec.spark;

import dev.spotrec.recommender.Recommender;
import dev.spotrec.warehouse.ExportedFile;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The result of {@link SparkTraining#train}: the spotrec ALS model built from Spark's factors, and
 * batch scoring on the cluster while the {@link SparkTraining} session is open.
 */
public final class SparkAls {

    private final SparkSession spark;
    private final Recommender recommender;
    private final ALSModel model;
    private final Dataset<Row> indexed;
    private final String[][] labels;
    private final SparkFitStats stats;

    SparkAls(
            SparkSession spark,
            Recommender recommender,
            ALSModel model,
            Dataset<Row> indexed,
            String[][] labels,
            SparkFitStats stats) {
        this.spark = spark;
        this.recommender = recommender;
        this.model = model;
        this.indexed = indexed;
        this.labels = labels;
        this.stats = stats;
    }

    /**
     * Returns the fitted {@code als} model: save it with {@code ModelStore.save}; it serves and
     * folds in unseen playlists like a locally trained one.
     */
    public Recommender recommender() {
        return recommender;
    }

    /** Returns what the run saw and took. */
    public SparkFitStats stats() {
        return stats;
    }

    /**
     * Writes the top {@code n} items of every trained row to Parquet directory {@code out}
     * (replaced if present), scored on the cluster. Columns: {@code row_id} (string), {@code rank}
     * (1 = best), {@code column_id} (string), {@code score} (float, the factor dot product). Items
     * already in the row are excluded; version de-duplication is left to serving. Read it with
     * DuckDB as {@code read_parquet('out/*.parquet')}.
     *
     * @return the directory and the number of rows written
     * @throws SparkTrainingException when {@code n} is not positive or the job fails
     */
    public ExportedFile scoreAll(Path out, int n) {
        Objects.requireNonNull(out, "out");
        if (n < 1 || n > 10_000) {
            throw SparkTrainingException.badInput("scoreAll: n must be 1..10000, got " + n);
        }
        try {
            long rows = BatchScorer.write(spark, model, indexed, labels, out.toAbsolutePath(), n);
            return new ExportedFile("recommendations", out.toAbsolutePath(), rows);
        } catch (SparkTrainingException e) {
            throw e;
        } catch (Exception e) { // Scala code throws checked exceptions undeclared
            throw SparkTrainingException.failure(
                    "batch scoring to "
                            + out.toAbsolutePath()
                            + " failed: "
                            + e.getMessage()
                            + "; check that the directory is writable by every executor",
                    e);
        }
    }
}
