package dev.spotrec.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;

import java.nio.file.Path;
import org.apache.spark.ml.feature.IndexToString;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * Top-n per row on the cluster. Spark's {@code recommendForAllUsers} scores every (row, item) pair
 * by blocked matrix products and keeps a bounded heap per row: O(rows items k) work spread over the
 * executors. It cannot exclude known items, so it asks for n plus the longest row's length,
 * anti-joins the training pairs away and re-ranks the rest with a window, which leaves exactly the
 * best n unseen items of each row.
 */
final class BatchScorer {

    private BatchScorer() {}

    static long write(
            SparkSession spark,
            ALSModel model,
            Dataset<Row> indexed,
            String[][] labels,
            Path out,
            int n) {
        Row longest = indexed.groupBy("row").count().agg(max("count")).first();
        int wanted = Math.toIntExact(Math.min(labels[1].length, n + longest.getLong(0)));
        Dataset<Row> candidates =
                model.recommendForAllUsers(wanted)
                        .select(col("row"), posexplode(col("recommendations")))
                        .select(
                                col("row"),
                                col("col.item").as("item"),
                                col("col.rating").as("score"));
        Dataset<Row> unseen =
                candidates.join(
                        indexed.select("row", "item"),
                        candidates
                                .col("row")
                                .equalTo(indexed.col("row"))
                                .and(candidates.col("item").equalTo(indexed.col("item"))),
                        "left_anti");
        Dataset<Row> ranked =
                unseen.withColumn(
                                "rank",
                                row_number()
                                        .over(
                                                Window.partitionBy("row")
                                                        .orderBy(col("score").desc(), col("item"))))
                        .where(col("rank").leq(n));
        Dataset<Row> named =
                new IndexToString()
                        .setInputCol("item")
                        .setOutputCol(ExportReader.COLUMN)
                        .setLabels(labels[1])
                        .transform(
                                new IndexToString()
                                        .setInputCol("row")
                                        .setOutputCol(ExportReader.ROW)
                                        .setLabels(labels[0])
                                        .transform(ranked));
        String target = out.toUri().toString();
        named.select(
                        col(ExportReader.ROW),
                        col("rank").cast("int").as("rank"),
                        col(ExportReader.COLUMN),
                        col("score"))
                .write()
                .mode("overwrite")
                .parquet(target);
        return spark.read().parquet(target).count();
    }
}
