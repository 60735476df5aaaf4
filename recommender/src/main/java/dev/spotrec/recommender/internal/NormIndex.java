package dev.spotrec.recommender.internal;

/**
 * Exact top-k maximum-inner-product scoring with early termination, for large catalogs: item
 * factors are copied in order of decreasing norm; by Cauchy-Schwarz no item at or after position p
 * can score above {@code |x| |y_p|}, so once that bound falls below the k-th best score seen the
 * rest is skipped (a threshold algorithm; Fagin et al. 2003). Items skipped stay at {@code -inf}.
 * Worst case O(items k) like brute force; with ALS's norm spread typically a fraction of the
 * catalog is touched. Costs a second copy of the factors.
 */
final class NormIndex {

    private static final int BLOCK = 256;
    private final int k;
    private final int[] byNorm;
    private final float[] sorted;
    private final float[] norms;

    private NormIndex(int k, int[] byNorm, float[] sorted, float[] norms) {
        this.k = k;
        this.byNorm = byNorm;
        this.sorted = sorted;
        this.norms = norms;
    }

    static NormIndex build(float[] factors, int k) {
        int items = factors.length / k;
        float[] n = new float[items];
        int[] ids = new int[items];
        for (int i = 0; i < items; i++) {
            n[i] = (float) Math.sqrt(Dense.dot(factors, i * k, factors, i * k, k));
            ids[i] = i;
        }
        int[] order = TopN.select(n, ids, items);
        float[] sorted = new float[factors.length];
        float[] norms = new float[items];
        for (int p = 0; p < items; p++) {
            System.arraycopy(factors, order[p] * k, sorted, p * k, k);
            norms[p] = n[order[p]];
        }
        return new NormIndex(k, order, sorted, norms);
    }

    /**
     * Writes {@code y_i . x} into {@code out[i]} for every item that can be among the best {@code
     * keep}.
     */
    void scoreTop(float[] x, float[] out, int keep) {
        float xn = (float) Math.sqrt(Dense.dot(x, 0, x, 0, k));
        float[] heap = new float[Math.max(1, keep)];
        int size = 0;
        int items = byNorm.length;
        for (int p = 0; p < items; p += BLOCK) {
            if (size == heap.length && norms[p] * xn < heap[0]) {
                break;
            }
            int end = Math.min(items, p + BLOCK);
            for (int q = p; q < end; q++) {
                float s = Dense.dot(sorted, q * k, x, 0, k);
                out[byNorm[q]] = s;
                if (size < heap.length) {
                    heap[size] = s;
                    siftUp(heap, size++);
                } else if (s > heap[0]) {
                    heap[0] = s;
                    siftDown(heap, size);
                }
            }
        }
    }

    private static void siftUp(float[] h, int i) {
        float v = h[i];
        while (i > 0 && h[(i - 1) >>> 1] > v) {
            h[i] = h[(i - 1) >>> 1];
            i = (i - 1) >>> 1;
        }
        h[i] = v;
    }

    private static void siftDown(float[] h, int size) {
        float v = h[0];
        int i = 0;
        while (2 * i + 1 < size) {
            int c = 2 * i + 1;
            if (c + 1 < size && h[c + 1] < h[c]) {
                c++;
            }
            if (h[c] >= v) {
                break;
            }
            h[i] = h[c];
            i = c;
        }
        h[i] = v;
    }
}
