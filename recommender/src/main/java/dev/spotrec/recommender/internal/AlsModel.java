package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Implicit-feedback matrix factorisation (Hu, Koren and Volinsky 2008) trained by alternating least
 * squares with a conjugate-gradient inner solver (Takács et al. 2011; see {@link AlsSolver}), an
 * unobserved weight alpha0 and frequency-scaled regularisation as tuned by Rendle et al. 2022.
 *
 * <p>Factors are floats, row-major. Training: {@code iterations} epochs of two parallel
 * half-epochs, O(iterations cgSteps (nnz k + (rows + items) k^2)). A known row is scored with its
 * trained vector; an unseen playlist is folded in at request time by solving its normal equations
 * exactly (Cholesky, O(|seed| k^2 + k^3)). Scoring is one dot product per item, O(items k), split
 * across threads for large catalogs. Confidence: {@code binary} (every observed pair 1), {@code
 * log} ({@code 1 + alpha log(1 + w)} of the interaction weight w) or {@code share} ({@code 1 +
 * alpha log(1 + w / mean)} with the mean weight of w's row: play counts relative to the listener's
 * own). Playlists, whose weights are all 1, get the same confidence for every pair under each.
 *
 * <p>Every epoch is reported to the fit's listener with the training objective after it ({@link
 * AlsLoss}: O(nnz k + (rows + items) k^2), about one CG step; {@code loss=false} skips it and
 * reports NaN).
 */
public final class AlsModel extends ScoringModel {

    /** The model's name. */
    public static final String NAME = "als";

    private static final int PARALLEL_SCORING_ITEMS = 200_000;
    private static final int PRUNED_SCORING_ITEMS = 100_000;

    final int k;
    final int iterations;
    final AlsSolver.Params params;
    private final String confidence;
    private final double alpha;
    private final long seed;
    private final double initStd;
    private final double popularityExponent;
    private final boolean finalRowSolve;
    private final boolean reportLoss;
    float[] userFactors = new float[0];
    float[] itemFactors = new float[0];
    private double[] itemGram = new double[0];
    private float foldInConfidence = 1f;
    private float[] itemWeights;
    private NormIndex normIndex;
    private float[] adoptedRows;
    private float[] adoptedItems;

    /**
     * Creates the model from settings (factors, iterations, reg, alpha0, nu, cg, confidence, alpha,
     * seed, threads, init, frequency, popularity, finalRowSolve, loss).
     */
    public AlsModel(Map<String, String> given) {
        super(
                NAME,
                new Settings(
                        NAME,
                        given,
                        Set.of(
                                "factors",
                                "iterations",
                                "reg",
                                "alpha0",
                                "nu",
                                "cg",
                                "confidence",
                                "alpha",
                                "seed",
                                "threads",
                                "init",
                                "frequency",
                                "popularity",
                                "finalRowSolve",
                                "loss")));
        k = settings.intValue("factors", 64, 1, 2048);
        iterations = settings.intValue("iterations", 15, 0, 1000);
        double reg = settings.doubleValue("reg", 0.1, 0, 1e9);
        double alpha0 = settings.doubleValue("alpha0", 0.5, 0, 1e9);
        double nu = settings.doubleValue("nu", 1.0, 0, 4);
        int cg = settings.intValue("cg", 3, 1, 100);
        confidence = settings.choice("confidence", "binary", "binary", "log", "share");
        alpha = settings.doubleValue("alpha", 1.0, 0, 1e9);
        seed = settings.intValue("seed", 42, Integer.MIN_VALUE, Integer.MAX_VALUE);
        initStd = settings.doubleValue("init", 0.1, 0, 10);
        int threads = settings.intValue("threads", Parallel.defaultThreads(), 1, 1024);
        boolean countOnly =
                settings.choice("frequency", "count", "rendle", "count").equals("count");
        params = new AlsSolver.Params(k, alpha0, reg, nu, countOnly, cg, threads);
        popularityExponent = settings.doubleValue("popularity", 0, -2, 2);
        finalRowSolve = settings.choice("finalRowSolve", "true", "true", "false").equals("true");
        reportLoss = settings.choice("loss", "true", "true", "false").equals("true");
    }

