package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Picks the seed items that contributed most to a recommendation, for explanations. */
final class SeedEvidence {

    /** The contribution of one seed item. */
    @FunctionalInterface
    interface Contribution {
        float of(int seedItem);
    }

    private SeedEvidence() {}

    /** Returns up to {@code n} SEED_ITEM reasons with positive contribution, strongest first. */
    static List<Reason> top(Seed seed, int n, Contribution contribution, IntFunction<String> key) {
        int size = seed.size();
        int[] best = new int[n];
        float[] bestW = new float[n];
        int count = 0;
        for (int s = 0; s < size; s++) {
            int item = seed.item(s);
            float w = contribution.of(item);
            if (!(w > 0)) {
                continue;
            }
            int pos = count < n ? count++ : n;
            while (pos > 0 && bestW[pos - 1] < w) {
                if (pos < n) {
                    best[pos] = best[pos - 1];
                    bestW[pos] = bestW[pos - 1];
                }
                pos--;
            }
            if (pos < n) {
                best[pos] = item;
                bestW[pos] = w;
            }
        }
        List<Reason> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Reason(Reason.Kind.SEED_ITEM, key.apply(best[i]), bestW[i]));
        }
        return out;
    }
}
