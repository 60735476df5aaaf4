package dev.spotrec.recommender.internal;

/**
 * L2-regularised logistic regression by damped Newton steps, the hybrid ranker's linear part: the
 * boosted trees start from its margin and correct it. Features are standardised while fitting and
 * the weights mapped back, so the result applies to raw features. Cost per step O(rows x width^2 +
 * width^3); it stops when the loss no longer falls.
 */
final class Logistic {

    private static final int MAX_STEPS = 50;
    private static final double L2 = 1.0;

    private Logistic() {}

    /**
     * Fits {@code b + sum_f w_f x_f} to binary labels; returns {@code [b, w_0, ..., w_{width-1}]}.
     */
    static float[] fit(float[] x, int width, boolean[] label) {
        int rows = label.length;
        int d = width + 1;
        double[] mean = new double[width];
        double[] scale = new double[width];
        for (int r = 0; r < rows; r++) {
            for (int f = 0; f < width; f++) {
                mean[f] += x[r * width + f];
            }
        }
        for (int f = 0; f < width; f++) {
            mean[f] /= Math.max(1, rows);
        }
        for (int r = 0; r < rows; r++) {
            for (int f = 0; f < width; f++) {
                double v = x[r * width + f] - mean[f];
                scale[f] += v * v;
            }
        }
        for (int f = 0; f < width; f++) {
            double sd = Math.sqrt(scale[f] / Math.max(1, rows));
            scale[f] = sd > 1e-12 ? 1 / sd : 0;
        }
        double[] z = new double[d];
        double[] w = new double[d];
        double loss = loss(x, width, label, mean, scale, w, z);
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] g = new double[d];
            double[] h = new double[d * d];
            for (int r = 0; r < rows; r++) {
                features(x, r, width, mean, scale, z);
                double m = dot(w, z);
                double prob = 1 / (1 + Math.exp(-m));
                double gr = prob - (label[r] ? 1 : 0);
                double hr = prob * (1 - prob);
                for (int i = 0; i < d; i++) {
                    g[i] += gr * z[i];
                    double hz = hr * z[i];
                    for (int j = 0; j <= i; j++) {
                        h[i * d + j] += hz * z[j];
                    }
                }
            }
            for (int i = 1; i < d; i++) {
                g[i] += L2 * w[i];
                h[i * d + i] += L2;
            }
            h[0] += 1e-9;
            for (int i = 0; i < d; i++) {
                for (int j = i + 1; j < d; j++) {
                    h[i * d + j] = h[j * d + i];
                }
            }
            if (!Dense.choleskySolve(h, g, d)) {
                break;
            }
            double t = 1;
            double[] next = new double[d];
            double nextLoss = Double.NaN;
            while (t > 1e-6) {
                for (int i = 0; i < d; i++) {
                    next[i] = w[i] - t * g[i];
                }
                nextLoss = loss(x, width, label, mean, scale, next, z);
                if (nextLoss < loss) {
                    break;
                }
                t /= 2;
            }
            if (!(nextLoss < loss)) {
                break;
            }
            boolean done = loss - nextLoss < 1e-9 * Math.max(1, rows);
            System.arraycopy(next, 0, w, 0, d);
            loss = nextLoss;
            if (done) {
                break;
            }
        }
        float[] out = new float[d];
        double bias = w[0];
        for (int f = 0; f < width; f++) {
            out[f + 1] = (float) (w[f + 1] * scale[f]);
            bias -= w[f + 1] * scale[f] * mean[f];
        }
        out[0] = (float) bias;
        return out;
    }

    private static void features(
            float[] x, int r, int width, double[] mean, double[] scale, double[] z) {
        z[0] = 1;
        for (int f = 0; f < width; f++) {
            z[f + 1] = (x[r * width + f] - mean[f]) * scale[f];
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * One row's log-loss at margin m: log(1 + e^-m) for a positive, log(1 + e^m) for a negative.
     */
    static double rowLoss(double margin, boolean positive) {
        double m = positive ? margin : -margin;
        return m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)); // overflow-safe
    }

    /** The regularised log-loss, summed over rows. */
    private static double loss(
            float[] x,
            int width,
            boolean[] label,
            double[] mean,
            double[] scale,
            double[] w,
            double[] z) {
        double sum = 0;
        for (int r = 0; r < label.length; r++) {
            features(x, r, width, mean, scale, z);
            sum += rowLoss(dot(w, z), label[r]);
        }
        for (int i = 1; i < w.length; i++) {
            sum += 0.5 * L2 * w[i] * w[i];
        }
        return sum;
    }
}
