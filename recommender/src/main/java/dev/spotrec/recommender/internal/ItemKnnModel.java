package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item co-occurrence k-nearest-neighbours (Sarwar et al. 2001; Deshpande and Karypis 2004).
 *
 * <p>Design: item vectors are the columns of the row x item matrix, weighted as binary, log or BM25
 * (Robertson's term weighting with rows as terms, as in Ben Frederickson's implicit). The
 * similarity of items i and j is cosine, or asymmetric cosine {@code c_ij / (|i|^alpha
 * |j|^(1-alpha))} (Aiolli 2013), with an optional shrink term in the denominator; BM25 uses the raw
 * weighted dot product; {@code rp3} is RP3beta (Paudel et al. 2017), a three-step random walk item
 * → row → item with transition probabilities raised to alpha and the arrival item's popularity
 * penalised by {@code pop^beta}: {@code sim(j -> i) = sum_r |r|^-alpha / (n_j^alpha n_i^beta)} from
 * seed j to candidate i. For the symmetric similarities each item keeps its top-k neighbours and a
 * candidate i is scored by the sum of its similarities to the seed items among its neighbours,
 * {@code score(i) = sum_{j in seed, j in N_k(i)} sim(i, j)} (RecBole's ItemKNN); those lists are
 * stored inverted (for each j, the items having j as a neighbour). RP3beta, not symmetric, keeps
 * the k best candidates of each seed item, as Paudel et al. prune it. Either way a request walks
 * only the seed items' lists: O(|seed| k) per request. Training costs O(sum over rows of length^2)
 * multiply-adds, parallel over items.
 */
public final class ItemKnnModel extends ScoringModel {

    /** The model's name. */
    public static final String NAME = "item-knn";

    private final int k;
    private final String similarity;
    private final String weighting;
    private final double alpha;
    private final double beta;
    private final double shrink;
    private final int threads;
    private CsrMatrix inverted = CsrMatrix.empty(0, 0);

    /** Creates the model from settings: k, similarity, weighting, alpha, shrink, threads. */
    public ItemKnnModel(Map<String, String> given) {
        super(
                NAME,
                new Settings(
                        NAME,
                        given,
                        Set.of(
                                "k",
                                "similarity",
                                "weighting",
                                "alpha",
                                "beta",
                                "shrink",
                                "threads")));
        k = settings.intValue("k", 200, 1, 100_000);
        similarity = settings.choice("similarity", "cosine", "cosine", "asymmetric", "bm25", "rp3");
        weighting =
                settings.choice(
                        "weighting",
                        similarity.equals("bm25") ? "bm25" : "binary",
                        "binary",
                        "log",
                        "bm25");
        alpha = settings.doubleValue("alpha", similarity.equals("rp3") ? 1.0 : 0.5, 0, 2);
        // 0.3 is what validation chose on HetRec Last.fm (alpha 1; beta 0.1, 0.3, 0.5 tried).
        beta = settings.doubleValue("beta", 0.3, 0, 2);
        shrink = settings.doubleValue("shrink", 0, 0, 1e9);
        threads = settings.intValue("threads", Parallel.defaultThreads(), 1, 1024);
    }

    @Override
    protected void train(TrainingData data, Catalog c, Progress progress) {
        CsrMatrix weighted = Weighting.apply(data.interactions(), weighting);
        CsrMatrix neighbours =
                new SimilarityBuilder(weighted, k, similarity, alpha, beta, shrink, threads)
                        .build();
        // Symmetric similarities keep each candidate's k nearest items, so scoring walks them
        // from the seed side (the transpose). RP3beta is a walk from seed to candidate, kept as the
        // k best candidates of each seed item: its rows are already seed-side.
        inverted = similarity.equals("rp3") ? neighbours : neighbours.transpose();
    }

    @Override
    protected void writeState(StateIO.Writer w) {
        w.matrix("knn.inverted", inverted);
    }

    @Override
    protected void readState(StateIO.Reader r, TrainingData data, Catalog c) {
        inverted = r.matrix("knn.inverted");
    }

    /**
     * The inverted neighbour lists: row j lists the items i having j among their neighbours, with
     * sim(i, j).
     */
    CsrMatrix inverted() {
        return inverted;
    }

    @Override
    public void score(Seed seed, float[] out) {
        CsrMatrix w = inverted;
        int[] idx = w.indices();
        float[] val = w.values();
        for (int s = 0; s < seed.size(); s++) {
            int j = seed.item(s);
            if (!known(j)) {
                continue;
            }
            for (int p = w.rowStart(j); p < w.rowEnd(j); p++) {
                int i = idx[p];
                float v = val == null ? 1f : val[p];
                out[i] = out[i] == Float.NEGATIVE_INFINITY ? v : out[i] + v;
            }
        }
    }

    @Override
    protected List<Reason> reasons(Seed seed, int item) {
        return SeedEvidence.top(seed, 3, j -> known(j) ? inverted.get(j, item) : 0f, this::itemKey);
    }
}