    @Override
    protected void train(TrainingData data, Catalog c, Progress progress) {
        CsrMatrix conf = confidences(data.interactions());
        CsrMatrix confT = conf.transpose();
        int rows = conf.rows();
        int items = conf.cols();
        float[] x = adoptedRows != null ? adoptedRows : random(rows, seed);
        float[] y = adoptedItems != null ? adoptedItems : random(items, seed + 1);
        checkAdopted(x.length == rows * k && y.length == items * k, rows, items);
        itemWeights = unobservedWeights(confT);
        int[] itemCounts = new int[items];
        for (int i = 0; i < items; i++) {
            itemCounts[i] = confT.rowLength(i);
        }
        int epochs = adoptedRows != null ? 0 : iterations;
        for (int it = 0; it < epochs; it++) {
            AlsSolver.halfEpoch(conf, x, y, itemWeights, null, params);
            AlsSolver.halfEpoch(confT, y, x, null, itemWeights, params);
            if (it == iterations - 1 && finalRowSolve) {
                // Row vectors consistent with the final item factors (the last half-epoch moved
                // the items); counted in the last epoch, so its loss is that of the saved factors.
                AlsSolver.halfEpoch(conf, x, y, itemWeights, null, params);
            }
            double loss =
                    reportLoss
                            ? AlsLoss.of(conf, x, y, itemWeights, itemCounts, params)
                            : Double.NaN;
            progress.epoch(it + 1, iterations, loss);
        }
        userFactors = x;
        itemFactors = y;
        itemGram = Dense.gram(y, items, k, itemWeights, params.threads());
        double sum = 0;
        for (int q = 0; q < conf.nnz(); q++) {
            sum += conf.value(q);
        }
        foldInConfidence = conf.nnz() == 0 ? 1f : (float) (sum / conf.nnz());
        indexByNorm();
    }

    /**
     * Makes the next {@link #fit} adopt factors trained elsewhere (e.g. by Spark) instead of
     * solving them: {@code rows} is rows x factors and {@code items} items x factors, row-major in
     * the data's id order. Fold-in, scoring and persistence then work exactly as after local
     * training.
     */
    public void adopt(float[] rows, float[] items) {
        adoptedRows = rows.clone();
        adoptedItems = items.clone();
    }

    private void checkAdopted(boolean ok, int rows, int items) {
        if (!ok) {
            throw new dev.spotrec.recommender.RecommenderException(
                    "adopted ALS factors must be "
                            + rows
                            + " rows and "
                            + items
                            + " items x "
                            + k
                            + " factors; got "
                            + adoptedRows.length
                            + " and "
                            + adoptedItems.length
                            + " floats");
        }
    }

    private void indexByNorm() {
        int items = itemFactors.length / k;
        normIndex = items < PRUNED_SCORING_ITEMS ? null : NormIndex.build(itemFactors, k);
    }

    @Override
    protected void writeState(StateIO.Writer w) {
        w.floats("als.users", userFactors);
        w.floats("als.items", itemFactors);
        w.doubles("als.gram", itemGram);
        w.floats("als.foldin", new float[] {foldInConfidence});
    }

    @Override
    protected void readState(StateIO.Reader r, TrainingData data, Catalog c) {
        userFactors = r.floats("als.users");
        itemFactors = r.floats("als.items");
        itemGram = r.doubles("als.gram");
        foldInConfidence = r.floats("als.foldin")[0];
        indexByNorm();
        if (itemFactors.length != data.items().size() * k) {
            throw new dev.spotrec.recommender.RecommenderException(
                    "saved ALS factors do not match "
                            + k
                            + " factors x "
                            + data.items().size()
                            + " items; the model directory is damaged: train it again");
        }
    }

    /**
     * Benchmark hook: random factors for a rows x items problem, so epochs can be timed on a
     * generated matrix without building {@link TrainingData}.
     */
    public void initialise(int rows, int items) {
        userFactors = random(rows, seed);
        itemFactors = random(items, seed + 1);
    }

    /**
     * Benchmark hook: one epoch (two half-epochs) on the current factors over confidences {@code
     * conf}.
     */
    public void epoch(CsrMatrix conf) {
        AlsSolver.halfEpoch(conf, userFactors, itemFactors, itemWeights, null, params);
        AlsSolver.halfEpoch(conf.transpose(), itemFactors, userFactors, null, itemWeights, params);
        itemGram = Dense.gram(itemFactors, conf.cols(), k, itemWeights, params.threads());
    }

    /**
     * Per-item unobserved weights: null for Rendle's uniform alpha0, else eALS-style (He et al.
     * 2016) {@code alpha0 n pop_i^e / sum_j pop_j^e}, so popular unobserved items count as stronger
     * negatives while the mean weight stays alpha0.
     */
    private float[] unobservedWeights(CsrMatrix confT) {
        if (popularityExponent == 0) {
            return null;
        }
        int items = confT.rows();
        double[] p = new double[items];
        double sum = 0;
        for (int i = 0; i < items; i++) {
            p[i] = Math.pow(Math.max(1, confT.rowLength(i)), popularityExponent);
            sum += p[i];
        }
        float[] w = new float[items];
        for (int i = 0; i < items; i++) {
            w[i] = (float) (params.alpha0() * items * p[i] / Math.max(sum, 1e-12));
        }
        return w;
    }

    CsrMatrix confidences(CsrMatrix m) {
        return switch (confidence) {
            case "log" -> scaledLog(m);
            case "share" -> scaledShare(m);
            default -> m.binarized();
        };
    }

