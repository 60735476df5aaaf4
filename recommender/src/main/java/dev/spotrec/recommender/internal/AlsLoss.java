package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;

/**
 * The training objective of implicit ALS, as {@link AlsSolver} minimises it (Hu, Koren and Volinsky
 * 2008 in the iALS form of Rendle et al. 2022):
 *
 * <pre>
 * L = sum_{(u,i) observed} c_ui (1 - x_u.y_i)^2          observed pairs, confidence c
 *   + sum_u sum_{all i} w_i (x_u.y_i)^2                   every pair, unobserved weight w_i (alpha0)
 *   + sum_u lambda_u |x_u|^2 + sum_i lambda_i |y_i|^2     frequency-scaled regularisation
 * </pre>
 *
 * <p>The middle term has rows x items pairs, too many to visit; it equals the Frobenius product
 * {@code <X^T X, Y^T W Y>} of the two k x k Gram matrices, since {@code sum_u sum_i w_i (x_u.y_i)^2
 * = sum_u x_u^T (Y^T W Y) x_u}. Cost: O(nnz k) for the observed pairs plus O((rows + items) k^2)
 * for the two Grams, about one conjugate-gradient step's worth, so at the default three CG steps
 * the loss adds roughly a sixth to an epoch (the {@code loss=false} setting turns it off). Rows are
 * summed in parallel into a per-row array and added in order, so the value does not depend on the
 * thread count.
 */
final class AlsLoss {

    private AlsLoss() {}

    /**
     * Returns L for row factors {@code x} (conf.rows() x k), item factors {@code y} (conf.cols() x
     * k), confidences {@code conf}, per-item unobserved weights {@code itemWeights} (null: uniform
     * alpha0) and the item counts {@code itemCounts} that scale the items' regularisation.
     */
    static double of(
            CsrMatrix conf,
            float[] x,
            float[] y,
            float[] itemWeights,
            int[] itemCounts,
            AlsSolver.Params p) {
        int rows = conf.rows();
        int items = conf.cols();
        int k = p.k();
        double[] gx = Dense.gram(x, rows, k, p.threads());
        double[] gy = Dense.gram(y, items, k, itemWeights, p.threads());
        double unobserved = 0;
        for (int q = 0; q < gx.length; q++) {
            unobserved += gx[q] * gy[q];
        }
        if (itemWeights == null) {
            unobserved *= p.alpha0();
        }
        double[] perRow = new double[rows];
        Parallel.forRange(
                rows,
                p.threads(),
                256,
                (w, from, to) -> {
                    for (int u = from; u < to; u++) {
                        perRow[u] = rowTerms(conf, u, x, y, p);
                    }
                });
        double total = unobserved;
        for (double r : perRow) {
            total += r;
        }
        for (int i = 0; i < items; i++) {
            int o = i * k;
            total += AlsSolver.lambda(p, itemCounts[i], rows) * Dense.dot(y, o, y, o, k);
        }
        return total;
    }

    /** The observed pairs of row u plus its regularisation. */
    private static double rowTerms(
            CsrMatrix conf, int u, float[] x, float[] y, AlsSolver.Params p) {
        int k = p.k();
        int xo = u * k;
        double s = 0;
        for (int q = conf.rowStart(u); q < conf.rowEnd(u); q++) {
            double e = 1.0 - Dense.dot(y, conf.colIndex(q) * k, x, xo, k);
            s += (conf.isBinary() ? 1.0 : conf.value(q)) * e * e;
        }
        return s + AlsSolver.lambda(p, conf.rowLength(u), conf.cols()) * Dense.dot(x, xo, x, xo, k);
    }
}
