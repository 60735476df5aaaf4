package dev.spotrec.recommender.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.spotrec.recommender.CsrMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The efficient ALS objective against the definition summed over every user-item pair. */
class AlsLossTest {

    @Test
    void matchesTheObjectiveSummedOverEveryPair() {
        for (boolean weighted : new boolean[] {false, true}) {
            for (boolean rendle : new boolean[] {false, true}) {
                check(weighted, rendle);
            }
        }
    }

    private static void check(boolean weighted, boolean rendle) {
        int rows = 23;
        int items = 31;
        int k = 5;
        Random r = new Random(weighted ? 7 : 8);
        CsrMatrix.Builder b = CsrMatrix.builder();
        for (int u = 0; u < rows; u++) {
            for (int i = 0; i < items; i++) {
                if (r.nextDouble() < 0.2) {
                    b.add(u, i, 1 + r.nextInt(4));
                }
            }
        }
        CsrMatrix conf = b.build(rows, items);
        float[] x = gaussian(rows * k, r);
        float[] y = gaussian(items * k, r);
        float[] w = null;
        if (weighted) {
            w = new float[items];
            for (int i = 0; i < items; i++) {
                w[i] = 0.1f + r.nextFloat();
            }
        }
        int[] counts = new int[items];
        for (int q = 0; q < conf.nnz(); q++) {
            counts[conf.colIndex(q)]++;
        }
        AlsSolver.Params p = new AlsSolver.Params(k, 0.3, 0.05, 0.7, !rendle, 3, 2);
        double fast = AlsLoss.of(conf, x, y, w, counts, p);

        double slow = 0;
        for (int u = 0; u < rows; u++) {
            for (int i = 0; i < items; i++) {
                double d = 0;
                for (int j = 0; j < k; j++) {
                    d += (double) x[u * k + j] * y[i * k + j];
                }
                double c = conf.get(u, i);
                slow += c * (1 - d) * (1 - d) * (c > 0 ? 1 : 0);
                slow += (w == null ? p.alpha0() : w[i]) * d * d;
            }
            slow += AlsSolver.lambda(p, conf.rowLength(u), items) * norm2(x, u, k);
        }
        for (int i = 0; i < items; i++) {
            slow += AlsSolver.lambda(p, counts[i], rows) * norm2(y, i, k);
        }
        assertThat(fast)
                .as("weighted %s rendle %s", weighted, rendle)
                .isCloseTo(slow, within(1e-4 * slow));
    }

    private static double norm2(float[] f, int row, int k) {
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += (double) f[row * k + j] * f[row * k + j];
        }
        return s;
    }

    private static float[] gaussian(int n, Random r) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) r.nextGaussian() * 0.5f;
        }
        return f;
    }
}
