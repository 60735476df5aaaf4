package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.HeldOut;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The Last.fm ratio split ({@code ratio-811}): per row, a random 80/10/10 train/validation/test
 * split of its items, with RecBole's rounding. All items are ranked; training items are excluded;
 * validation items are also excluded when scoring test.
 *
 * <p>Seed handling: one {@code java.util.Random(seed)}; rows in ascending id order; each row's
 * items (ascending item id) are shuffled with the Fisher-Yates walk of {@code Collections.shuffle};
 * the first part goes to train, then validation, then test.
 */
public final class Ratio811 implements Protocol {

    /** The protocol's name. */
    public static final String NAME = "ratio-811";

    /** The three parts of a split. */
    public record Split(CsrMatrix train, CsrMatrix valid, CsrMatrix test) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public MetricSet metricSet() {
        return MetricSet.TOP_K;
    }

    /**
     * RecBole's sizes for a row of {@code n} items: {@code [train, valid, test]}. valid = test =
     * floor(0.1 n), train the rest; then, while train > 1, test and then valid, if still 0, each
     * take one item from train, provided 0.1 n > 0. So 50 → 40/5/5, 3 → 1/1/1, 2 → 1/0/1, 1 →
     * 1/0/0.
     */
    public static int[] sizes(int n) {
        int valid = (int) (0.1 * n);
        int test = (int) (0.1 * n);
        int train = n - valid - test;
        if (0.1 * n > 0) {
            if (test == 0 && train > 1) {
                test++;
                train--;
            }
            if (valid == 0 && train > 1) {
                valid++;
                train--;
            }
        }
        return new int[] {train, valid, test};
    }

    /** Splits every row of {@code m} with {@code seed}; values are carried over. */
    public static Split split(CsrMatrix m, long seed) {
        Random random = new Random(seed);
        CsrMatrix.Builder train = CsrMatrix.builder();
        CsrMatrix.Builder valid = CsrMatrix.builder();
        CsrMatrix.Builder test = CsrMatrix.builder();
        for (int r = 0; r < m.rows(); r++) {
            int n = m.rowLength(r);
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = m.rowStart(r) + i;
            }
            for (int i = n; i > 1; i--) {
                int j = random.nextInt(i);
                int tmp = order[i - 1];
                order[i - 1] = order[j];
                order[j] = tmp;
            }
            int[] s = sizes(n);
            for (int i = 0; i < n; i++) {
                CsrMatrix.Builder target = i < s[0] ? train : i < s[0] + s[1] ? valid : test;
                target.add(r, m.colIndex(order[i]), m.value(order[i]));
            }
        }
        return new Split(
                train.build(m.rows(), m.cols()),
                valid.build(m.rows(), m.cols()),
                test.build(m.rows(), m.cols()));
    }

    @Override
    public Task task(TrainingData data, long seed) {
        Split split = split(data.interactions(), seed);
        TrainingData train = data.withInteractions(split.train());
        List<HeldOut> validation = new ArrayList<>();
        List<HeldOut> test = new ArrayList<>();
        for (int r = 0; r < data.rows().size(); r++) {
            int[] trainItems = split.train().row(r);
            int[] validItems = split.valid().row(r);
            int[] testItems = split.test().row(r);
            Seed seedOfRow = new Seed(r, data.rowOwner(r), trainItems, data.rowTitle(r), null);
            if (validItems.length > 0) {
                validation.add(new HeldOut(seedOfRow, validItems, "all"));
            }
            if (testItems.length > 0) {
                test.add(new HeldOut(seedOfRow.withExclude(validItems), testItems, "all"));
            }
        }
        return new Task(
                train,
                validation,
                test,
                Map.of(
                        "train",
                        split.train().nnz(),
                        "valid",
                        split.valid().nnz(),
                        "test",
                        split.test().nnz()));
    }
}
