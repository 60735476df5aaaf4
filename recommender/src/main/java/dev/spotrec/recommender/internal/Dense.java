package dev.spotrec.recommender.internal;

/**
 * Dense linear algebra on row-major float factor matrices (row {@code r} of a k-column matrix
 * starts at {@code r * k}); the inner kernels are {@link Kernels} (SIMD when available). Small
 * systems (k x k) are solved in double by Cholesky, O(k^3 / 3).
 */
public final class Dense {

    private Dense() {}

    private static final Kernels K = Kernels.INSTANCE;

    /** Returns {@code a[ao..ao+k) . b[bo..bo+k)}. */
    public static float dot(float[] a, int ao, float[] b, int bo, int k) {
        return K.dot(a, ao, b, bo, k);
    }

    /** {@code y[yo..yo+k) += s * x[xo..xo+k)}. */
    public static void axpy(float s, float[] x, int xo, float[] y, int yo, int k) {
        K.axpy(s, x, xo, y, yo, k);
    }

    /**
     * {@code out = m v} for a symmetric k x k matrix {@code m}, as a sum of scaled rows
     * (vectorisable).
     */
    public static void symv(float[] m, float[] v, float[] out, int k) {
        java.util.Arrays.fill(out, 0, k, 0f);
        for (int a = 0; a < k; a++) {
            axpy(v[a], m, a * k, out, 0, k);
        }
    }

    /** Rows per block of {@link #gram}: a block is summed in float, then flushed into double. */
    private static final int GRAM_BLOCK = 2048;

    /** How many fixed stripes of blocks {@link #gram} sums separately (parallel, deterministic). */
    private static final int GRAM_STRIPES = 16;

    /**
     * Returns the Gram matrix {@code F^T F} of a rows x k factor matrix, in double, computed in
     * parallel: blocks of rows are summed in float (outer products as axpys) and flushed into their
     * stripe's double total to bound rounding. O(rows k^2).
     */
    public static double[] gram(float[] f, int rows, int k, int threads) {
        return gram(f, rows, k, null, threads);
    }

    /**
     * Returns the weighted Gram matrix {@code sum_r w_r f_r f_r^T} ({@code weights} null: all 1);
     * weighted rows are scaled by sqrt(w) into a per-worker block first.
     *
     * <p>Deterministic: block b always belongs to stripe {@code b mod 16}, each stripe adds its
     * blocks in order and the stripes are added in order, so the result is the same bits whatever
     * the thread count or scheduling. (Summing per worker, as chunks happen to fall, made the low
     * bits vary from run to run, and ALS and every model fed by it with them.)
     */
    public static double[] gram(float[] f, int rows, int k, float[] weights, int threads) {
        int blocks = (rows + GRAM_BLOCK - 1) / GRAM_BLOCK;
        int stripes = Math.min(GRAM_STRIPES, blocks);
        double[][] partial = new double[stripes][k * k];
        float[][] block = new float[threads][k * k];
        float[][] scaled = new float[threads][weights == null ? 0 : GRAM_BLOCK * k];
        Parallel.forRange(
                stripes,
                threads,
                1,
                (w, first, last) -> {
                    float[] b = block[w];
                    for (int stripe = first; stripe < last; stripe++) {
                        double[] p = partial[stripe];
                        for (int x = stripe; x < blocks; x += stripes) {
                            int from = x * GRAM_BLOCK;
                            int to = Math.min(rows, from + GRAM_BLOCK);
                            java.util.Arrays.fill(b, 0f);
                            if (weights == null) {
                                K.gram(f, from, to, k, b);
                            } else {
                                float[] sc = scaled[w];
                                for (int r = from; r < to; r++) {
                                    float sq = (float) Math.sqrt(weights[r]);
                                    for (int j = 0; j < k; j++) {
                                        sc[(r - from) * k + j] = sq * f[r * k + j];
                                    }
                                }
                                K.gram(sc, 0, to - from, k, b);
                            }
                            for (int q = 0; q < k * k; q++) {
                                p[q] += b[q];
                            }
                        }
                    }
                });
        double[] g = new double[k * k];
        for (double[] p : partial) {
            for (int q = 0; q < k * k; q++) {
                g[q] += p[q];
            }
        }
        return g;
    }

    /**
     * Solves {@code a x = b} in place for a symmetric positive-definite k x k matrix (row-major,
     * overwritten by its Cholesky factor); {@code b} is overwritten by x.
     *
     * @return false when the matrix is not positive definite
     */
    public static boolean choleskySolve(double[] a, double[] b, int k) {
        for (int j = 0; j < k; j++) {
            double d = a[j * k + j];
            for (int p = 0; p < j; p++) {
                d -= a[j * k + p] * a[j * k + p];
            }
            if (!(d > 0)) {
                return false;
            }
            d = Math.sqrt(d);
            a[j * k + j] = d;
            for (int i = j + 1; i < k; i++) {
                double s = a[i * k + j];
                for (int p = 0; p < j; p++) {
                    s -= a[i * k + p] * a[j * k + p];
                }
                a[i * k + j] = s / d;
            }
        }
        for (int i = 0; i < k; i++) {
            double s = b[i];
            for (int p = 0; p < i; p++) {
                s -= a[i * k + p] * b[p];
            }
            b[i] = s / a[i * k + i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double s = b[i];
            for (int p = i + 1; p < k; p++) {
                s -= a[p * k + i] * b[p];
            }
            b[i] = s / a[i * k + i];
        }
        return true;
    }
}
