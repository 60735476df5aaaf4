package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.EpochStat;
import dev.spotrec.recommender.Explanation;
import dev.spotrec.recommender.RankOptions;
import dev.spotrec.recommender.Ranking;
import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every model: a model fills a dense score array for a seed, and this class turns it into a
 * ranking. It masks the seed and excluded items, selects the best candidates with {@link TopN},
 * then walks them applying version de-duplication (against the seed's songs and the songs already
 * chosen) and the optional artist cap. If post-processing drops too many, it selects again from a
 * larger pool. Cost per request: one O(items) scoring pass plus O(items log n) selection. Score
 * buffers are per thread, so concurrent requests never allocate items-sized arrays.
 */
public abstract class ScoringModel implements Recommender {

    /** The model's settings. */
    protected final Settings settings;

    private final String name;
    private volatile TrainingData data;
    private volatile Catalog catalog;
    private final ThreadLocal<float[]> buffers = new ThreadLocal<>();
    private volatile List<EpochStat> history = List.of();

    /** Creates a model called {@code name}. */
    protected ScoringModel(String name, Settings settings) {
        this.name = name;
        this.settings = settings;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public Map<String, String> settings() {
        return settings.effective();
    }

    @Override
    public final void fit(TrainingData trainingData) {
        fit(trainingData, TrainingListener.NONE);
    }

    /**
     * Trains, reporting each epoch or phase to {@code listener}; a model that reports nothing
     * itself (only its components, or nothing at all) gets one phase of its own at the end. The
     * events are kept as the fit's {@link #history()}.
     */
    @Override
    public final void fit(TrainingData trainingData, TrainingListener listener) {
        Objects.requireNonNull(trainingData, "trainingData");
        Progress progress = new Progress(name, listener);
        Catalog c = Catalog.of(trainingData);
        train(trainingData, c, progress);
        if (progress.count() == 0) {
            progress.epoch(1, 1, Double.NaN);
        }
        this.catalog = c;
        this.data = trainingData;
        this.history = progress.history();
    }

    /**
     * Returns the epochs and phases of the last fit (those saved with the model after a load), in
     * order; empty before any fit.
     */
    public final List<EpochStat> history() {
        return history;
    }

    /** Replaces the history (ModelStore restores the saved one on load). */
    public final void history(List<EpochStat> saved) {
        this.history = List.copyOf(saved);
    }

    /**
     * Writes the trained state to a model directory: the catalog facts, then the model's own state
     * ({@link #writeState}).
     */
    public final void save(StateIO.Writer w) {
        Catalog c = catalog();
        w.ints("catalog.popularity", c.popularity());
        w.ints("catalog.songs", c.songIds());
        writeState(w);
    }

    /**
     * Restores a model saved by {@link #save} over {@code trainingData} (the data it was fitted
     * on).
     */
    public final void load(StateIO.Reader r, TrainingData trainingData) {
        int[] pop = r.ints("catalog.popularity");
        int[] rank = Catalog.ranks(pop);
        int[] order = new int[pop.length];
        for (int i = 0; i < pop.length; i++) {
            order[rank[i]] = i;
        }
        Catalog c = new Catalog(pop, rank, r.ints("catalog.songs"), order);
        readState(r, trainingData, c);
        this.catalog = c;
        this.data = trainingData;
    }

    /**
     * Writes the model's trained parameters; by default nothing (the model re-derives them at
     * load).
     */
    protected void writeState(StateIO.Writer w) {}

    /**
     * Reads the parameters written by {@link #writeState}; by default re-trains from the data
     * (cheap models).
     */
    protected void readState(StateIO.Reader r, TrainingData trainingData, Catalog c) {
        train(trainingData, c, new Progress(name, TrainingListener.NONE));
    }

    /**
     * Trains the model's parameters, reporting epochs or phases to {@code progress} (a model that
     * reports none is reported as one phase).
     */
    protected abstract void train(TrainingData trainingData, Catalog c, Progress progress);

    /**
     * Fills {@code out} (one entry per item) with scores for {@code seed}: higher is better, {@code
     * -inf} for items the model cannot propose. Seed items need not be masked.
     */
    public abstract void score(Seed seed, float[] out);

    /**
     * Fills {@code out} like {@link #score(Seed, float[])} when only the best {@code wanted} (plus
     * the seed and excluded items) will be read; a model may then leave items it can prove are
     * worse at {@code -inf}. By default it scores everything.
     */
    protected void scoreTop(Seed seed, float[] out, int wanted) {
        score(seed, out);
    }

    /** Returns this model's evidence for {@code item}, strongest first (may be empty). */
    protected abstract List<Reason> reasons(Seed seed, int item);

    @Override
    public TrainingData data() {
        TrainingData d = data;
        if (d == null) {
            throw new RecommenderException(
                    "model '" + name + "' is not fitted; call fit(trainingData) first");
        }
        return d;
    }

    /** Returns the catalog facts of the fitted data. */
    public Catalog catalog() {
        data();
        return catalog;
    }

    @Override
    public final Explanation explain(Seed seed, int item) {
        TrainingData d = data();
        if (item < 0 || item >= d.items().size()) {
            throw new RecommenderException(
                    "explain: item "
                            + item
                            + " is not an item id of the fitted data (0.."
                            + (d.items().size() - 1)
                            + ")");
        }
        List<Reason> reasons = new ArrayList<>(reasons(seed, item));
        if (reasons.isEmpty()) {
            reasons.add(new Reason(Reason.Kind.POPULARITY, null, catalog.popularity()[item]));
        }
        return new Explanation(name, reasons);
    }

    @Override
    public final Ranking rank(Seed seed, int n, RankOptions options) {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(options, "options");
        if (n < 0) {
            throw new RecommenderException("rank: n must be >= 0, got " + n);
        }
        TrainingData d = data();
        int items = d.items().size();
        float[] scores = buffer(items);
        java.util.Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        scoreTop(seed, scores, n + n / 2 + 16);
        mask(seed, scores);
        return PostProcessor.select(scores, catalog, d, seed, n, options);
    }

    private void mask(Seed seed, float[] scores) {
        for (int i = 0; i < seed.size(); i++) {
            int item = seed.item(i);
            if (item < scores.length) {
                scores[item] = Float.NEGATIVE_INFINITY;
            }
        }
        for (int i = 0; i < seed.excludeSize(); i++) {
            int item = seed.excluded(i);
            if (item < scores.length) {
                scores[item] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    /** Returns this thread's scratch score array of length {@code items}. */
    protected final float[] buffer(int items) {
        float[] b = buffers.get();
        if (b == null || b.length != items) {
            b = new float[items];
            buffers.set(b);
        }
        return b;
    }

    /** Returns the key of an item, for reasons. */
    protected final String itemKey(int item) {
        return data().items().key(item);
    }

    /**
     * Returns whether a seed item id is valid for the fitted data (ids from another world are
     * ignored).
     */
    protected final boolean known(int item) {
        return item >= 0 && item < data().items().size();
    }
}
