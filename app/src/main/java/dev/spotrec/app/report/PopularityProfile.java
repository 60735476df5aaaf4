package dev.spotrec.app.report;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Ranking;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.eval.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where a model's recommendations fall on the catalog's popularity curve, against the most-popular
 * baseline: the share of recommended slots per popularity-percentile decile, beside the share of
 * catalog items and of playlist slots (interactions) in each decile.
 *
 * <p>Idea: an item's popularity is the number of rows (playlists) that contain it; its percentile
 * is {@link Metrics#popularityPercentiles} (mid-rank for ties). A sample of rows, drawn without
 * replacement with a seeded generator, is given to each model as seeds; every recommended slot adds
 * to its item's decile. A model that only echoes the head piles up in the top decile; one that
 * reaches the long tail spreads. Cost: O(I log I) for the percentiles plus {@code lists} calls of
 * the models' {@code rank}.
 *
 * @param lists how many sampled rows were recommended for
 * @param listLength recommendations per list
 * @param catalogShare share of catalog items per decile (10 values)
 * @param interactionShare share of playlist slots per decile (10 values)
 * @param model the model's arm
 * @param baseline the most-popular arm, or null when the model is the baseline itself
 */
public record PopularityProfile(
        int lists,
        int listLength,
        List<Double> catalogShare,
        List<Double> interactionShare,
        Arm model,
        Arm baseline) {

    /** Deciles of the percentile axis. */
    public static final int BINS = 10;

    /** Validates and copies. */
    public PopularityProfile {
        if (lists < 0 || listLength < 1 || model == null) {
            throw new IllegalArgumentException(
                    "PopularityProfile: need lists >= 0, listLength >= 1 and a model, got "
                            + lists
                            + ", "
                            + listLength);
        }
        catalogShare = checkBins("catalogShare", catalogShare);
        interactionShare = checkBins("interactionShare", interactionShare);
    }

    /**
     * One model's recommendations.
     *
     * @param name the model name
     * @param share share of recommended slots per decile (10 values)
     * @param meanPercentile mean popularity percentile of the recommendations (0-100)
     * @param coverage distinct recommended items over catalog items
     * @param artistDiversity mean over lists of distinct artists over list length
     */
    public record Arm(
            String name,
            List<Double> share,
            double meanPercentile,
            double coverage,
            double artistDiversity) {
        /** Validates and copies. */
        public Arm {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Arm: name must be set");
            }
            share = checkBins("share", share);
        }
    }

    /**
     * Recommends {@code listLength} items for {@code lists} sampled rows of the model's training
     * data with the model and with a most-popular baseline fitted on the same data.
     *
     * @param model a fitted model (e.g. from {@code ModelStore.load})
     * @param lists rows to sample (fewer when the data has fewer)
     * @param listLength recommendations per row
     * @param seed the sampling seed
     */
    public static PopularityProfile measure(
            Recommender model, int lists, int listLength, long seed) {
        if (lists < 1 || listLength < 1) {
            throw new IllegalArgumentException(
                    "lists and listLength must be >= 1, got " + lists + ", " + listLength);
        }
        TrainingData data = model.data();
        int[] popularity = popularity(data.interactions());
        double[] percentile = Metrics.popularityPercentiles(popularity);
        int[] rows = sample(data.rows().size(), lists, seed);
        Arm ours = arm(model, data, rows, listLength, percentile);
        Arm base = null;
        if (!"most-popular".equals(model.name())) {
            Recommender popular = Models.create("most-popular");
            popular.fit(data);
            base = arm(popular, data, rows, listLength, percentile);
        }
        double[] catalog = new double[BINS];
        double[] slots = new double[BINS];
        for (int i = 0; i < percentile.length; i++) {
            catalog[bin(percentile[i])] += 1;
            slots[bin(percentile[i])] += popularity[i];
        }
        return new PopularityProfile(
                rows.length, listLength, normalise(catalog), normalise(slots), ours, base);
    }

    private static Arm arm(
            Recommender model, TrainingData data, int[] rows, int n, double[] percentile) {
        int items = data.items().size();
        int[] itemArtist = new int[items];
        for (int i = 0; i < items; i++) {
            itemArtist[i] = data.itemArtist(i);
        }
        boolean[] seen = new boolean[items];
        double[] bins = new double[BINS];
        double percentileSum = 0;
        double diversitySum = 0;
        long slots = 0;
        for (int row : rows) {
            Ranking ranking = model.rank(data.seedForRow(row), n);
            int[] ranked = java.util.Arrays.copyOf(ranking.items(), ranking.size());
            for (int item : ranked) {
                seen[item] = true;
                bins[bin(percentile[item])] += 1;
                percentileSum += percentile[item];
            }
            slots += ranked.length;
            diversitySum += Metrics.artistDiversity(ranked, itemArtist, n);
        }
        int distinct = 0;
        for (boolean s : seen) {
            distinct += s ? 1 : 0;
        }
        return new Arm(
                model.name(),
                normalise(bins),
                slots == 0 ? Double.NaN : percentileSum / slots,
                items == 0 ? 0 : (double) distinct / items,
                rows.length == 0 ? Double.NaN : diversitySum / rows.length);
    }

    /** Rows containing each item: column counts of the interaction matrix. */
    private static int[] popularity(CsrMatrix m) {
        int[] counts = new int[m.cols()];
        int[] indices = m.indices();
        for (int k = 0; k < m.nnz(); k++) {
            counts[indices[k]]++;
        }
        return counts;
    }

    /** A partial Fisher-Yates shuffle: {@code k} distinct rows out of {@code n}, O(n). */
    private static int[] sample(int n, int k, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int take = Math.min(n, k);
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(all, take);
        java.util.Arrays.sort(out);
        return out;
    }

    private static int bin(double percentile) {
        return Math.min(BINS - 1, Math.max(0, (int) (percentile / (100.0 / BINS))));
    }

    private static List<Double> normalise(double[] counts) {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        List<Double> out = new ArrayList<>(counts.length);
        for (double c : counts) {
            out.add(total == 0 ? 0 : c / total);
        }
        return out;
    }

    private static List<Double> checkBins(String name, List<Double> bins) {
        if (bins == null || bins.size() != BINS) {
            throw new IllegalArgumentException(
                    name + " must have " + BINS + " values, got " + bins);
        }
        return List.copyOf(bins);
    }
}
