package dev.spotrec.spark;

import dev.spotrec.recommender.IdIndex;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Copies Spark's factor table ({@code id}, {@code features}) into one row-major float array in the
 * training data's id order. Spark's ids are StringIndexer positions; {@code labels} maps them back
 * to the export's string ids, and {@code index} maps those to the data's dense ids. Ids the data
 * does not know are counted and skipped; data ids Spark never saw keep zero vectors. The table
 * streams through the driver one partition at a time: O(ids k) time, O(partition) extra memory.
 */
final class FactorCollector {

    private final float[] factors;
    private int matched;
    private int unmatched;

    private FactorCollector(int size, int rank) {
        factors = new float[Math.multiplyExact(size, rank)];
    }

    static FactorCollector collect(Dataset<Row> table, String[] labels, IdIndex index, int rank) {
        FactorCollector c = new FactorCollector(index.size(), rank);
        Iterator<Row> rows = table.select("id", "features").toLocalIterator();
        while (rows.hasNext()) {
            Row r = rows.next();
            int target = index.id(labels[r.getInt(0)]);
            if (target < 0) {
                c.unmatched++;
                continue;
            }
            List<Float> f = r.getList(1);
            int o = target * rank;
            for (int i = 0; i < rank; i++) {
                c.factors[o + i] = f.get(i);
            }
            c.matched++;
        }
        return c;
    }

    float[] factors() {
        return factors;
    }

    int matched() {
        return matched;
    }

    int unmatched() {
        return unmatched;
    }
}
