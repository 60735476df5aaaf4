package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Row (user or playlist) k-nearest-neighbours (Herlocker et al. 1999; Resnick et al. 1994): the
 * seed is compared with every training row through the items they share, its {@code k} most similar
 * rows vote for their items.
 *
 * <p>Design: rows are the weighted rows of the interaction matrix ({@link Weighting}); the
 * similarity of the seed s and a row r is the asymmetric cosine {@code o_sr / (|s|^alpha
 * |r|^(1-alpha) + shrink)} (Aiolli 2013), where o_sr sums the products of the weights of their
 * shared items and |.| are L2 norms (alpha 0.5 is plain cosine). Item i scores {@code sum_{r in
 * N_k(s)} sim(s, r)^power w_ri}. The seed's own row (when it is a training row) is never its own
 * neighbour, so a known user and an unseen playlist with the same items get the same list. Per
 * request O(sum over seed items of their row counts) to accumulate overlaps through the transposed
 * matrix, O(rows log k) to pick neighbours and O(sum of the neighbours' lengths) to vote; training
 * only weights and transposes, O(nnz).
 */
public final class UserKnnModel extends ScoringModel {

    /** The model's name. */
    public static final String NAME = "user-knn";

    private final int k;
    private final String weighting;
    private final double alpha;
    private final double power;
    private final double shrink;
    private CsrMatrix rows = CsrMatrix.empty(0, 0);
    private CsrMatrix byItem = CsrMatrix.empty(0, 0);
    private float[] norms = new float[0];
    private final ThreadLocal<float[]> overlaps = new ThreadLocal<>();

    /** Creates the model from settings: k, weighting, alpha, power, shrink. */
    public UserKnnModel(Map<String, String> given) {
        super(
                NAME,
                new Settings(NAME, given, Set.of("k", "weighting", "alpha", "power", "shrink")));
        k = settings.intValue("k", 100, 1, 1_000_000);
        weighting = settings.choice("weighting", "binary", "binary", "log", "bm25");
        alpha = settings.doubleValue("alpha", 0.5, 0, 1);
        power = settings.doubleValue("power", 1.0, 0.1, 10);
        shrink = settings.doubleValue("shrink", 0, 0, 1e9);
    }

    @Override
    protected void train(TrainingData data, Catalog c, Progress progress) {
        rows = Weighting.apply(data.interactions(), weighting);
        byItem = rows.transpose();
        norms = new float[rows.rows()];
        for (int r = 0; r < rows.rows(); r++) {
            double s = 0;
            for (int q = rows.rowStart(r); q < rows.rowEnd(r); q++) {
                s += (double) rows.value(q) * rows.value(q);
            }
            norms[r] = (float) Math.sqrt(s);
        }
    }

    /** The seed's neighbours and their similarities (weights already raised to power). */
    private record Neighbours(int[] rows, float[] weights) {}

    private Neighbours neighbours(Seed seed) {
        int n = rows.rows();
        float[] o = overlaps.get();
        if (o == null || o.length != n) {
            o = new float[n];
            overlaps.set(o);
        }
        int[] touched = new int[16];
        int t = 0;
        int known = 0;
        for (int s = 0; s < seed.size(); s++) {
            int item = seed.item(s);
            if (!known(item)) {
                continue;
            }
            known++;
            for (int q = byItem.rowStart(item); q < byItem.rowEnd(item); q++) {
                int r = byItem.colIndex(q);
                float v = byItem.value(q);
                if (v == 0f) {
                    continue;
                }
                if (o[r] == 0f) {
                    if (t == touched.length) {
                        touched = Arrays.copyOf(touched, 2 * t);
                    }
                    touched[t++] = r;
                }
                o[r] += v;
            }
        }
        // The seed's weights are binary (a request carries no play counts): |s| = sqrt(known).
        double seedNorm = Math.pow(Math.sqrt(known), alpha);
        float[] sim = new float[t];
        int[] rank = new int[t];
        for (int x = 0; x < t; x++) {
            int r = touched[x];
            double denom = seedNorm * Math.pow(norms[r], 1 - alpha) + shrink;
            sim[x] =
                    r == seed.row() || denom == 0
                            ? Float.NEGATIVE_INFINITY
                            : (float) (o[r] / denom);
            rank[x] = r;
            o[r] = 0f;
        }
        int[] best = TopN.select(sim, rank, k);
        int[] ids = new int[best.length];
        float[] w = new float[best.length];
        for (int x = 0; x < best.length; x++) {
            ids[x] = touched[best[x]];
            w[x] = (float) Math.pow(sim[best[x]], power);
        }
        return new Neighbours(ids, w);
    }

    @Override
    public void score(Seed seed, float[] out) {
        Neighbours nb = neighbours(seed);
        for (int x = 0; x < nb.rows().length; x++) {
            int r = nb.rows()[x];
            float w = nb.weights()[x];
            for (int q = rows.rowStart(r); q < rows.rowEnd(r); q++) {
                int i = rows.colIndex(q);
                float v = w * rows.value(q);
                out[i] = out[i] == Float.NEGATIVE_INFINITY ? v : out[i] + v;
            }
        }
    }

    @Override
    protected List<Reason> reasons(Seed seed, int item) {
        Neighbours nb = neighbours(seed);
        return SeedEvidence.top(
                seed,
                3,
                j -> {
                    if (!known(j)) {
                        return 0f;
                    }
                    float s = 0;
                    for (int x = 0; x < nb.rows().length; x++) {
                        int r = nb.rows()[x];
                        if (rows.contains(r, item) && rows.contains(r, j)) {
                            s += nb.weights()[x];
                        }
                    }
                    return s;
                },
                this::itemKey);
    }
}
