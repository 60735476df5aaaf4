package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.HeldOut;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.SupervisedRecommender;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The two-stage hybrid, as the RecSys Challenge 2018 winners built theirs (Volkovs et al. 2018):
 * stage one lets every component model (ALS, item or user kNN, social, content, title, personal)
 * propose its best candidates; stage two re-ranks them with gradient-boosted trees ({@link Gbdt})
 * on the components' scores and ranks plus simple features ({@link CandidateFeatures}). The ranker
 * learns from held-out validation cases only: those an evaluation protocol passes to {@link
 * #fit(TrainingData, List)}, or, with plain {@link #fit(TrainingData)}, a seeded {@code holdout}
 * share of every row with 5+ items, after which the components are refitted on all data. Negatives
 * are subsampled ({@code negatives}) to keep training fast. Per request: the components' costs plus
 * O(candidates x trees x depth).
 */
public final class HybridModel extends ScoringModel implements SupervisedRecommender {

    /** The model's name. */
    public static final String NAME = "hybrid";

    private static final Set<String> KNOWN =
            Set.of(
                    AlsModel.NAME,
                    ItemKnnModel.NAME,
                    UserKnnModel.NAME,
                    SocialModel.NAME,
                    ContentModel.NAME,
                    TitleModel.NAME,
                    PersonalModel.NAME);

    private final List<ScoringModel> components = new ArrayList<>();
    private final List<String> componentNames = new ArrayList<>();
    private final CandidateFeatures features;
    private final Gbdt.Params params;
    private final double negatives;
    private final double holdout;
    private final long seed;
    private final int threads;
    private SocialModel social;
    private Gbdt ranker;
    private List<HeldOut> pendingValidation;

    /**
     * Creates the model from settings (components, candidates, trees, depth, ..., COMPONENT.KEY).
     */
    public HybridModel(Map<String, String> given) {
        super(
                NAME,
                new Settings(
                        NAME,
                        given,
                        Set.of(
                                "components",
                                "candidates",
                                "trees",
                                "depth",
                                "learningRate",
                                "minLeaf",
                                "linear",
                                "negatives",
                                "holdout",
                                "seed",
                                "threads"),
                        aliases(given)));
        Set<String> aliases = new java.util.HashSet<>();
        for (String spec :
                settings.string("components", "als,item-knn,social,content,title").split(",")) {
            // A component is MODEL or ALIAS=MODEL (two ALS models: "als,als2=als"); settings use
            // the alias.
            String[] parts = spec.trim().split("=", 2);
            String alias = parts[0].trim();
            String model = parts.length == 2 ? parts[1].trim() : alias;
            if (!KNOWN.contains(model) || !aliases.add(alias)) {
                throw new dev.spotrec.recommender.RecommenderException(
                        "hybrid: bad component '"
                                + spec.trim()
                                + "'; use distinct MODEL or ALIAS=MODEL entries with MODEL one of "
                                + new java.util.TreeSet<>(KNOWN));
            }
            ScoringModel m = (ScoringModel) Models.create(model, settings.component(alias));
            components.add(m);
            componentNames.add(alias);
            if (m instanceof SocialModel so && social == null) {
                social = so;
            }
        }
        features =
                new CandidateFeatures(components, settings.intValue("candidates", 150, 1, 100_000));
        seed = settings.intValue("seed", 7, Integer.MIN_VALUE, Integer.MAX_VALUE);
        params =
                new Gbdt.Params(
                        settings.intValue("trees", 200, 0, 10_000),
                        settings.intValue("depth", 5, 1, 12),
                        settings.doubleValue("learningRate", 0.05, 1e-4, 1),
                        settings.intValue("minLeaf", 20, 1, 1_000_000),
                        1.0,
                        64,
                        0.8,
                        seed,
                        settings.choice("linear", "true", "true", "false").equals("true"));
        negatives = settings.doubleValue("negatives", 0.1, 1e-4, 1);
        holdout = settings.doubleValue("holdout", 0.1, 0.01, 0.5);
        threads = settings.intValue("threads", Parallel.defaultThreads(), 1, 1024);
    }

    /**
     * The setting prefixes of the components: the known model names plus any aliases in
     * "components".
     */
    private static Set<String> aliases(Map<String, String> given) {
        Set<String> out = new java.util.HashSet<>(KNOWN);
        for (String spec : given.getOrDefault("components", "").split(",")) {
            out.add(spec.split("=", 2)[0].trim());
        }
        return out;
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>(super.settings());
        for (int m = 0; m < components.size(); m++) {
            String alias = componentNames.get(m);
            components.get(m).settings().forEach((k, v) -> out.putIfAbsent(alias + "." + k, v));
        }
        return out;
    }

    @Override
    public void fit(TrainingData train, List<HeldOut> validation) {
        fit(train, validation, TrainingListener.NONE);
    }

    @Override
    public void fit(TrainingData train, List<HeldOut> validation, TrainingListener listener) {
        pendingValidation = List.copyOf(validation);
        try {
            fit(train, listener);
        } finally {
            pendingValidation = null;
        }
    }

    /**
     * Phases: every component's fit (its own epochs, reported as {@code hybrid.ALIAS}), then the
     * ranker (reported as one phase with its training log-loss); without validation cases the
     * components are first fitted on the reduced data ({@code hybrid.holdout.ALIAS}).
     */
    @Override
    protected void train(TrainingData data, Catalog c, Progress progress) {
        if (pendingValidation != null) {
            fitComponents(data, progress, "");
            ranker = trainRanker(data, c, pendingValidation);
            progress.epoch(1, 1, ranker.trainingLoss());
            return;
        }
        HoldoutSplit split = HoldoutSplit.of(data, holdout, seed);
        TrainingData reduced = data.withInteractions(split.kept());
        fitComponents(reduced, progress, "holdout.");
        ranker = trainRanker(reduced, Catalog.of(reduced), split.cases());
        progress.epoch(1, 1, ranker.trainingLoss());
        fitComponents(data, progress, "");
    }

    private void fitComponents(TrainingData data, Progress progress, String prefix) {
        for (int m = 0; m < components.size(); m++) {
            components.get(m).fit(data, progress.component(prefix + componentNames.get(m)));
        }
    }

    private Gbdt trainRanker(TrainingData data, Catalog c, List<HeldOut> cases) {
        int w = features.width();
        float[][] rowsPerCase = new float[cases.size()][];
        boolean[][] labelsPerCase = new boolean[cases.size()][];
        Parallel.forRange(
                cases.size(),
                threads,
                8,
                (worker, from, to) -> {
                    for (int k = from; k < to; k++) {
                        sampleCase(data, c, cases.get(k), k, rowsPerCase, labelsPerCase);
                    }
                });
        int total = 0;
        for (boolean[] l : labelsPerCase) {
            total += l.length;
        }
        float[] x = new float[total * w];
        boolean[] y = new boolean[total];
        int at = 0;
        for (int k = 0; k < cases.size(); k++) {
            System.arraycopy(rowsPerCase[k], 0, x, at * w, labelsPerCase[k].length * w);
            System.arraycopy(labelsPerCase[k], 0, y, at, labelsPerCase[k].length);
            at += labelsPerCase[k].length;
        }
        return Gbdt.train(x, w, y, params);
    }

    private void sampleCase(
            TrainingData data, Catalog c, HeldOut h, int k, float[][] rows, boolean[][] labels) {
        CandidateFeatures.Candidates cand =
                features.build(h.seed(), data, c, connections(h.seed()));
        int w = features.width();
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + k);
        float[] x = new float[cand.items().length * w];
        boolean[] y = new boolean[cand.items().length];
        int n = 0;
        int[] truth = h.truthView();
        for (int i = 0; i < cand.items().length; i++) {
            boolean positive = java.util.Arrays.binarySearch(truth, cand.items()[i]) >= 0;
            if (positive || random.nextDouble() < negatives) {
                System.arraycopy(cand.features(), i * w, x, n * w, w);
                y[n++] = positive;
            }
        }
        rows[k] = java.util.Arrays.copyOf(x, n * w);
        labels[k] = java.util.Arrays.copyOf(y, n);
    }

    @Override
    protected void writeState(StateIO.Writer w) {
        for (int m = 0; m < components.size(); m++) {
            components.get(m).save(w.sub("component-" + m));
        }
        ranker.write(w.sub("ranker"));
    }

    @Override
    protected void readState(StateIO.Reader r, TrainingData data, Catalog c) {
        for (int m = 0; m < components.size(); m++) {
            components.get(m).load(r.sub("component-" + m), data);
        }
        ranker = Gbdt.read(r.sub("ranker"));
    }

    private int connections(Seed s) {
        return social == null ? 0 : social.connections(s.user()).users().length;
    }

    @Override
    public void score(Seed s, float[] out) {
        CandidateFeatures.Candidates cand = features.build(s, data(), catalog(), connections(s));
        int w = features.width();
        for (int i = 0; i < cand.items().length; i++) {
            out[cand.items()[i]] = ranker.predict(cand.features(), i * w);
        }
    }

    @Override
    protected List<Reason> reasons(Seed s, int item) {
        List<Reason> out = new ArrayList<>();
        for (ScoringModel m : components) {
            List<Reason> r = m.reasons(s, item);
            for (int i = 0; i < Math.min(2, r.size()) && out.size() < 5; i++) {
                out.add(r.get(i));
            }
        }
        return out;
    }

    /**
     * A seeded hold-out of part of every row with 5+ items, for training the ranker without a
     * protocol.
     */
    record HoldoutSplit(CsrMatrix kept, List<HeldOut> cases) {

        static HoldoutSplit of(TrainingData data, double share, long seed) {
            CsrMatrix m = data.interactions();
            CsrMatrix.Builder kept = CsrMatrix.builder();
            List<HeldOut> cases = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(seed);
            for (int r = 0; r < m.rows(); r++) {
                int n = m.rowLength(r);
                int[] items = m.row(r);
                int hide = n >= 5 ? Math.max(1, (int) Math.round(n * share)) : 0;
                for (int i = n - 1; i > 0 && hide > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = items[i];
                    items[i] = items[j];
                    items[j] = t;
                }
                for (int i = hide; i < n; i++) {
                    kept.add(r, items[i], m.get(r, items[i]));
                }
                if (hide > 0) {
                    int[] rest = java.util.Arrays.copyOfRange(items, hide, n);
                    java.util.Arrays.sort(rest);
                    cases.add(
                            new HeldOut(
                                    new Seed(r, data.rowOwner(r), rest, data.rowTitle(r), null),
                                    java.util.Arrays.copyOf(items, hide),
                                    "holdout"));
                }
            }
            return new HoldoutSplit(kept.build(m.rows(), m.cols()), cases);
        }
    }
}
