package dev.spotrec.recommender.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Gradient-boosted regression trees with logistic loss (Friedman 2001), the hybrid's learned
 * ranker: pointwise, second-order (Newton) leaf values {@code -G / (H + l2)} as in XGBoost (Chen
 * and Guestrin 2016), and histogram split finding (LightGBM, Ke et al. 2017): every feature is cut
 * into at most {@code bins} quantile bins once, and a split scans a node's per-bin gradient sums.
 * Cost per tree O(rows x features x depth + nodes x features x bins). Deterministic for a seed (row
 * subsampling is the only randomness). The trees start from the positives' log-odds, or with {@code
 * linear} from a logistic regression on the features ({@link Logistic}), which they correct.
 */
final class Gbdt {

    /** Training settings. */
    record Params(
            int trees,
            int depth,
            double learningRate,
            int minLeaf,
            double l2,
            int bins,
            double rowSample,
            long seed,
            boolean linear) {}

    /**
     * Trees as flat arrays: node n splits on feature[n] at threshold[n] (x <= t goes left), or is a
     * leaf.
     */
    private final int[][] feature;

    private final float[][] threshold;
    private final float[][] value;

    /** The starting margin: {@code start[0]} plus, if longer, {@code sum_f start[1 + f] x_f}. */
    private final float[] start;

    private final double trainingLoss;

    private Gbdt(
            int[][] feature,
            float[][] threshold,
            float[][] value,
            float[] start,
            double trainingLoss) {
        this.feature = feature;
        this.threshold = threshold;
        this.value = value;
        this.start = start;
        this.trainingLoss = trainingLoss;
    }

    /** Mean log-loss on the training rows after the last tree; NaN for trees read from disk. */
    double trainingLoss() {
        return trainingLoss;
    }

    /** Writes the trees (one flat array per field, trees concatenated). */
    void write(StateIO.Writer w) {
        int nodes = feature.length == 0 ? 0 : feature[0].length;
        int[] f = new int[feature.length * nodes];
        float[] t = new float[f.length];
        float[] v = new float[f.length];
        for (int i = 0; i < feature.length; i++) {
            System.arraycopy(feature[i], 0, f, i * nodes, nodes);
            System.arraycopy(threshold[i], 0, t, i * nodes, nodes);
            System.arraycopy(value[i], 0, v, i * nodes, nodes);
        }
        w.ints("gbdt.shape", new int[] {feature.length, nodes});
        w.ints("gbdt.feature", f);
        w.floats("gbdt.threshold", t);
        w.floats("gbdt.value", v);
        // The start under its old name: models saved before the linear start hold only the bias.
        w.floats("gbdt.bias", start);
    }

    /** Reads trees written by {@link #write}. */
    static Gbdt read(StateIO.Reader r) {
        int[] shape = r.ints("gbdt.shape");
        int[] f = r.ints("gbdt.feature");
        float[] t = r.floats("gbdt.threshold");
        float[] v = r.floats("gbdt.value");
        int trees = shape[0];
        int nodes = shape[1];
        int[][] feature = new int[trees][];
        float[][] threshold = new float[trees][];
        float[][] value = new float[trees][];
        for (int i = 0; i < trees; i++) {
            feature[i] = java.util.Arrays.copyOfRange(f, i * nodes, (i + 1) * nodes);
            threshold[i] = java.util.Arrays.copyOfRange(t, i * nodes, (i + 1) * nodes);
            value[i] = java.util.Arrays.copyOfRange(v, i * nodes, (i + 1) * nodes);
        }
        return new Gbdt(feature, threshold, value, r.floats("gbdt.bias"), Double.NaN);
    }

    /** Returns the model's logit for one feature vector. */
    float predict(float[] x, int offset) {
        float s = margin(start, x, offset);
        for (int t = 0; t < feature.length; t++) {
            int n = 0;
            int[] f = feature[t];
            while (f[n] >= 0) {
                n = x[offset + f[n]] <= threshold[t][n] ? 2 * n + 1 : 2 * n + 2;
            }
            s += value[t][n];
        }
        return s;
    }

