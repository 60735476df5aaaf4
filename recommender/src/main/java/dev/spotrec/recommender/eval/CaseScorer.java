package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.HeldOut;
import dev.spotrec.recommender.Ranking;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.internal.Catalog;
import dev.spotrec.recommender.internal.Parallel;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks every case with a fitted model (in parallel over cases) and computes per-case metric
 * values, plus catalog coverage over all lists. Top-k families rank 50 and report at 10, 20 and 50;
 * the challenge family ranks 500. Beyond-accuracy metrics use the first cutoff (10), or the whole
 * 500 for the challenge family.
 */
final class CaseScorer {

    private static final int[] KS = {10, 20, 50};
    private static final int CHALLENGE_LENGTH = 500;

    private CaseScorer() {}

    /**
     * Per-case values: {@code values[case][metric]}, with the metric names and catalog coverage.
     */
    record Scores(List<String> names, double[][] values, double coverage, double seconds) {}

    static List<String> names(MetricSet set) {
        List<String> names = new ArrayList<>();
        if (set != MetricSet.CHALLENGE) {
            for (int k : KS) {
                names.addAll(List.of("recall@" + k, "ndcg@" + k, "precision@" + k, "hit@" + k));
            }
        }
        if (set != MetricSet.TOP_K) {
            names.addAll(List.of("rprecision", "ndcg", "clicks"));
        }
        int cut = cutoff(set);
        names.addAll(List.of("diversity@" + cut, "popularity@" + cut, "versionLeak@" + cut));
        return names;
    }

    static int cutoff(MetricSet set) {
        return set == MetricSet.CHALLENGE ? CHALLENGE_LENGTH : KS[0];
    }

    static Scores score(Recommender model, List<HeldOut> cases, MetricSet set, int threads) {
        TrainingData data = model.data();
        int items = data.items().size();
        Catalog catalog = Catalog.of(data);
        double[] popPct = Metrics.popularityPercentiles(catalog.popularity());
        int[] itemArtist = new int[items];
        for (int i = 0; i < items; i++) {
            itemArtist[i] = data.itemArtist(i);
        }
        List<String> names = names(set);
        double[][] values = new double[cases.size()][names.size()];
        int listLength = set == MetricSet.TOP_K ? KS[KS.length - 1] : CHALLENGE_LENGTH;
        int cut = cutoff(set);
        boolean[][] seen = new boolean[threads][items];
        long start = System.nanoTime();
        Parallel.forRange(
                cases.size(),
                threads,
                16,
                (w, from, to) -> {
                    for (int c = from; c < to; c++) {
                        HeldOut h = cases.get(c);
                        Ranking ranking = model.rank(h.seed(), listLength);
                        int[] ranked = ranking.items();
                        int[] truth = h.truthView();
                        double[] v = values[c];
                        int m = 0;
                        if (set != MetricSet.CHALLENGE) {
                            for (int k : KS) {
                                v[m++] = Metrics.recall(ranked, truth, k);
                                v[m++] = Metrics.ndcg(ranked, truth, k);
                                v[m++] = Metrics.precision(ranked, truth, k);
                                v[m++] = Metrics.hit(ranked, truth, k);
                            }
                        }
                        if (set != MetricSet.TOP_K) {
                            v[m++] = Metrics.rPrecision(ranked, truth, itemArtist);
                            v[m++] = Metrics.ndcgMpd(ranked, truth, CHALLENGE_LENGTH);
                            v[m++] = Metrics.clicks(ranked, truth, CHALLENGE_LENGTH);
                        }
                        v[m++] = Metrics.artistDiversity(ranked, itemArtist, cut);
                        double pop = 0;
                        int n = Math.min(cut, ranked.length);
                        for (int i = 0; i < n; i++) {
                            pop += popPct[ranked[i]];
                            seen[w][ranked[i]] = true;
                        }
                        v[m++] = n == 0 ? 0 : pop / n;
                        v[m] =
                                Metrics.versionLeakRate(
                                        ranked, h.seed().items(), catalog.songIds(), cut);
                    }
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        int covered = 0;
        for (int i = 0; i < items; i++) {
            for (boolean[] s : seen) {
                if (s[i]) {
                    covered++;
                    break;
                }
            }
        }
        return new Scores(names, values, items == 0 ? 0 : (double) covered / items, seconds);
    }
}
