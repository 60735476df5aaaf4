package dev.spotrec.recommender.internal;

/**
 * Selects the best {@code m} items from a dense score array.
 *
 * <p>Design: a bounded binary min-heap of item ids, O(n log m) worst case and close to O(n) in
 * practice because most items fail the comparison with the heap's root. Order is total and
 * deterministic: score descending, then popularity rank ascending (more popular first), then id.
 * Non-finite scores (NaN, -inf) mark items that are not candidates and are never selected.
 */
public final class TopN {

    private TopN() {}

    /**
     * Returns up to {@code m} item ids with the best scores, best first.
     *
     * @param scores one score per item
     * @param popRank popularity rank per item (0 = most popular), the tie-break
     * @param m how many to select
     */
    public static int[] select(float[] scores, int[] popRank, int m) {
        int n = scores.length;
        int cap = Math.min(m, n);
        int[] heap = new int[Math.max(cap, 0)];
        int size = 0;
        if (cap <= 0) {
            return heap;
        }
        for (int i = 0; i < n; i++) {
            float s = scores[i];
            if (!(s > Float.NEGATIVE_INFINITY) || s != s) {
                continue;
            }
            if (size < cap) {
                heap[size] = i;
                siftUp(heap, size++, scores, popRank);
            } else if (better(i, heap[0], scores, popRank)) {
                heap[0] = i;
                siftDown(heap, size, scores, popRank);
            }
        }
        // Heap-sort in place: repeatedly move the worst to the end.
        for (int end = size - 1; end > 0; end--) {
            int worst = heap[0];
            heap[0] = heap[end];
            heap[end] = worst;
            siftDown(heap, end, scores, popRank);
        }
        return size == heap.length ? heap : java.util.Arrays.copyOf(heap, size);
    }

    /** Whether item a ranks before item b. */
    static boolean better(int a, int b, float[] scores, int[] popRank) {
        float sa = scores[a];
        float sb = scores[b];
        if (sa != sb) {
            return sa > sb;
        }
        int ra = popRank[a];
        int rb = popRank[b];
        return ra != rb ? ra < rb : a < b;
    }

    private static void siftUp(int[] heap, int pos, float[] scores, int[] popRank) {
        int item = heap[pos];
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (!better(heap[parent], item, scores, popRank)) {
                break;
            }
            heap[pos] = heap[parent];
            pos = parent;
        }
        heap[pos] = item;
    }

    private static void siftDown(int[] heap, int size, float[] scores, int[] popRank) {
        int item = heap[0];
        int pos = 0;
        while (true) {
            int child = 2 * pos + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && better(heap[child], heap[child + 1], scores, popRank)) {
                child++;
            }
            if (!better(item, heap[child], scores, popRank)) {
                break;
            }
            heap[pos] = heap[child];
            pos = child;
        }
        heap[pos] = item;
    }
}
