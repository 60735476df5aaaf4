package dev.spotrec.recommender.internal;

import java.util.Arrays;

/**
 * Grows one regression tree of {@link Gbdt} level by level on binned features: per node a histogram
 * of gradient and hessian sums per feature and bin, the split with the best second-order gain
 * {@code GL^2/(HL+l2) + GR^2/(HR+l2) - G^2/(H+l2)}, then an in-place partition of the node's rows.
 * Nodes are numbered heap-style (children of n are 2n+1 and 2n+2).
 */
final class TreeBuilder {

    private final byte[] binned;
    private final int width;
    private final Gbdt.Params p;
    private final float[][] cuts;
    private final int[] leaf;
    private final double[] histG;
    private final double[] histH;
    private final int[] histN;

    TreeBuilder(byte[] binned, int width, Gbdt.Params p, float[][] cuts) {
        this.binned = binned;
        this.width = width;
        this.p = p;
        this.cuts = cuts;
        this.leaf = new int[binned.length / Math.max(1, width)];
        this.histG = new double[width * p.bins()];
        this.histH = new double[width * p.bins()];
        this.histN = new int[width * p.bins()];
    }

    /** Returns the leaf (node id) that row r fell into in the last grown tree. */
    int leafOf(int r) {
        return leaf[r];
    }

    void grow(int[] sample, float[] g, float[] h, int[] feature, float[] threshold, float[] value) {
        Arrays.fill(feature, -1);
        int[] splitBin = new int[feature.length];
        int[] rows = sample.clone();
        int[] start = new int[feature.length];
        int[] end = new int[feature.length];
        end[0] = rows.length;
        for (int node = 0; node < feature.length; node++) {
            if (end[node] - start[node] <= 0 && node > 0) {
                continue;
            }
            boolean canSplit =
                    2 * node + 2 < feature.length && end[node] - start[node] >= 2 * p.minLeaf();
            int split = canSplit ? bestSplit(rows, start[node], end[node], g, h) : -1;
            if (split < 0) {
                value[node] = leafValue(rows, start[node], end[node], g, h);
                continue;
            }
            int f = split / p.bins();
            int bin = split % p.bins();
            feature[node] = f;
            splitBin[node] = bin;
            threshold[node] = cuts[f][bin];
            int mid = partition(rows, start[node], end[node], f, bin);
            start[2 * node + 1] = start[node];
            end[2 * node + 1] = mid;
            start[2 * node + 2] = mid;
            end[2 * node + 2] = end[node];
        }
        // Route every row (sampled or not) to its leaf, for the margin update.
        for (int r = 0; r < leaf.length; r++) {
            int n = 0;
            while (feature[n] >= 0) {
                n = (binned[r * width + feature[n]] & 0xFF) <= splitBin[n] ? 2 * n + 1 : 2 * n + 2;
            }
            leaf[r] = n;
        }
    }

    private float leafValue(int[] rows, int from, int to, float[] g, float[] h) {
        double sg = 0;
        double sh = 0;
        for (int i = from; i < to; i++) {
            sg += g[rows[i]];
            sh += h[rows[i]];
        }
        return (float) (-p.learningRate() * sg / (sh + p.l2()));
    }

    /** Returns feature * bins + bin of the best split, or -1 when no split gains. */
    private int bestSplit(int[] rows, int from, int to, float[] g, float[] h) {
        int bins = p.bins();
        Arrays.fill(histG, 0);
        Arrays.fill(histH, 0);
        Arrays.fill(histN, 0);
        double sg = 0;
        double sh = 0;
        for (int i = from; i < to; i++) {
            int r = rows[i];
            float gr = g[r];
            float hr = h[r];
            sg += gr;
            sh += hr;
            int o = r * width;
            for (int f = 0; f < width; f++) {
                int slot = f * bins + (binned[o + f] & 0xFF);
                histG[slot] += gr;
                histH[slot] += hr;
                histN[slot]++;
            }
        }
        double parent = sg * sg / (sh + p.l2());
        double best = 1e-9;
        int bestSlot = -1;
        int n = to - from;
        for (int f = 0; f < width; f++) {
            double gl = 0;
            double hl = 0;
            int nl = 0;
            for (int b = 0; b < cuts[f].length - 1; b++) {
                int slot = f * bins + b;
                gl += histG[slot];
                hl += histH[slot];
                nl += histN[slot];
                if (nl < p.minLeaf() || n - nl < p.minLeaf()) {
                    continue;
                }
                double gr = sg - gl;
                double hr = sh - hl;
                double gain = gl * gl / (hl + p.l2()) + gr * gr / (hr + p.l2()) - parent;
                if (gain > best) {
                    best = gain;
                    bestSlot = slot;
                }
            }
        }
        return bestSlot;
    }

    private int partition(int[] rows, int from, int to, int f, int bin) {
        int i = from;
        int j = to - 1;
        while (i <= j) {
            if ((binned[rows[i] * width + f] & 0xFF) <= bin) {
                i++;
            } else {
                int tmp = rows[i];
                rows[i] = rows[j];
                rows[j] = tmp;
                j--;
            }
        }
        return i;
    }
}
