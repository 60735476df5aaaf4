package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.TrainingData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code ratio-811} on HetRec Last.fm and prints the tables (a command-line harness in test
 * scope; the app's {@code spotrec evaluate} is the user-facing command). Grids in a spec are
 * searched on validation; test is scored once per model and seed. Artist tags are every tag but
 * those given on held-out pairs, as {@code spotrec evaluate} loads them, unless {@code
 * -Dhetrec.tags=TRAINING_PAIRS} or {@code NONE} ({@link HetrecLoader.Tags}).
 *
 * <p>The full table (every model of {@link HetrecRatio811IT}, seeds 1-3, bootstrap 95% intervals),
 * after {@code ./mvnw -pl recommender test-compile}:
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp recommender/target/classes:recommender/target/test-classes \
 *     dev.spotrec.recommender.eval.HetrecEvaluation ../shared/datasets/hetrec2011-lastfm-2k 1,2,3 \
 *     most-popular 'item-knn:k=200' 'user-knn:k=50;weighting=bm25' social content \
 *     'als:factors=128;reg=0.2;alpha0=0.3;confidence=share;alpha=4' \
 *     'hybrid:components=als,als2=als,item-knn,user-knn,social,content;als.factors=128;als.reg=0.2;als.alpha0=0.3;als.confidence=share;als.alpha=4;als2.factors=64;als2.seed=5;als2.confidence=log;als2.alpha=0.5;item-knn.similarity=asymmetric;item-knn.alpha=0.35;item-knn.k=1000;user-knn.k=50;user-knn.weighting=bm25;depth=2;negatives=0.2'
 * </pre>
 */
public final class HetrecEvaluation {

    private HetrecEvaluation() {}

    private static HetrecLoader.Tags tagPolicy() {
        return HetrecLoader.Tags.valueOf(System.getProperty("hetrec.tags", "ALL_BUT_HELD_OUT"));
    }

    /** Arguments: dataset directory, comma-separated seeds, then model specs. */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        List<Long> seeds = new ArrayList<>();
        for (String s : args[1].split(",")) {
            seeds.add(Long.parseLong(s.trim()));
        }
        List<ModelSpec> specs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            specs.add(ModelSpec.parse(args[i]));
        }
        long t0 = System.nanoTime();
        TrainingData data = HetrecLoader.load(dir, tagPolicy());
        System.err.printf("loaded %s in %.2f s%n", data, (System.nanoTime() - t0) / 1e9);
        EvaluationListener progress =
                new EvaluationListener() {
                    @Override
                    public void splitReady(long seed, Task task) {
                        System.err.println("seed " + seed + " sizes " + task.sizes());
                    }

                    @Override
                    public void trialDone(String model, long seed, Trial trial) {
                        System.err.printf(
                                "  %s seed %d %s -> valid %.4f (fit %.2f s)%n",
                                model,
                                seed,
                                trial.settings(),
                                trial.objective(),
                                trial.fitSeconds());
                    }

                    @Override
                    public void testDone(String model, SeedRun run) {
                        System.err.printf(
                                "  %s seed %d TEST recall@10 %.4f ndcg@10 %.4f (fit %.2f s, test %.2f s) %s%n",
                                model,
                                run.seed(),
                                run.test().get("recall@10"),
                                run.test().get("ndcg@10"),
                                run.fitSeconds(),
                                run.testSeconds(),
                                run.settings());
                    }
                };
        EvaluationReport report =
                new Evaluation(new Ratio811(), Runtime.getRuntime().availableProcessors(), progress)
                        .run("hetrec:" + dir, data, specs, seeds);
        System.out.println(report.table(List.of("recall@10", "ndcg@10", "precision@10", "hit@10")));
        System.out.println(report.table(List.of("recall@20", "ndcg@20", "recall@50", "ndcg@50")));
        System.out.println(
                report.table(
                        List.of("coverage", "diversity@10", "popularity@10", "versionLeak@10")));
        System.err.printf("total %.1f s%n", report.seconds());
    }
}
