package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.RankOptions;
import dev.spotrec.recommender.Ranking;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.Arrays;

/**
 * Turns masked scores into the final list: top candidates, then version de-duplication (no
 * version of a seed song, no two versions of one song) and the optional per-artist cap. The
 * candidate pool starts at n + n/2 + 16 and quadruples when post-processing drops too many, so
 * the common case selects once.
 */
final class PostProcessor {

    private PostProcessor() {
    }

    static Ranking select(float[] scores, Catalog catalog, TrainingData data, Seed seed, int n, RankOptions options) {
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
                int[] out = Arrays.copyOf(chosen, count);
                float[] s = new float[count];
                for (int i = 0; i < count; i++) {
                    s[i] = scores[out[i]];
                }
                return new Ranking(out, s);
            }
            pool = (int) Math.min(items, pool * 4L);
        }
    }

    private static int walk(int[] candidates, int[] chosen, int[] songs, IntIntMap seedSongs, TrainingData data,
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
