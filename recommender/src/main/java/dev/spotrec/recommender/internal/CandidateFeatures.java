package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.Arrays;
import java.util.List;

/**
 * Stage one of the hybrid and the ranker's inputs. Each component model scores every item; its best
 * {@code perComponent} (seed and excluded items masked) become candidates, together with the most
 * popular items. For every candidate the features are, per component, the raw score, the score over
 * that component's best score, and log2(2 + rank) with rank capped at perComponent; then log(1 +
 * popularity), log(1 + seed length), the share of seed items by the candidate's artist, log(1 + the
 * owner's connections), whether the seed has a title, and the owner's own engagement: log(1 +
 * top-item weight) and log(1 + top-artist weight of the candidate's artist). The owner's strongest
 * top items are candidates too. O(components x items) per seed plus O(candidates x features).
 */
final class CandidateFeatures {

    static final int PER_COMPONENT_FEATURES = 3;
    static final int GLOBAL_FEATURES = 7;
    private static final int POPULAR = 50;
    private static final int TOP = 100;

    private final List<ScoringModel> components;
    private final int perComponent;
    private final ThreadLocal<float[][]> buffers;

    CandidateFeatures(List<ScoringModel> components, int perComponent) {
        this.components = components;
        this.perComponent = perComponent;
        this.buffers = new ThreadLocal<>();
    }

    int width() {
        return components.size() * PER_COMPONENT_FEATURES + GLOBAL_FEATURES;
    }

    /** Candidate items and their feature rows (row-major, width {@link #width()}). */
    record Candidates(int[] items, float[] features) {}

    Candidates build(Seed seed, TrainingData data, Catalog catalog, int connections) {
        int items = data.items().size();
        float[][] buf = buffers.get();
        if (buf == null
                || buf.length != components.size()
                || (buf.length > 0 && buf[0].length != items)) {
            buf = new float[components.size()][items];
            buffers.set(buf);
        }
        IntIntMap index = new IntIntMap(components.size() * perComponent + POPULAR + TOP);
        int[] order = new int[components.size() * perComponent + POPULAR + TOP];
        int n = 0;
        int[][] tops = new int[components.size()][];
        float[] best = new float[components.size()];
        for (int m = 0; m < components.size(); m++) {
            float[] s = buf[m];
            Arrays.fill(s, Float.NEGATIVE_INFINITY);
            components.get(m).score(seed, s);
            mask(seed, s);
            tops[m] = TopN.select(s, catalog.popRank(), perComponent);
            best[m] = tops[m].length == 0 ? 1f : Math.max(Math.abs(s[tops[m][0]]), 1e-12f);
            for (int item : tops[m]) {
                if (!index.contains(item)) {
                    index.addTo(item, n + 1);
                    order[n++] = item;
                }
            }
        }
        IntIntMap excluded = excluded(seed);
        for (int x = 0, added = 0; x < catalog.byPopularity().length && added < POPULAR; x++) {
            int item = catalog.byPopularity()[x];
            if (!excluded.contains(item)) {
                added++;
                if (!index.contains(item)) {
                    index.addTo(item, n + 1);
                    order[n++] = item;
                }
            }
        }
        n = addTopItems(seed, data, excluded, index, order, n);
        int[] cand = Arrays.copyOf(order, n);
        int w = width();
        float[] f = new float[n * w];
        for (int m = 0; m < components.size(); m++) {
            float[] rank = new float[n];
            Arrays.fill(rank, log2(2 + perComponent));
            for (int r = 0; r < tops[m].length; r++) {
                rank[index.get(tops[m][r]) - 1] = log2(2 + r);
            }
            for (int c = 0; c < n; c++) {
                float s = buf[m][cand[c]];
                float v = Float.isFinite(s) ? s : 0f;
                int o = c * w + m * PER_COMPONENT_FEATURES;
                f[o] = v;
                f[o + 1] = v / best[m];
                f[o + 2] = rank[c];
            }
        }
        globals(seed, data, catalog, connections, cand, f, w);
        return new Candidates(cand, f);
    }

    private static int addTopItems(
            Seed seed, TrainingData data, IntIntMap excluded, IntIntMap index, int[] order, int n) {
        var top = data.topItems();
        int user = seed.user();
        if (user < 0 || user >= top.rows()) {
            return n;
        }
        int len = top.rowLength(user);
        float[] w = new float[len];
        int[] rank = new int[len];
        for (int x = 0; x < len; x++) {
            w[x] = top.value(top.rowStart(user) + x);
            rank[x] = x;
        }
        for (int x : TopN.select(w, rank, TOP)) {
            int item = top.colIndex(top.rowStart(user) + x);
            if (!excluded.contains(item) && !index.contains(item)) {
                index.addTo(item, n + 1);
                order[n++] = item;
            }
        }
        return n;
    }

    private void globals(
            Seed seed,
            TrainingData data,
            Catalog catalog,
            int connections,
            int[] cand,
            float[] f,
            int w) {
        IntIntMap seedArtists = new IntIntMap(seed.size() + 1);
        for (int s = 0; s < seed.size(); s++) {
            int item = seed.item(s);
            if (item < data.items().size() && data.itemArtist(item) >= 0) {
                seedArtists.addTo(data.itemArtist(item), 1);
            }
        }
        float seedLength = (float) Math.log1p(seed.size());
        float social = (float) Math.log1p(connections);
        float titled = seed.title() == null || seed.title().isBlank() ? 0f : 1f;
        int g = components.size() * PER_COMPONENT_FEATURES;
        int user = seed.user();
        boolean hasTop =
                user >= 0 && user < data.topItems().rows() && data.topItems().rowLength(user) > 0;
        boolean hasTopArtists =
                user >= 0
                        && user < data.topArtists().rows()
                        && data.topArtists().rowLength(user) > 0;
        for (int c = 0; c < cand.length; c++) {
            int o = c * w + g;
            int artist = data.itemArtist(cand[c]);
            f[o] = (float) Math.log1p(catalog.popularity()[cand[c]]);
            f[o + 1] = seedLength;
            f[o + 2] =
                    artist < 0 || seed.size() == 0
                            ? 0f
                            : (float) seedArtists.get(artist) / seed.size();
            f[o + 3] = social;
            f[o + 4] = titled;
            f[o + 5] = hasTop ? (float) Math.log1p(data.topItems().get(user, cand[c])) : 0f;
            f[o + 6] =
                    hasTopArtists && artist >= 0
                            ? (float) Math.log1p(data.topArtists().get(user, artist))
                            : 0f;
        }
    }

    private static IntIntMap excluded(Seed seed) {
        IntIntMap ex = new IntIntMap(seed.size() + seed.excludeSize() + 1);
        for (int i = 0; i < seed.size(); i++) {
            ex.addTo(seed.item(i), 1);
        }
        for (int i = 0; i < seed.excludeSize(); i++) {
            ex.addTo(seed.excluded(i), 1);
        }
        return ex;
    }

    private static void mask(Seed seed, float[] s) {
        for (int i = 0; i < seed.size(); i++) {
            if (seed.item(i) < s.length) {
                s[seed.item(i)] = Float.NEGATIVE_INFINITY;
            }
        }
        for (int i = 0; i < seed.excludeSize(); i++) {
            if (seed.excluded(i) < s.length) {
                s[seed.excluded(i)] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    private static float log2(double x) {
        return (float) (Math.log(x) / Math.log(2));
    }
}
