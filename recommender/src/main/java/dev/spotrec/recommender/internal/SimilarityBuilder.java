package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;
import java.util.Arrays;

/**
 * Builds each item's top-k most similar items from co-occurrence.
 *
 * <p>Design: for item i, walk the rows holding i and, for each, the items in that row, accumulating
 * weighted co-occurrence into a dense per-worker array (touched entries are tracked and reset,
 * marked with the current item's id, so no O(items) clear per item). Then normalise (cosine /
 * asymmetric cosine / raw BM25 dot product / RP3beta) and keep the k best with a bounded min-heap.
 * O(sum of squared row lengths) in total, parallel over items with dynamic chunking. Output: items
 * x items CSR, row i = N_k(i) with sim(i, j), columns ascending. For RP3beta (Paudel et al. 2017),
 * which is not symmetric, row i is a seed item and sim(i, j) = deg(i)^-alpha * sum over rows r
 * holding both of deg(r)^-alpha / deg(j)^beta, the probability of walking i -> r -> j damped by j's
 * popularity.
 */
final class SimilarityBuilder {

    private final CsrMatrix m;
    private final int k;
    private final String similarity;
    private final double alpha;
    private final double shrink;
    private final int threads;

    private final double beta;

    SimilarityBuilder(
            CsrMatrix weighted,
            int k,
            String similarity,
            double alpha,
            double beta,
            double shrink,
            int threads) {
        this.m = similarity.equals("rp3") ? rowScaled(weighted.binarized(), alpha / 2) : weighted;
        this.k = k;
        this.similarity = similarity;
        this.alpha = similarity.equals("cosine") ? 0.5 : alpha;
        this.beta = beta;
        this.shrink = shrink;
        this.threads = threads;
    }

    /**
     * Scales row r by |r|^-e: with e = alpha/2 on both sides a co-occurrence in r counts
     * |r|^-alpha.
     */
    private static CsrMatrix rowScaled(CsrMatrix b, double e) {
        float[] v = new float[b.nnz()];
        for (int r = 0; r < b.rows(); r++) {
            float w = (float) Math.pow(Math.max(1, b.rowLength(r)), -e);
            for (int q = b.rowStart(r); q < b.rowEnd(r); q++) {
                v[q] = w;
            }
        }
        return new CsrMatrix(b.rows(), b.cols(), b.indptr(), b.indices(), v);
    }

    CsrMatrix build() {
        int items = m.cols();
        CsrMatrix t = m.transpose();
        double[] sq = new double[items];
        for (int i = 0; i < items; i++) {
            for (int p = t.rowStart(i); p < t.rowEnd(i); p++) {
                sq[i] += (double) t.value(p) * t.value(p);
            }
        }
        double[] left = new double[items];
        double[] right = new double[items];
        for (int i = 0; i < items; i++) {
            if (similarity.equals("rp3")) {
                // RP3beta: seed degree^alpha (the walk's first step, item to row) on the left,
                // candidate popularity^beta on the right (from the binary counts).
                left[i] = Math.pow(Math.max(1, t.rowLength(i)), alpha);
                right[i] = Math.pow(Math.max(1, t.rowLength(i)), beta);
            } else {
                left[i] = Math.pow(sq[i], alpha);
                right[i] = Math.pow(sq[i], 1 - alpha);
            }
        }
        int[][] nbr = new int[items][];
        float[][] sim = new float[items][];
        float[][] acc = new float[threads][items];
        int[][] touched = new int[threads][items];
        int[][] mark = new int[threads][items];
        Parallel.forRange(
                items,
                threads,
                64,
                (w, from, to) -> {
                    for (int i = from; i < to; i++) {
                        neighbours(i, t, acc[w], touched[w], mark[w], left, right, nbr, sim);
                    }
                });
        int[] ptr = new int[items + 1];
        for (int i = 0; i < items; i++) {
            ptr[i + 1] = ptr[i] + nbr[i].length;
        }
        int[] idx = new int[ptr[items]];
        float[] val = new float[ptr[items]];
        for (int i = 0; i < items; i++) {
            System.arraycopy(nbr[i], 0, idx, ptr[i], nbr[i].length);
            System.arraycopy(sim[i], 0, val, ptr[i], sim[i].length);
        }
        return new CsrMatrix(items, items, ptr, idx, val);
    }

    private void neighbours(
            int i,
            CsrMatrix t,
            float[] acc,
            int[] touched,
            int[] mark,
            double[] left,
            double[] right,
            int[][] nbr,
            float[][] sim) {
        int nTouched = 0;
        int[] mIdx = m.indices();
        for (int p = t.rowStart(i); p < t.rowEnd(i); p++) {
            int r = t.colIndex(p);
            float a = t.value(p);
            for (int q = m.rowStart(r); q < m.rowEnd(r); q++) {
                int j = mIdx[q];
                if (mark[j] != i + 1) {
                    mark[j] = i + 1;
                    touched[nTouched++] = j;
                }
                acc[j] += a * m.value(q);
            }
        }
        int[] heapIds = new int[Math.min(k, nTouched)];
        float[] heapSims = new float[heapIds.length];
        int size = 0;
        for (int x = 0; x < nTouched; x++) {
            int j = touched[x];
            double c = acc[j];
            acc[j] = 0f;
            if (j == i || !(c > 0)) {
                continue;
            }
            float s =
                    (float)
                            (similarity.equals("bm25")
                                    ? c
                                    : c / (left[i] * right[j] + shrink + 1e-9));
            if (size < heapIds.length) {
                size = push(heapIds, heapSims, size, j, s);
            } else if (size > 0 && beats(s, j, heapSims[0], heapIds[0])) {
                heapIds[0] = j;
                heapSims[0] = s;
                siftDown(heapIds, heapSims, size);
            }
        }
        long[] order = new long[size];
        for (int x = 0; x < size; x++) {
            order[x] =
                    ((long) heapIds[x] << 32)
                            | (Float.floatToRawIntBits(heapSims[x]) & 0xFFFFFFFFL);
        }
        Arrays.sort(order);
        nbr[i] = new int[size];
        sim[i] = new float[size];
        for (int x = 0; x < size; x++) {
            nbr[i][x] = (int) (order[x] >>> 32);
            sim[i][x] = Float.intBitsToFloat((int) order[x]);
        }
    }

    private static boolean beats(float s, int j, float rootS, int rootJ) {
        return s > rootS || (s == rootS && j < rootJ);
    }

    private static int push(int[] ids, float[] sims, int size, int j, float s) {
        int pos = size;
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (!beats(sims[parent], ids[parent], s, j)) {
                break;
            }
            ids[pos] = ids[parent];
            sims[pos] = sims[parent];
            pos = parent;
        }
        ids[pos] = j;
        sims[pos] = s;
        return size + 1;
    }

    private static void siftDown(int[] ids, float[] sims, int size) {
        int j = ids[0];
        float s = sims[0];
        int pos = 0;
        while (true) {
            int child = 2 * pos + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size
                    && beats(sims[child], ids[child], sims[child + 1], ids[child + 1])) {
                child++;
            }
            if (!beats(s, j, sims[child], ids[child])) {
                break;
            }
            ids[pos] = ids[child];
            sims[pos] = sims[child];
            pos = child;
        }
        ids[pos] = j;
        sims[pos] = s;
    }
}
