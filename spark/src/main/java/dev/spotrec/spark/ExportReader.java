package dev.spotrec.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.spotrec.warehouse.InteractionMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads one interaction matrix of the warehouse's Parquet export ({@code <name>.parquet} with
 * columns {@code row_id}, {@code column_id}, {@code weight}) as distinct binary (row, item) pairs.
 */
final class ExportReader {

    static final String ROW = "row_id";
    static final String COLUMN = "column_id";
    private static final List<String> COLUMNS = List.of(ROW, COLUMN, "weight");

    private ExportReader() {}

    /** Returns the export file of {@code matrix} under {@code exportDir}. */
    static Path file(Path exportDir, InteractionMatrix matrix) {
        return exportDir.resolve(matrix.exportName() + ".parquet");
    }

    /** Reads the pairs (row_id, column_id, rating 1) of {@code matrix}, checking the file first. */
    static Dataset<Row> pairs(SparkSession spark, Path exportDir, InteractionMatrix matrix) {
        Path file = file(exportDir, matrix).toAbsolutePath();
        if (!Files.exists(file)) {
            throw SparkTrainingException.badInput(
                    "Parquet export "
                            + file
                            + " does not exist; write it with 'spotrec warehouse export' (matrix "
                            + matrix.exportName()
                            + ") or Warehouse.export(dir, List.of(\""
                            + matrix.exportName()
                            + "\"))");
        }
        Dataset<Row> raw;
        try {
            raw = spark.read().parquet(file.toString());
        } catch (Exception e) { // Scala code throws checked exceptions undeclared
            throw SparkTrainingException.badInput(
                    "cannot read Parquet export "
                            + file
                            + ": "
                            + e.getMessage()
                            + "; export it again",
                    e);
        }
        List<String> found = Arrays.asList(raw.columns());
        if (!found.containsAll(COLUMNS)) {
            throw SparkTrainingException.badInput(
                    "Parquet export "
                            + file
                            + " has columns "
                            + found
                            + " but needs "
                            + COLUMNS
                            + "; export the matrix "
                            + matrix.exportName()
                            + " again with this spotrec");
        }
        return raw.where(col(ROW).isNotNull().and(col(COLUMN).isNotNull()).and(col("weight").gt(0)))
                .select(col(ROW).cast("string").as(ROW), col(COLUMN).cast("string").as(COLUMN))
                .distinct()
                .withColumn("rating", lit(1.0f));
    }
}
