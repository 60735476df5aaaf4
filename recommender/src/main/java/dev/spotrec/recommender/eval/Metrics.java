package dev.spotrec.recommender.eval;

import java.util.Arrays;

/**
 * Ranking metrics, exactly as DESIGN.md defines them. Every method takes the ranked item ids (best
 * first) and the relevant items as a <em>sorted</em> int array (the ground truth); O(n log g) each,
 * allocation-free except {@link #rPrecision}.
 */
public final class Metrics {

    private Metrics() {}

    /** Returns how many of the first {@code k} ranked items are relevant. */
    public static int hits(int[] ranked, int[] relevant, int k) {
        int n = Math.min(k, ranked.length);
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (Arrays.binarySearch(relevant, ranked[i]) >= 0) {
                hits++;
            }
        }
        return hits;
    }

    /**
     * Recall@k: relevant items in the top k over all relevant items (0 when nothing is relevant).
     */
    public static double recall(int[] ranked, int[] relevant, int k) {
        return relevant.length == 0 ? 0 : (double) hits(ranked, relevant, k) / relevant.length;
    }

    /** Precision@k: relevant items in the top k over k. */
    public static double precision(int[] ranked, int[] relevant, int k) {
        return (double) hits(ranked, relevant, k) / k;
    }

    /** Hit@k: 1 when any of the top k is relevant. */
    public static double hit(int[] ranked, int[] relevant, int k) {
        return hits(ranked, relevant, k) > 0 ? 1 : 0;
    }

    /**
     * NDCG@k with binary relevance and the usual discount 1/log2(position + 1) (positions from 1),
     * normalised by the ideal DCG of min(|relevant|, k) hits (RecBole's definition).
     */
    public static double ndcg(int[] ranked, int[] relevant, int k) {
        if (relevant.length == 0) {
            return 0;
        }
        double dcg = 0;
        int n = Math.min(k, ranked.length);
        for (int i = 0; i < n; i++) {
            if (Arrays.binarySearch(relevant, ranked[i]) >= 0) {
                dcg += 1 / log2(i + 2);
            }
        }
        double idcg = 0;
        for (int i = 0; i < Math.min(k, relevant.length); i++) {
            idcg += 1 / log2(i + 2);
        }
        return dcg / idcg;
    }

    /**
     * RecSys Challenge 2018 R-precision with artist credit: {@code (|S_T ∩ G_T| + 0.25 |S_A ∩ G_A \
     * A(S_T ∩ G_T)|) / |G_T|}, where S is the top |G| recommendations, A(x) the artists of tracks
     * x, and artists already matched by a track earn no further credit.
     *
     * @param ranked the recommendations, best first
     * @param relevant the held-out tracks G_T, sorted
     * @param itemArtist the artist id of every item (-1 when unknown: no artist credit)
     */
    public static double rPrecision(int[] ranked, int[] relevant, int[] itemArtist) {
        if (relevant.length == 0) {
            return 0;
        }
        int n = Math.min(relevant.length, ranked.length);
        int[] truthArtists = artists(relevant, relevant.length, itemArtist);
        int[] matchedArtists = new int[n];
        int[] otherArtists = new int[n];
        int trackHits = 0;
        int others = 0;
        for (int i = 0; i < n; i++) {
            int artist = ranked[i] < itemArtist.length ? itemArtist[ranked[i]] : -1;
            if (Arrays.binarySearch(relevant, ranked[i]) >= 0) {
                matchedArtists[trackHits++] = artist;
            } else if (artist >= 0 && Arrays.binarySearch(truthArtists, artist) >= 0) {
                otherArtists[others++] = artist;
            }
        }
        int[] matched = distinctSorted(matchedArtists, trackHits);
        int[] credited = distinctSorted(otherArtists, others);
        int artistHits = 0;
        for (int a : credited) {
            if (Arrays.binarySearch(matched, a) < 0) {
                artistHits++;
            }
        }
        return (trackHits + 0.25 * artistHits) / relevant.length;
    }

    /**
     * RecSys Challenge 2018 NDCG: binary relevance, the first position undiscounted ({@code DCG =
     * rel_1 + sum_{i>=2} rel_i / log2(i)}), over the first {@code maxLength} items (500 in the
     * challenge), normalised by the ideal DCG: min(|G|, maxLength) hits at the top.
     */
    public static double ndcgMpd(int[] ranked, int[] relevant, int maxLength) {
        if (relevant.length == 0) {
            return 0;
        }
        double dcg = 0;
        int n = Math.min(maxLength, ranked.length);
        for (int i = 0; i < n; i++) {
            if (Arrays.binarySearch(relevant, ranked[i]) >= 0) {
                dcg += i == 0 ? 1 : 1 / log2(i + 1);
            }
        }
        double idcg = 0;
        for (int i = 0; i < Math.min(maxLength, relevant.length); i++) {
            idcg += i == 0 ? 1 : 1 / log2(i + 1);
        }
        return dcg / idcg;
    }

    /**
     * RecSys Challenge 2018 recommended-songs clicks: floor(0-based index of the first relevant
     * item / 10), or 51 when none of the first {@code maxLength} is relevant.
     */
    public static int clicks(int[] ranked, int[] relevant, int maxLength) {
        int n = Math.min(maxLength, ranked.length);
        for (int i = 0; i < n; i++) {
            if (Arrays.binarySearch(relevant, ranked[i]) >= 0) {
                return i / 10;
            }
        }
        return 51;
    }

    /**
     * Artist diversity of one list: distinct artists over list length, among the first {@code k}
     * (an item with unknown artist counts as its own artist). 0 for an empty list.
     */
    public static double artistDiversity(int[] ranked, int[] itemArtist, int k) {
        int n = Math.min(k, ranked.length);
        if (n == 0) {
            return 0;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int a = itemArtist[ranked[i]];
            keys[i] = a >= 0 ? a : -1L - ranked[i];
        }
        Arrays.sort(keys);
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (keys[i] != keys[i - 1]) {
                distinct++;
            }
        }
        return (double) distinct / n;
    }

    /**
     * The popularity percentile of every item (0 to 100, mid-rank for ties): the share of items
     * less popular than it, plus half the share of equally popular ones. Mean over a list gives the
     * list's novelty (lower is more novel).
     */
    public static double[] popularityPercentiles(int[] popularity) {
        int n = popularity.length;
        int[] sorted = popularity.clone();
        Arrays.sort(sorted);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int below = lowerBound(sorted, popularity[i]);
            int equal = lowerBound(sorted, popularity[i] + 1) - below;
            out[i] = 100.0 * (below + 0.5 * equal) / n;
        }
        return out;
    }

    /**
     * The share of the first {@code k} recommendations that are another version of a seed song
     * (same song id as a seed item, yet not a seed item itself). Must be 0.
     */
    public static double versionLeakRate(int[] ranked, int[] seedItems, int[] songIds, int k) {
        int n = Math.min(k, ranked.length);
        if (n == 0) {
            return 0;
        }
        int[] seedSongs = new int[seedItems.length];
        for (int i = 0; i < seedItems.length; i++) {
            seedSongs[i] = songIds[seedItems[i]];
        }
        Arrays.sort(seedSongs);
        int[] seedSorted = seedItems.clone();
        Arrays.sort(seedSorted);
        int leaks = 0;
        for (int i = 0; i < n; i++) {
            int item = ranked[i];
            if (Arrays.binarySearch(seedSongs, songIds[item]) >= 0
                    && Arrays.binarySearch(seedSorted, item) < 0) {
                leaks++;
            }
        }
        return (double) leaks / n;
    }

    private static int[] artists(int[] items, int n, int[] itemArtist) {
        int[] a = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int artist = items[i] < itemArtist.length ? itemArtist[items[i]] : -1;
            if (artist >= 0) {
                a[m++] = artist;
            }
        }
        return distinctSorted(a, m);
    }

    private static int[] distinctSorted(int[] a, int n) {
        int[] s = Arrays.copyOf(a, n);
        Arrays.sort(s);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (s[i] >= 0 && (m == 0 || s[m - 1] != s[i])) {
                s[m++] = s[i];
            }
        }
        return Arrays.copyOf(s, m);
    }

    private static int lowerBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