    private CsrMatrix scaledLog(CsrMatrix m) {
        float[] v = new float[m.nnz()];
        for (int q = 0; q < v.length; q++) {
            v[q] = (float) (1 + alpha * Math.log1p(m.value(q)));
        }
        return new CsrMatrix(m.rows(), m.cols(), m.indptr(), m.indices(), v);
    }

    /**
     * {@code 1 + alpha log(1 + w / mean)}, the mean taken over the row's weights: a pair counts by
     * its share of the row's activity, so a heavy and a light listener's favourites weigh alike.
     */
    private CsrMatrix scaledShare(CsrMatrix m) {
        float[] v = new float[m.nnz()];
        for (int r = 0; r < m.rows(); r++) {
            int from = m.rowStart(r);
            int to = from + m.rowLength(r);
            double sum = 0;
            for (int q = from; q < to; q++) {
                sum += m.value(q);
            }
            double mean = sum / Math.max(1, to - from);
            for (int q = from; q < to; q++) {
                v[q] = (float) (1 + alpha * Math.log1p(mean > 0 ? m.value(q) / mean : 0));
            }
        }
        return new CsrMatrix(m.rows(), m.cols(), m.indptr(), m.indices(), v);
    }

    private float[] random(int n, long s) {
        Random r = new Random(s);
        float[] f = new float[n * k];
        float std = (float) (initStd / Math.sqrt(k));
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) r.nextGaussian() * std;
        }
        return f;
    }

    /**
     * Returns the seed's latent vector: the trained row vector of a known row, else the fold-in
     * solution.
     */
    float[] seedVector(Seed seed) {
        int rows = userFactors.length / Math.max(1, k);
        if (seed.row() >= 0 && seed.row() < rows) {
            float[] x = new float[k];
            System.arraycopy(userFactors, seed.row() * k, x, 0, k);
            return x;
        }
        return foldIn(seed);
    }

    /**
     * Solves {@code (alpha0 G + sum c y y^T + lambda I) x = sum c y} over the seed items, exactly.
     */
    float[] foldIn(Seed seed) {
        double[] a = itemGram.clone();
        double[] b = new double[k];
        // The weighted Gram already carries the per-item unobserved weights; the uniform one needs
        // alpha0.
        float alpha0 = itemWeights != null ? 1f : (float) params.alpha0();
        for (int q = 0; q < a.length; q++) {
            a[q] *= alpha0;
        }
        int n = 0;
        float c = foldInConfidence;
        for (int s = 0; s < seed.size(); s++) {
            int item = seed.item(s);
            if (!known(item)) {
                continue;
            }
            n++;
            int o = item * k;
            for (int i = 0; i < k; i++) {
                double yi = itemFactors[o + i];
                b[i] += c * yi;
                for (int j = 0; j < k; j++) {
                    a[i * k + j] += c * yi * itemFactors[o + j];
                }
            }
        }
        float[] x = new float[k];
        if (n == 0) {
            return x;
        }
        float lambda = AlsSolver.lambda(params, n, data().items().size());
        for (int i = 0; i < k; i++) {
            a[i * k + i] += lambda + 1e-9;
        }
        if (Dense.choleskySolve(a, b, k)) {
            for (int i = 0; i < k; i++) {
                x[i] = (float) b[i];
            }
        }
        return x;
    }

    @Override
    public void score(Seed seed, float[] out) {
        float[] x = seedVector(seed);
        float[] y = itemFactors;
        int items = out.length;
        int threads = items >= PARALLEL_SCORING_ITEMS ? params.threads() : 1;
        Parallel.forRange(
                items,
                threads,
                65_536,
                (w, from, to) -> {
                    for (int i = from; i < to; i++) {
                        out[i] = Dense.dot(y, i * k, x, 0, k);
                    }
                });
    }

    @Override
    protected void scoreTop(Seed seed, float[] out, int wanted) {
        if (normIndex == null) {
            score(seed, out);
            return;
        }
        normIndex.scoreTop(seedVector(seed), out, wanted + seed.size() + seed.excludeSize());
    }

    @Override
    protected List<Reason> reasons(Seed seed, int item) {
        List<Reason> out =
                new ArrayList<>(
                        SeedEvidence.top(
                                seed, 3, j -> known(j) ? cosine(item, j) : 0f, this::itemKey));
        float[] x = seedVector(seed);
        float s = Dense.dot(itemFactors, item * k, x, 0, k);
        if (out.isEmpty() && s > 0) {
            out.add(new Reason(Reason.Kind.LATENT, null, s));
        }
        return out;
    }

    private float cosine(int a, int b) {
        float ab = Dense.dot(itemFactors, a * k, itemFactors, b * k, k);
        float aa = Dense.dot(itemFactors, a * k, itemFactors, a * k, k);
        float bb = Dense.dot(itemFactors, b * k, itemFactors, b * k, k);
        return aa == 0 || bb == 0 ? 0 : ab / (float) Math.sqrt((double) aa * bb);
    }
}
