package dev.spotrec.recommender.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.recommender.TrainingData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The quality targets on HetRec Last.fm, {@code ratio-811}, seeds 1, 2, 3 (skipped when {@code
 * ../shared} is absent), and the full table of every model with bootstrap 95% intervals.
 *
 * <p>Settings are fixed: they were chosen on the validation split only, with {@link HetrecTuning}
 * (validation Recall@10 and NDCG@10, mean of seeds 1-3; a supervised model learns on the even
 * validation users and is scored on the odd ones), and are recorded here; the test split is scored
 * once per model and seed. ALS: the best of a grid over factors {64, 96, 112, 128, 160, 192, 256},
 * reg, alpha0, nu, CG steps, popularity-weighted negatives, iterations and confidence: binary, log
 * play counts, or play counts as a share of the listener's mean ({@code share}). Share confidence
 * with alpha 4, 128 factors, reg 0.2, alpha0 0.3 was best (validation 0.2116 / 0.1954, against
 * 0.2052 / 0.1901 for the best binary setting). User kNN: BM25 rows, k 50. The hybrid: ALS (as
 * tuned) and a second ALS (64 factors, another seed, log confidence with alpha 0.5: alone it is
 * weaker, 0.1948 / 0.1771, but the ranker gains from it), asymmetric-cosine item kNN (alpha 0.35, k
 * 1000, the best item kNN on validation), user kNN, social (friends) and content (artist tags)
 * components, re-ranked by a logistic regression on the candidate features that depth-2 boosted
 * trees correct, trained on the validation users. Rankers on validation (tags of training pairs):
 * depth-4 trees alone 0.2114 / 0.1913, the logistic regression alone 0.2103 / 0.1960, with depth-2
 * trees 0.2111 / 0.1958, with depth-4 trees 0.2107 / 0.1949 (ALS alone 0.2116 / 0.1954).
 *
 * <p>Side data and leakage. Only the social graph and artist-level tags are used, never per-user
 * features; play counts are the training pairs' own weights, so a held-out pair's count is never
 * seen. A user tagging an artist is itself evidence of that user-artist pair, so a tag given on a
 * pair of the user's listening is a pair tag: it counts toward the artist's tags only while the
 * pair is in the training data, and the tags of every held-out (validation or test) pair are
 * invisible to every feature. Aggregating over all users would leak: a user's test artist would
 * carry that user's own tags, matching the vocabulary of the artists they tagged in training. Tags
 * users gave artists outside their listening are about the artist, not about any held-out pair, and
 * stay plain artist tags ({@link HetrecLoader.Tags#ALL_BUT_HELD_OUT}, as {@code spotrec evaluate
 * --dataset hetrec:DIR} loads them). On validation, with the settings above, they lift the hybrid
 * from 0.2111 / 0.1958 (tags of training pairs only, {@code TRAINING_PAIRS}) to 0.2142 / 0.1987,
 * though content alone drops from 0.0738 / 0.0607 to 0.0645 / 0.0519.
 */
class HetrecRatio811IT {

    static final Map<String, String> ALS =
            Map.of(
                    "factors", "128",
                    "reg", "0.2",
                    "alpha0", "0.3",
                    "confidence", "share",
                    "alpha", "4");
    static final Map<String, String> USER_KNN = Map.of("k", "50", "weighting", "bm25");
    static final String HYBRID =
            "hybrid:components=als,als2=als,item-knn,user-knn,social,content;als.factors=128;"
                    + "als.reg=0.2;als.alpha0=0.3;als.confidence=share;als.alpha=4;"
                    + "als2.factors=64;als2.seed=5;als2.confidence=log;als2.alpha=0.5;"
                    + "item-knn.similarity=asymmetric;item-knn.alpha=0.35;item-knn.k=1000;"
                    + "user-knn.k=50;user-knn.weighting=bm25;depth=2;negatives=0.2";

    @Test
    void meetsTheQualityTargetsWithoutPerUserSideData() {
        Path dir = HetrecLoader.sharedDir().orElse(null);
        Assumptions.assumeTrue(
                dir != null, "skipped: ../shared/datasets/hetrec2011-lastfm-2k is absent");
        TrainingData data = HetrecLoader.load(dir, HetrecLoader.Tags.ALL_BUT_HELD_OUT);
        EvaluationReport report =
                new Evaluation(new Ratio811())
                        .run(
                                "hetrec:" + dir,
                                data,
                                List.of(
                                        ModelSpec.parse("most-popular"),
                                        ModelSpec.of("item-knn", Map.of("k", "200")),
                                        ModelSpec.of("user-knn", USER_KNN),
                                        ModelSpec.parse("social"),
                                        ModelSpec.parse("content"),
                                        ModelSpec.of("als", ALS),
                                        ModelSpec.parse(HYBRID)),
                                List.of(1L, 2L, 3L));
        System.out.println(report.table(List.of("recall@10", "ndcg@10", "precision@10", "hit@10")));

        assertThat(report.sizes())
                .allSatisfy(
                        s ->
                                assertThat(s)
                                        .containsEntry("train", 74_295)
                                        .containsEntry("valid", 9_269)
                                        .containsEntry("test", 9_270));
        // The protocol check: baselines land near the published measurements on this protocol.
        assertNear(report.model("most-popular"), 0.0738, 0.0639, 0.06);
        assertNear(report.model("item-knn"), 0.1747, 0.1750, 0.04);
        // Implicit ALS alone against tuned Spark ALS (0.2216 / 0.2155). Measured 0.2249 / 0.2214.
        ModelReport als = report.model("als");
        assertThat(als.mean("recall@10")).isGreaterThanOrEqualTo(0.2216);
        assertThat(als.mean("ndcg@10")).isGreaterThanOrEqualTo(0.2155);
        // The hybrid (social graph and artist tags, no per-user side data). Measured 0.2324 /
        // 0.2273: it meets the targets (0.2300 / 0.2230) and beats ALS on both.
        ModelReport hybrid = report.model("hybrid");
        assertThat(hybrid.mean("recall@10")).isGreaterThanOrEqualTo(0.2300);
        assertThat(hybrid.mean("ndcg@10")).isGreaterThanOrEqualTo(0.2230);
        assertThat(hybrid.mean("recall@10")).isGreaterThan(als.mean("recall@10"));
        assertThat(hybrid.mean("ndcg@10")).isGreaterThan(als.mean("ndcg@10"));
        // The other models land where they did when the settings were fixed.
        assertThat(report.model("user-knn").mean("recall@10")).isBetween(0.18, 0.20);
        assertThat(report.model("social").mean("recall@10")).isBetween(0.115, 0.135);
        assertThat(report.model("content").mean("recall@10")).isBetween(0.055, 0.075);
        for (ModelReport m : report.models()) {
            assertThat(m.mean("versionLeak@10")).as("version leaks of %s", m.model()).isZero();
        }
    }

    private static void assertNear(ModelReport m, double recall, double ndcg, double relative) {
        assertThat(m.mean("recall@10"))
                .as("%s recall@10", m.model())
                .isBetween(recall * (1 - relative), recall * (1 + relative));
        assertThat(m.mean("ndcg@10"))
                .as("%s ndcg@10", m.model())
                .isBetween(ndcg * (1 - relative), ndcg * (1 + relative));
    }
}
