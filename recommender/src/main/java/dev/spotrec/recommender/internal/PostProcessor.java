package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.RankOptions;
import dev.spotrec.recommender.Ranking;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.Arrays;

/**
 * Turns masked scores into the final list: top candidates, then version de-duplication (no version
 * of a seed song, no two versions of one song) and the optional per-artist cap. The candidate pool
 * starts at n + n/2 + 16 and quadruples when post-processing drops too many, so the common case
 * selects once. When a model proposes fewer than n candidates (a social model for a user without
 * connections, a title model without a title), the list is completed from the most popular items,
 * scored just below the weakest candidate.
 */
final class PostProcessor {

    private PostProcessor() {}

    static Ranking select(
            float[] scores,
            Catalog catalog,
            TrainingData data,
            Seed seed,
            int n,
            RankOptions options) {
        int items = scores.length;
        int[] songs = catalog.songIds();
        IntIntMap seedSongs = new IntIntMap(seed.size() + 1);
        if (options.dedupVersions()) {
            for (int i = 0; i < seed.size(); i++) {
                if (seed.item(i) < items) {
                    seedSongs.addTo(songs[seed.item(i)], 1);
                }
            }
        }
        int pool = Math.min(items, n + n / 2 + 16);
        while (true) {
            int[] candidates = TopN.select(scores, catalog.popRank(), pool);
            int[] chosen = new int[Math.min(n, candidates.length)];
            int count = walk(candidates, chosen, songs, seedSongs, data, options);
            if (count == chosen.length || candidates.length < pool || pool == items) {
                float floor = 0;
                for (int i = 0; i < count; i++) {
                    floor = Math.min(floor, scores[chosen[i]]);
                }
                int modelled = count;
                if (count < n) {
                    chosen = Arrays.copyOf(chosen, Math.min(n, items));
                    count = fill(chosen, count, scores, catalog, data, seed, seedSongs, options);
                }
                int[] out = Arrays.copyOf(chosen, count);
                float[] s = new float[count];
                for (int i = 0; i < count; i++) {
                    s[i] = i < modelled ? scores[out[i]] : floor - 1;
                }
                return new Ranking(out, s);
            }
            pool = (int) Math.min(items, pool * 4L);
        }
    }

    /**
     * Completes the list with popular items that are not candidates, excluded or versions of chosen
     * ones.
     */
    private static int fill(
            int[] chosen,
            int count,
            float[] scores,
            Catalog catalog,
            TrainingData data,
            Seed seed,
            IntIntMap seedSongs,
            RankOptions options) {
        IntIntMap excluded = new IntIntMap(seed.size() + seed.excludeSize() + 1);
        for (int i = 0; i < seed.size(); i++) {
            excluded.addTo(seed.item(i), 1);
        }
        for (int i = 0; i < seed.excludeSize(); i++) {
            excluded.addTo(seed.excluded(i), 1);
        }
        int[] byPopularity = catalog.byPopularity();
        for (int want = 2 * chosen.length + 16; ; want *= 4) {
            int[] extra = new int[Math.min(want, byPopularity.length)];
            int m = 0;
            int x = 0;
            for (; x < byPopularity.length && m < extra.length; x++) {
                int item = byPopularity[x];
                if (scores[item] == Float.NEGATIVE_INFINITY && !excluded.contains(item)) {
                    extra[m++] = item;
                }
            }
            int[] merged = Arrays.copyOf(chosen, count + m);
            System.arraycopy(extra, 0, merged, count, m);
            int[] out = new int[chosen.length];
            int total = walk(merged, out, catalog.songIds(), seedSongs, data, options);
            if (total == chosen.length || x == byPopularity.length) {
                System.arraycopy(out, 0, chosen, 0, total);
                return total;
            }
        }
    }

    private static int walk(
            int[] candidates,
            int[] chosen,
            int[] songs,
            IntIntMap seedSongs,
            TrainingData data,
            RankOptions options) {
        IntIntMap chosenSongs = new IntIntMap(chosen.length + 1);
        IntIntMap perArtist = new IntIntMap(16);
        int count = 0;
        for (int c = 0; c < candidates.length && count < chosen.length; c++) {
            int item = candidates[c];
            if (options.dedupVersions()) {
                int song = songs[item];
                if (seedSongs.contains(song) || chosenSongs.contains(song)) {
                    continue;
                }
            }
            if (options.maxPerArtist() > 0) {
                int artist = data.itemArtist(item);
                if (artist >= 0 && perArtist.get(artist) >= options.maxPerArtist()) {
                    continue;
                }
                if (artist >= 0) {
                    perArtist.addTo(artist, 1);
                }
            }
            if (options.dedupVersions()) {
                chosenSongs.addTo(songs[item], 1);
            }
            chosen[count++] = item;
        }
        return count;
    }
}
