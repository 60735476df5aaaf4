package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.HeldOut;
import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The playlist hold-out protocol (for Spotify CSV and synthetic worlds): a seeded share of the
 * playlists with at least 5 tracks is held out (half for validation, half for test) and removed
 * from training; each keeps its title and a random 80% of its tracks as the seed (at least one
 * track hidden), and the hidden tracks are the truth. Models must fold the playlist in.
 */
public final class PlaylistHoldout implements Protocol {

    /** The protocol's name. */
    public static final String NAME = "playlist-holdout";

    private static final int MIN_LENGTH = 5;
    private final double share;

    /**
     * Creates the protocol holding out {@code share} of eligible playlists (e.g. 0.2: 10% test, 10%
     * validation).
     */
    public PlaylistHoldout(double share) {
        if (!(share > 0 && share < 1)) {
            throw new RecommenderException(
                    "playlist-holdout: share must be in (0, 1), got " + share);
        }
        this.share = share;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public MetricSet metricSet() {
        return MetricSet.BOTH;
    }

    @Override
    public Task task(TrainingData data, long seed) {
        Random random = new Random(seed);
        CsrMatrix m = data.interactions();
        int[] order = Recsys2018.shuffledRows(m.rows(), random);
        List<Integer> eligible = new ArrayList<>();
        for (int r : order) {
            if (m.rowLength(r) >= MIN_LENGTH) {
                eligible.add(r);
            }
        }
        int held = (int) Math.round(eligible.size() * share);
        if (held < 2) {
            throw new RecommenderException(
                    "playlist-holdout: only "
                            + eligible.size()
                            + " playlists have at least "
                            + MIN_LENGTH
                            + " tracks; need enough to hold out two");
        }
        boolean[] out = new boolean[m.rows()];
        List<HeldOut> validation = new ArrayList<>();
        List<HeldOut> test = new ArrayList<>();
        for (int x = 0; x < held; x++) {
            int r = eligible.get(x);
            out[r] = true;
            (x % 2 == 0 ? test : validation).add(holdOut(data, r, random));
        }
        CsrMatrix.Builder kept = CsrMatrix.builder();
        for (int r = 0; r < m.rows(); r++) {
            for (int k = m.rowStart(r); !out[r] && k < m.rowEnd(r); k++) {
                kept.add(r, m.colIndex(k), m.value(k));
            }
        }
        CsrMatrix train = kept.build(m.rows(), m.cols());
        return new Task(
                data.withInteractions(train),
                validation,
                test,
                Map.of(
                        "trainPairs",
                        train.nnz(),
                        "validationPlaylists",
                        validation.size(),
                        "testPlaylists",
                        test.size()));
    }

    private static HeldOut holdOut(TrainingData data, int r, Random random) {
        int[] items = data.orderedRow(r);
        int[] shuffled = items.clone();
        Recsys2018.shuffle(shuffled, random);
        int hide = Math.max(1, (int) Math.round(items.length * 0.2));
        int[] hidden = Arrays.copyOf(shuffled, hide);
        int[] hiddenSorted = hidden.clone();
        Arrays.sort(hiddenSorted);
        int[] seedItems = new int[items.length - hide];
        int n = 0;
        for (int item : items) {
            if (Arrays.binarySearch(hiddenSorted, item) < 0) {
                seedItems[n++] = item;
            }
        }
        Seed seed =
                new Seed(-1, data.rowOwner(r), Arrays.copyOf(seedItems, n), data.rowTitle(r), null);
        return new HeldOut(seed, hidden, "all");
    }
}
