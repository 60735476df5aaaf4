package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.HeldOut;
import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The RecSys Challenge 2018 protocol on Million-Playlist-format data: held-out playlists (rows) are
 * removed from training and assigned to the ten challenge groups; a model sees each one's title
 * and/or first (or random) k tracks and ranks 500; the rest are the truth.
 *
 * <p>Groups: title only; title + first 1, 5, 10, 25, 100; no title + first 5, 10; title + 25 or 100
 * random tracks. A playlist is eligible for a group with k seed tracks when at least max(5, k/2)
 * tracks stay hidden (so 100-track groups need 150+ tracks) and, for titled groups, it has a title.
 * Rows are shuffled with {@code Random(seed)}; groups are filled hardest first (largest k) so long
 * playlists are not used up by easy groups; test cases are drawn first, then an equally sized,
 * disjoint validation set.
 */
public final class Recsys2018 implements Protocol {

    /** The protocol's name. */
    public static final String NAME = "recsys2018";

    private record Group(String name, int k, boolean titled, boolean random) {}

    private static final List<Group> GROUPS =
            List.of(
                    new Group("title-only", 0, true, false),
                            new Group("title+first1", 1, true, false),
                    new Group("title+first5", 5, true, false), new Group("first5", 5, false, false),
                    new Group("title+first10", 10, true, false),
                            new Group("first10", 10, false, false),
                    new Group("title+first25", 25, true, false),
                            new Group("title+random25", 25, true, true),
                    new Group("title+first100", 100, true, false),
                            new Group("title+random100", 100, true, true));

    private final int perGroup;

    /**
     * Creates the protocol with {@code perGroup} playlists per group (1000 in the challenge), or 0
     * for automatic.
     */
    public Recsys2018(int perGroup) {
        if (perGroup < 0) {
            throw new RecommenderException(
                    "recsys2018: perGroup must be >= 0 (0 = automatic), got " + perGroup);
        }
        this.perGroup = perGroup;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public MetricSet metricSet() {
        return MetricSet.CHALLENGE;
    }

    @Override
    public Task task(TrainingData data, long seed) {
        int rows = data.rows().size();
        int per = perGroup > 0 ? perGroup : Math.max(1, Math.min(1000, rows / 100));
        int[] order = shuffledRows(rows, new Random(seed));
        boolean[] used = new boolean[rows];
        List<HeldOut> test = draw(data, order, used, per, new Random(seed ^ 0x5DEECE66DL));
        List<HeldOut> validation = draw(data, order, used, per, new Random(seed ^ 0xB5297A4DL));
        if (test.isEmpty()) {
            throw new RecommenderException(
                    "recsys2018: no playlist is long enough for any challenge group; the data "
                            + "needs playlists with at least 5 tracks");
        }
        CsrMatrix.Builder kept = CsrMatrix.builder();
        CsrMatrix m = data.interactions();
        for (int r = 0; r < rows; r++) {
            if (!used[r]) {
                for (int k = m.rowStart(r); k < m.rowEnd(r); k++) {
                    kept.add(r, m.colIndex(k), m.value(k));
                }
            }
        }
        CsrMatrix train = kept.build(rows, m.cols());
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("trainPairs", train.nnz());
        sizes.put("validationPlaylists", validation.size());
        sizes.put("testPlaylists", test.size());
        return new Task(data.withInteractions(train), validation, test, sizes);
    }

    private List<HeldOut> draw(
            TrainingData data, int[] order, boolean[] used, int per, Random random) {
        List<HeldOut> cases = new ArrayList<>();
        for (int g = GROUPS.size() - 1; g >= 0; g--) {
            Group group = GROUPS.get(g);
            int taken = 0;
            for (int x = 0; x < order.length && taken < per; x++) {
                int r = order[x];
                String title = data.rowTitle(r);
                int length = data.interactions().rowLength(r);
                boolean titleOk = !group.titled() || (title != null && !title.isBlank());
                if (used[r] || !titleOk || length - group.k() < Math.max(5, group.k() / 2)) {
                    continue;
                }
                used[r] = true;
                taken++;
                cases.add(holdOut(data, r, group, random));
            }
        }
        return cases;
    }

    private static HeldOut holdOut(TrainingData data, int r, Group group, Random random) {
        int[] items = data.orderedRow(r);
        if (group.random()) {
            shuffle(items, random);
        }
        int[] seedItems = Arrays.copyOf(items, group.k());
        int[] hidden = Arrays.copyOfRange(items, group.k(), items.length);
        Seed seed =
                new Seed(
                        -1,
                        data.rowOwner(r),
                        seedItems,
                        group.titled() ? data.rowTitle(r) : null,
                        null);
        return new HeldOut(seed, hidden, group.name());
    }

    static int[] shuffledRows(int rows, Random random) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        shuffle(order, random);
        return order;
    }

    static void shuffle(int[] a, Random random) {
        for (int i = a.length; i > 1; i--) {
            int j = random.nextInt(i);
            int tmp = a[i - 1];
            a[i - 1] = a[j];
            a[j] = tmp;
        }
    }
}
