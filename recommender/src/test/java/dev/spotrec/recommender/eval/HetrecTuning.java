package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.SupervisedRecommender;
import dev.spotrec.recommender.TrainingData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validation-only search on HetRec {@code ratio-811}: prints validation Recall@10 and NDCG@10 (mean
 * over seeds) for every grid point and never touches the test split. Every model is scored on the
 * odd-numbered validation users; a supervised model (the hybrid) learns its ranker on the
 * even-numbered ones. Used to choose the settings recorded in the integration test.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp recommender/target/classes:recommender/target/test-classes \
 *     dev.spotrec.recommender.eval.HetrecTuning ../shared/datasets/hetrec2011-lastfm-2k 1,2,3 'als:factors=64|128'
 * </pre>
 */
public final class HetrecTuning {

    private HetrecTuning() {}

    /** Arguments: dataset directory, comma-separated seeds, then model specs. */
    public static void main(String[] args) {
        TrainingData data =
                HetrecLoader.load(
                        Path.of(args[0]),
                        HetrecLoader.Tags.valueOf(
                                System.getProperty("hetrec.tags", "ALL_BUT_HELD_OUT")));
        List<Task> tasks = new ArrayList<>();
        for (String s : args[1].split(",")) {
            tasks.add(new Ratio811().task(data, Long.parseLong(s.trim())));
        }
        for (int a = 2; a < args.length; a++) {
            ModelSpec spec = ModelSpec.parse(args[a]);
            for (Map<String, String> point : spec.points()) {
                double recall = 0;
                double ndcg = 0;
                double fit = 0;
                for (Task task : tasks) {
                    Recommender model = Models.create(spec.name(), point);
                    long t0 = System.nanoTime();
                    // Every model is scored on the odd validation users; a supervised one (the
                    // hybrid)
                    // learns its ranker on the even ones.
                    List<dev.spotrec.recommender.HeldOut> learn = new ArrayList<>();
                    List<dev.spotrec.recommender.HeldOut> scored = new ArrayList<>();
                    for (int c = 0; c < task.validation().size(); c++) {
                        (c % 2 == 0 ? learn : scored).add(task.validation().get(c));
                    }
                    if (model instanceof SupervisedRecommender sup) {
                        sup.fit(task.train(), learn);
                    } else {
                        model.fit(task.train());
                    }
                    fit += (System.nanoTime() - t0) / 1e9;
                    CaseScorer.Scores v =
                            CaseScorer.score(
                                    model,
                                    scored,
                                    MetricSet.TOP_K,
                                    Runtime.getRuntime().availableProcessors());
                    recall += Aggregation.mean(v, "recall@10");
                    ndcg += Aggregation.mean(v, "ndcg@10");
                }
                int n = tasks.size();
                System.out.printf(
                        "%s %s valid R@10 %.4f N@10 %.4f fit %.2f s%n",
                        spec.name(), point, recall / n, ndcg / n, fit / n);
            }
        }
    }
}
