package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;

/**
 * One half-epoch of implicit ALS: re-solves every row factor of X given the fixed column factors Y.
 *
 * <p>Design: for row u with observed columns I_u (confidences c_ui) the loss {@code sum_{i in I_u}
 * c_ui (1 - x.y_i)^2 + alpha0 sum_{all i} (x.y_i)^2 + lambda_u |x|^2} (Hu, Koren and Volinsky 2008,
 * with Rendle et al. 2022's unobserved weight alpha0 and frequency-scaled regularisation {@code
 * lambda_u = lambda (|I_u| + alpha0 |I|)^nu}) has the normal equations {@code (alpha0 G + sum c y
 * y^T + lambda_u I) x = sum c y}, G = Y^T Y shared by all rows. Instead of forming and factorising
 * that k x k matrix (O(|I_u| k^2 + k^3)), we run a few conjugate-gradient steps warm-started from
 * the previous x (Takács, Pilászy and Tikk 2011), using the matrix only through products {@code A v
 * = alpha0 G v + lambda_u v + sum c (y.v) y}.
 *
 * <p>The shared term G v would cost k^2 per product, (cgSteps + 1) times per row. Instead, each
 * half-epoch first rotates both factor matrices into the eigenbasis of G (G = Q L Q^T, Jacobi; X :=
 * X Q, Y := Y Q leaves every x.y unchanged and makes G diagonal), so G v costs k. The rotation
 * costs (rows + cols) k^2 once per half-epoch, a dense product that vectorises well; CG is
 * invariant under the rotation, so the iterates are the same. Total per epoch: O(cgSteps nnz k +
 * (rows + cols) k^2). Rows are independent, so the loop is parallel with dynamic chunks; results do
 * not depend on the thread count. Scratch vectors are per worker.
 */
final class AlsSolver {

    /** Hyperparameters of the solve. */
    record Params(
            int k,
            double alpha0,
            double reg,
            double nu,
            boolean countOnly,
            int cgSteps,
            int threads) {}

    private AlsSolver() {}

    /**
     * Per-row regularisation: Rendle et al.'s {@code reg (n + alpha0 cols)^nu}, or with {@code
     * countOnly} {@code reg n^nu} (the ALS-WR scaling Spark uses).
     */
    static float lambda(Params p, int n, int cols) {
        double base = n + (p.countOnly() ? 0 : p.alpha0() * cols);
        return (float) (p.reg() * (p.nu() == 1 ? base : Math.pow(base, p.nu())));
    }

    /**
     * Updates {@code x} (r.rows() x k) in place given {@code y} (r.cols() x k); both are rotated
     * into the eigenbasis of Y^T Y first (their products are unchanged).
     *
     * @param colWeights per-column unobserved weights (popularity-weighted alpha0 when solving
     *     rows), or null for the uniform alpha0
     * @param rowWeights per-row unobserved weights (when solving columns), or null for alpha0
     */
    static void halfEpoch(
            CsrMatrix r, float[] x, float[] y, float[] colWeights, float[] rowWeights, Params p) {
        int k = p.k();
        double[] values = new double[k];
        double[] q =
                Eigen.symmetric(Dense.gram(y, r.cols(), k, colWeights, p.threads()), values, k);
        float[] qf = new float[k * k];
        for (int i = 0; i < qf.length; i++) {
            qf[i] = (float) q[i];
        }
        rotate(y, r.cols(), qf, p);
        rotate(x, r.rows(), qf, p);
        float[] diag = new float[k];
        for (int j = 0; j < k; j++) {
            diag[j] = (float) Math.max(0, values[j]);
        }
        float[][] scratch = new float[p.threads()][4 * k];
        Parallel.forRange(
                r.rows(),
                p.threads(),
                256,
                (w, from, to) -> {
                    float[] s = scratch[w];
                    for (int u = from; u < to; u++) {
                        float unobserved =
                                colWeights != null
                                        ? 1f
                                        : rowWeights != null ? rowWeights[u] : (float) p.alpha0();
                        solveRow(r, u, x, y, diag, unobserved, p, s);
                    }
                });
    }

    /** {@code f := f Q} row by row, in parallel. */
    static void rotate(float[] f, int rows, float[] q, Params p) {
        int k = p.k();
        float[][] scratch = new float[p.threads()][2 * k];
        Parallel.forRange(
                rows,
                p.threads(),
                1024,
                (w, from, to) -> Kernels.INSTANCE.rotate(f, from, to, q, k, scratch[w]));
    }

    private static void solveRow(
            CsrMatrix r,
            int u,
            float[] x,
            float[] y,
            float[] diag,
            float alpha0,
            Params p,
            float[] s) {
        int k = p.k();
        int xo = u * k;
        int start = r.rowStart(u);
        int end = r.rowEnd(u);
        if (start == end) {
            java.util.Arrays.fill(x, xo, xo + k, 0f);
            return;
        }
        int[] idx = r.indices();
        float[] conf = r.values();
        float lambda = lambda(p, end - start, r.cols());
        // Scratch layout: res [0,k), dir [k,2k), adir [2k,3k).
        int res = 0;
        int dir = k;
        int adir = 2 * k;
        for (int j = 0; j < k; j++) {
            s[res + j] = -(alpha0 * diag[j] + lambda) * x[xo + j];
        }
        for (int q = start; q < end; q++) {
            int io = idx[q] * k;
            float c = conf == null ? 1f : conf[q];
            float e = c * (1f - Dense.dot(y, io, x, xo, k));
            Dense.axpy(e, y, io, s, res, k);
        }
        System.arraycopy(s, res, s, dir, k);
        float rs = Dense.dot(s, res, s, res, k);
        for (int step = 0; step < p.cgSteps() && rs > 1e-20f; step++) {
            for (int j = 0; j < k; j++) {
                s[adir + j] = (alpha0 * diag[j] + lambda) * s[dir + j];
            }
            for (int q = start; q < end; q++) {
                int io = idx[q] * k;
                float c = conf == null ? 1f : conf[q];
                Dense.axpy(c * Dense.dot(y, io, s, dir, k), y, io, s, adir, k);
            }
            float pap = Dense.dot(s, dir, s, adir, k);
            if (!(pap > 0)) {
                break;
            }
            float a = rs / pap;
            Dense.axpy(a, s, dir, x, xo, k);
            Dense.axpy(-a, s, adir, s, res, k);
            float rsNew = Dense.dot(s, res, s, res, k);
            float beta = rsNew / rs;
            for (int j = 0; j < k; j++) {
                s[dir + j] = s[res + j] + beta * s[dir + j];
            }
            rs = rsNew;
        }
    }
}