    /**
     * Trains on {@code rows} feature vectors of width {@code width} (row-major in {@code x}) with
     * binary labels.
     */
    static Gbdt train(float[] x, int width, boolean[] label, Params p) {
        int rows = label.length;
        float[][] cuts = new float[width][];
        byte[] binned = bin(x, width, rows, p.bins(), cuts);
        int positives = 0;
        for (boolean l : label) {
            positives += l ? 1 : 0;
        }
        double prior = Math.min(0.999, Math.max(0.001, (double) positives / Math.max(1, rows)));
        float[] start =
                p.linear()
                        ? Logistic.fit(x, width, label)
                        : new float[] {(float) Math.log(prior / (1 - prior))};
        float[] margin = new float[rows];
        for (int r = 0; r < rows; r++) {
            margin[r] = margin(start, x, r * width);
        }
        int nodes = (1 << (p.depth() + 1)) - 1;
        int[][] feature = new int[p.trees()][];
        float[][] threshold = new float[p.trees()][];
        float[][] value = new float[p.trees()][];
        float[] g = new float[rows];
        float[] h = new float[rows];
        SplittableRandom random = new SplittableRandom(p.seed());
        TreeBuilder builder = new TreeBuilder(binned, width, p, cuts);
        for (int t = 0; t < p.trees(); t++) {
            for (int r = 0; r < rows; r++) {
                double prob = 1 / (1 + Math.exp(-margin[r]));
                g[r] = (float) (prob - (label[r] ? 1 : 0));
                h[r] = (float) Math.max(1e-6, prob * (1 - prob));
            }
            int[] sample = sample(rows, p.rowSample(), random);
            feature[t] = new int[nodes];
            threshold[t] = new float[nodes];
            value[t] = new float[nodes];
            builder.grow(sample, g, h, feature[t], threshold[t], value[t]);
            for (int r = 0; r < rows; r++) {
                margin[r] += value[t][builder.leafOf(r)];
            }
        }
        return new Gbdt(feature, threshold, value, start, logLoss(margin, label));
    }

    private static float margin(float[] start, float[] x, int offset) {
        float s = start[0];
        for (int f = 1; f < start.length; f++) {
            s += start[f] * x[offset + f - 1];
        }
        return s;
    }

    private static double logLoss(float[] margin, boolean[] label) {
        double sum = 0;
        for (int r = 0; r < margin.length; r++) {
            sum += Logistic.rowLoss(margin[r], label[r]);
        }
        return margin.length == 0 ? Double.NaN : sum / margin.length;
    }

    private static int[] sample(int rows, double share, SplittableRandom random) {
        if (share >= 1) {
            int[] all = new int[rows];
            for (int i = 0; i < rows; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] out = new int[rows];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            if (random.nextDouble() < share) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Quantile-bins every feature: cuts[f] are the upper bounds of the bins (the last is +inf). */
    private static byte[] bin(float[] x, int width, int rows, int bins, float[][] cuts) {
        byte[] out = new byte[rows * width];
        float[] col = new float[rows];
        for (int f = 0; f < width; f++) {
            for (int r = 0; r < rows; r++) {
                col[r] = x[r * width + f];
            }
            float[] sorted = col.clone();
            Arrays.sort(sorted);
            float[] c = new float[bins];
            int n = 0;
            for (int b = 1; b <= bins && rows > 0; b++) {
                float v =
                        b == bins
                                ? Float.POSITIVE_INFINITY
                                : sorted[(int) ((long) b * (rows - 1) / bins)];
                if (n == 0 || v > c[n - 1]) {
                    c[n++] = v;
                }
            }
            if (n == 0 || c[n - 1] != Float.POSITIVE_INFINITY) {
                c = Arrays.copyOf(c, Math.max(n + 1, 1));
                c[c.length - 1] = Float.POSITIVE_INFINITY;
                n = c.length;
            }
            cuts[f] = Arrays.copyOf(c, n);
            for (int r = 0; r < rows; r++) {
                int b = Arrays.binarySearch(cuts[f], col[r]);
                out[r * width + f] = (byte) (b >= 0 ? b : -b - 1);
            }
        }
        return out;
    }
}
