package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.HeldOut;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.recommender.SupervisedRecommender;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.internal.Parallel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a protocol over seeds and models with honest tuning: for each seed the protocol splits the
 * data; for each model every grid point is fitted on the training part and scored on validation
 * only; the best point (by the protocol's objective: NDCG@10 for top-k, R-precision for the
 * challenge) is then scored on test exactly once. A supervised model (the hybrid) gets the
 * validation cases for its ranker and therefore takes no grid. Test metrics are averaged over seeds
 * with bootstrap 95% intervals.
 */
public final class Evaluation {

    private final Protocol protocol;
    private final int threads;
    private final EvaluationListener listener;

    /** Creates an evaluation of {@code protocol} ranking with {@code threads} threads. */
    public Evaluation(Protocol protocol, int threads, EvaluationListener listener) {
        if (threads < 1) {
            throw new RecommenderException("Evaluation: threads must be >= 1, got " + threads);
        }
        this.protocol = protocol;
        this.threads = threads;
        this.listener = listener;
    }

    /** Creates an evaluation using every processor and no listener. */
    public Evaluation(Protocol protocol) {
        this(protocol, Parallel.defaultThreads(), EvaluationListener.NONE);
    }

    /** The validation metric maximised by the search. */
    public String objective() {
        return protocol.metricSet() == MetricSet.CHALLENGE ? "rprecision" : "ndcg@10";
    }

    /** Evaluates {@code specs} on {@code data} for every seed. */
    public EvaluationReport run(
            String dataset, TrainingData data, List<ModelSpec> specs, List<Long> seeds) {
        long start = System.nanoTime();
        List<Map<String, Integer>> sizes = new ArrayList<>();
        List<String> labels = labels(specs);
        Map<String, List<SeedRun>> runs = new LinkedHashMap<>();
        Map<String, List<CaseScorer.Scores>> testScores = new LinkedHashMap<>();
        Map<String, List<List<HeldOut>>> testCases = new LinkedHashMap<>();
        for (String label : labels) {
            runs.put(label, new ArrayList<>());
            testScores.put(label, new ArrayList<>());
            testCases.put(label, new ArrayList<>());
        }
        for (long seed : seeds) {
            Task task = protocol.task(data, seed);
            sizes.add(task.sizes());
            listener.splitReady(seed, task);
            for (int m = 0; m < specs.size(); m++) {
                String label = labels.get(m);
                CaseScorer.Scores[] test = new CaseScorer.Scores[1];
                SeedRun run = runOne(specs.get(m), label, task, seed, test);
                runs.get(label).add(run);
                testScores.get(label).add(test[0]);
                testCases.get(label).add(task.test());
                listener.testDone(label, run);
            }
        }
        List<ModelReport> reports = new ArrayList<>();
        for (String label : labels) {
            reports.add(
                    Aggregation.report(
                            label, runs.get(label), testScores.get(label), testCases.get(label)));
        }
        return new EvaluationReport(
                dataset, protocol.name(), seeds, sizes, reports, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Report labels: the model name, or name:settings when one model is evaluated more than once
     * (the plain name for the one with default settings).
     */
    static List<String> labels(List<ModelSpec> specs) {
        Map<String, Integer> count = new LinkedHashMap<>();
        specs.forEach(s -> count.merge(s.name(), 1, Integer::sum));
        List<String> labels = new ArrayList<>();
        for (ModelSpec s : specs) {
            String label =
                    count.get(s.name()) == 1 || s.grid().isEmpty()
                            ? s.name()
                            : s.name()
                                    + ":"
                                    + s.grid().entrySet().stream()
                                            .map(
                                                    e ->
                                                            e.getKey()
                                                                    + "="
                                                                    + String.join(
                                                                            "|", e.getValue()))
                                            .collect(java.util.stream.Collectors.joining(";"));
            if (labels.contains(label)) {
                throw new RecommenderException(
                        "model spec '" + label + "' is given twice; give each model once");
            }
            labels.add(label);
        }
        return labels;
    }

    private SeedRun runOne(
            ModelSpec spec, String label, Task task, long seed, CaseScorer.Scores[] testOut) {
        List<Map<String, String>> points = spec.points();
        List<Trial> trials = new ArrayList<>();
        Recommender best = null;
        CaseScorer.Scores bestValidation = null;
        double bestObjective = Double.NEGATIVE_INFINITY;
        double bestFit = 0;
        for (Map<String, String> point : points) {
            Recommender model = Models.create(spec.name(), point);
            if (model instanceof SupervisedRecommender && points.size() > 1) {
                throw new RecommenderException(
                        "model '"
                                + spec.name()
                                + "' learns from the validation split, so it "
                                + "cannot also be grid-searched on it; give it fixed settings");
            }
            long t0 = System.nanoTime();
            if (model instanceof SupervisedRecommender s) {
                s.fit(task.train(), task.validation());
            } else {
                model.fit(task.train());
            }
            double fit = (System.nanoTime() - t0) / 1e9;
            CaseScorer.Scores validation =
                    CaseScorer.score(model, task.validation(), protocol.metricSet(), threads);
            double objective = Aggregation.mean(validation, objective());
            Trial trial = new Trial(point, objective, fit);
            trials.add(trial);
            listener.trialDone(label, seed, trial);
            if (objective > bestObjective || best == null) {
                best = model;
                bestValidation = validation;
                bestObjective = objective;
                bestFit = fit;
            }
        }
        CaseScorer.Scores test = CaseScorer.score(best, task.test(), protocol.metricSet(), threads);
        testOut[0] = test;
        return new SeedRun(
                seed,
                objective(),
                trials,
                best.settings(),
                Aggregation.means(bestValidation),
                Aggregation.means(test),
                bestFit,
                test.seconds(),
                task.test().size());
    }
}
