package dev.spotrec.recommender.internal;

/**
 * Eigen-decomposition of a small symmetric matrix (ALS's Gram matrix, k x k): Householder reduction
 * to tridiagonal form, then implicit symmetric QR steps with Wilkinson shifts and deflation (Golub
 * and Van Loan, Matrix Computations, algorithms 8.3.1 and 8.3.3), accumulating the orthogonal
 * transforms. About 9 k^3 flops in double, with eigenvectors orthogonal to rounding, which matters
 * because ALS rotates its factors into this basis every half-epoch.
 */
final class Eigen {

    private Eigen() {}

    /**
     * Decomposes symmetric {@code a} (k x k, row-major, destroyed) as {@code Q diag(values) Q^T}.
     *
     * @param values receives the k eigenvalues
     * @return Q, row-major: column j is the eigenvector of {@code values[j]}
     */
    static double[] symmetric(double[] a, double[] values, int k) {
        // zt = Q^T, so that every update touches contiguous rows.
        double[] zt = new double[k * k];
        for (int i = 0; i < k; i++) {
            zt[i * k + i] = 1;
        }
        tridiagonalize(a, zt, k);
        diagonalize(a, zt, k);
        for (int i = 0; i < k; i++) {
            values[i] = a[i * k + i];
        }
        double[] q = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                q[i * k + j] = zt[j * k + i];
            }
        }
        return q;
    }

    /** Householder reduction: a := H a H column by column, zt := H zt (that is, Q := Q H). */
    private static void tridiagonalize(double[] a, double[] zt, int n) {
        double[] v = new double[n];
        double[] w = new double[n];
        double[] acc = new double[n];
        for (int col = 0; col < n - 2; col++) {
            int m = n - col - 1;
            double sigma = 0;
            for (int i = 1; i < m; i++) {
                double x = a[(col + 1 + i) * n + col];
                sigma += x * x;
            }
            if (sigma == 0) {
                continue;
            }
            double x0 = a[(col + 1) * n + col];
            double norm = Math.sqrt(x0 * x0 + sigma);
            double alpha = x0 >= 0 ? -norm : norm;
            v[0] = x0 - alpha;
            for (int i = 1; i < m; i++) {
                v[i] = a[(col + 1 + i) * n + col];
            }
            double beta = 2 / (v[0] * v[0] + sigma);
            // p = beta A22 v; w = p - (beta/2)(p.v) v; A22 -= v w^T + w v^T.
            double pv = 0;
            for (int i = 0; i < m; i++) {
                double s = 0;
                int row = (col + 1 + i) * n + col + 1;
                for (int j = 0; j < m; j++) {
                    s += a[row + j] * v[j];
                }
                w[i] = beta * s;
                pv += w[i] * v[i];
            }
            double kk = beta * pv / 2;
            for (int i = 0; i < m; i++) {
                w[i] -= kk * v[i];
            }
            for (int i = 0; i < m; i++) {
                int row = (col + 1 + i) * n + col + 1;
                for (int j = 0; j < m; j++) {
                    a[row + j] -= v[i] * w[j] + w[i] * v[j];
                }
            }
            a[(col + 1) * n + col] = alpha;
            a[col * n + col + 1] = alpha;
            for (int i = 1; i < m; i++) {
                a[(col + 1 + i) * n + col] = 0;
                a[col * n + col + 1 + i] = 0;
            }
            java.util.Arrays.fill(acc, 0);
            for (int j = 0; j < m; j++) {
                int row = (col + 1 + j) * n;
                for (int r = 0; r < n; r++) {
                    acc[r] += v[j] * zt[row + r];
                }
            }
            for (int j = 0; j < m; j++) {
                int row = (col + 1 + j) * n;
                double bv = beta * v[j];
                for (int r = 0; r < n; r++) {
                    zt[row + r] -= bv * acc[r];
                }
            }
        }
    }

    /** Implicit symmetric QR on the tridiagonal t, accumulating Givens rotations into zt = Q^T. */
    private static void diagonalize(double[] t, double[] zt, int n) {
        int hi = n - 1;
        for (int guard = 0; hi > 0 && guard < 64 * n; guard++) {
            for (int i = 0; i < hi; i++) {
                double off = t[(i + 1) * n + i];
                if (Math.abs(off)
                        <= 1e-15 * (Math.abs(t[i * n + i]) + Math.abs(t[(i + 1) * n + i + 1]))) {
                    t[(i + 1) * n + i] = 0;
                    t[i * n + i + 1] = 0;
                }
            }
            while (hi > 0 && t[hi * n + hi - 1] == 0) {
                hi--;
            }
            if (hi == 0) {
                break;
            }
            int lo = hi - 1;
            while (lo > 0 && t[lo * n + lo - 1] != 0) {
                lo--;
            }
            qrStep(t, zt, n, lo, hi);
        }
    }

    private static void qrStep(double[] t, double[] zt, int n, int lo, int hi) {
        double d = (t[(hi - 1) * n + hi - 1] - t[hi * n + hi]) / 2;
        double e2 = t[hi * n + hi - 1] * t[hi * n + hi - 1];
        double mu = t[hi * n + hi] - e2 / (d + (d >= 0 ? 1 : -1) * Math.sqrt(d * d + e2));
        double x = t[lo * n + lo] - mu;
        double z = t[(lo + 1) * n + lo];
        for (int k = lo; k < hi; k++) {
            double c;
            double s;
            if (z == 0) {
                c = 1;
                s = 0;
            } else if (Math.abs(z) > Math.abs(x)) {
                double tau = -x / z;
                s = 1 / Math.sqrt(1 + tau * tau);
                c = s * tau;
            } else {
                double tau = -z / x;
                c = 1 / Math.sqrt(1 + tau * tau);
                s = c * tau;
            }
            int from = Math.max(lo, k - 1);
            int to = Math.min(hi, k + 2);
            for (int m = from; m <= to; m++) {
                double ti = t[k * n + m];
                double tj = t[(k + 1) * n + m];
                t[k * n + m] = c * ti - s * tj;
                t[(k + 1) * n + m] = s * ti + c * tj;
            }
            for (int m = from; m <= to; m++) {
                double ti = t[m * n + k];
                double tj = t[m * n + k + 1];
                t[m * n + k] = c * ti - s * tj;
                t[m * n + k + 1] = s * ti + c * tj;
            }
            int ri = k * n;
            int rj = (k + 1) * n;
            for (int r = 0; r < n; r++) {
                double qi = zt[ri + r];
                double qj = zt[rj + r];
                zt[ri + r] = c * qi - s * qj;
                zt[rj + r] = s * qi + c * qj;
            }
            if (k < hi - 1) {
                x = t[(k + 1) * n + k];
                z = t[(k + 2) * n + k];
            }
        }
    }
}
