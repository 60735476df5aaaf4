package dev.spotrec.datasets.internal;

import java.util.SplittableRandom;

/**
 * Samples index i with probability w[i] / sum(w) in O(1).
 *
 * <p>Walker's alias method (Walker 1977) with Vose's numerically stable construction (Vose 1991):
 * the n weights are scaled to mean 1 and split into n columns of height 1, each holding at most two
 * outcomes, its own and one "alias". Building is O(n), sampling is one uniform column pick and one
 * biased coin. Construction uses two explicit int stacks, so the table is a pure function of the
 * weights (no hash order, no floating-point reordering).
 */
final class AliasTable {
    private final double[] prob;
    private final int[] alias;
    private final int[] values;

    /** A table over indices 0..weights.length-1. */
    AliasTable(double[] weights) {
        this(weights, null);
    }

    /**
     * A table whose outcome i is {@code values[i]} (or i when values is null).
     *
     * @throws IllegalArgumentException when there is no positive weight
     */
    AliasTable(double[] weights, int[] values) {
        int n = weights.length;
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException(
                        "alias weights must be finite and >= 0, got " + w);
            }
            sum += w;
        }
        if (n == 0 || sum <= 0) {
            throw new IllegalArgumentException("alias table needs a positive weight among " + n);
        }
        this.values = values;
        this.prob = new double[n];
        this.alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int ns = 0;
        int nl = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / sum;
            if (scaled[i] < 1.0) {
                small[ns++] = i;
            } else {
                large[nl++] = i;
            }
        }
        while (ns > 0 && nl > 0) {
            int s = small[--ns];
            int l = large[--nl];
            prob[s] = scaled[s];
            alias[s] = l;
            scaled[l] = (scaled[l] + scaled[s]) - 1.0;
            if (scaled[l] < 1.0) {
                small[ns++] = l;
            } else {
                large[nl++] = l;
            }
        }
        while (nl > 0) {
            prob[large[--nl]] = 1.0;
        }
        while (ns > 0) {
            prob[small[--ns]] = 1.0;
        }
    }

    /** Draws one outcome. */
    int sample(SplittableRandom rng) {
        int column = rng.nextInt(prob.length);
        int i = rng.nextDouble() < prob[column] ? column : alias[column];
        return values == null ? i : values[i];
    }

    int size() {
        return prob.length;
    }
}
