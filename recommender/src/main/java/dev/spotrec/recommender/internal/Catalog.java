package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.TrainingData;

/**
 * Per-item facts every model shares, computed once per fit: popularity (number of rows holding the
 * item), popularity rank (the deterministic tie-break), and song ids for version de-duplication.
 * O(nnz + items log items).
 *
 * @param popularity rows holding each item
 * @param popRank rank of each item by popularity, 0 = most popular, ties by id
 * @param songIds equal ids = versions of the same song
 * @param byPopularity item ids, most popular first (the fallback order)
 */
public record Catalog(int[] popularity, int[] popRank, int[] songIds, int[] byPopularity) {

    /** Computes the catalog facts of {@code data}. */
    public static Catalog of(TrainingData data) {
        CsrMatrix t = data.interactions().transpose();
        int n = t.rows();
        int[] pop = new int[n];
        for (int i = 0; i < n; i++) {
            pop[i] = t.rowLength(i);
        }
        int[] rank = ranks(pop);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[rank[i]] = i;
        }
        return new Catalog(pop, rank, VersionKeys.songIds(data), order);
    }

    /** Returns the rank of each entry by value descending (ties by index): 0 = largest. */
    public static int[] ranks(int[] values) {
        int n = values.length;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            // Sort ascending on (-value, index) packed into one long.
            keyed[i] = ((long) (Integer.MAX_VALUE - values[i]) << 32) | i;
        }
        java.util.Arrays.sort(keyed);
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[(int) keyed[r]] = r;
        }
        return rank;
    }

    /** Returns the number of items. */
    public int size() {
        return popularity.length;
    }
}
