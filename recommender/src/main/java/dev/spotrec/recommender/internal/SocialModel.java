package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recommends what the seed owner's connections like: first-degree connections (friends, owners of
 * followed playlists) with their link weight, second-degree ones with weight {@code decay * w(u,v)
 * w(v,z)}, each connection voting for the items of the rows it owns with weight {@code 1 /
 * |row|^beta}. Scores are the summed votes; the seed itself plays no part, so the model is most
 * useful as a hybrid feature. Per request O(sum over connections of their items), with
 * second-degree connections capped at {@code maxConnections} by weight.
 */
public final class SocialModel extends ScoringModel {

    /** The model's name. */
    public static final String NAME = "social";

    private final double decay;
    private final double beta;
    private final int maxConnections;
    private CsrMatrix links = CsrMatrix.empty(0, 0);
    private CsrMatrix ownedRows = CsrMatrix.empty(0, 0);
    private CsrMatrix interactions = CsrMatrix.empty(0, 0);

    /** Creates the model from settings: decay, beta, maxConnections. */
    public SocialModel(Map<String, String> given) {
        super(NAME, new Settings(NAME, given, Set.of("decay", "beta", "maxConnections")));
        decay = settings.doubleValue("decay", 0.25, 0, 1);
        beta = settings.doubleValue("beta", 0.5, 0, 2);
        maxConnections = settings.intValue("maxConnections", 500, 1, 1_000_000);
    }

    @Override
    protected void train(TrainingData data, Catalog c, Progress progress) {
        links = data.links();
        interactions = data.interactions();
        CsrMatrix.Builder b = CsrMatrix.builder();
        for (int r = 0; r < data.rows().size(); r++) {
            if (data.rowOwner(r) >= 0) {
                b.add(data.rowOwner(r), r, 1);
            }
        }
        ownedRows = b.build(data.users().size(), data.rows().size());
    }

    /**
     * Returns the weighted connections of {@code user}: ids and weights, first and second degree.
     */
    Connections connections(int user) {
        if (user < 0 || user >= links.rows()) {
            return new Connections(new int[0], new float[0]);
        }
        // slot.get(v) = 1 + position of v in ids/weights (0 = absent).
        IntIntMap slot = new IntIntMap(64);
        int[] ids = new int[16];
        float[] weights = new float[16];
        int n = 0;
        for (int p = links.rowStart(user); p < links.rowEnd(user); p++) {
            int v = links.colIndex(p);
            if (v == user) {
                continue;
            }
            if (n == ids.length) {
                ids = java.util.Arrays.copyOf(ids, 2 * n);
                weights = java.util.Arrays.copyOf(weights, 2 * n);
            }
            n = add(slot, ids, weights, n, v, links.value(p));
        }
        int firstDegree = n;
        for (int f = 0; f < firstDegree && decay > 0; f++) {
            int v = ids[f];
            float wv = weights[f];
            for (int p = links.rowStart(v); p < links.rowEnd(v); p++) {
                int z = links.colIndex(p);
                if (z == user || (slot.get(z) > 0 && slot.get(z) <= firstDegree)) {
                    continue;
                }
                if (n == ids.length) {
                    ids = java.util.Arrays.copyOf(ids, 2 * n);
                    weights = java.util.Arrays.copyOf(weights, 2 * n);
                }
                n = add(slot, ids, weights, n, z, (float) (decay * wv * links.value(p)));
            }
        }
        return Connections.strongest(ids, weights, n, maxConnections);
    }

    private static int add(IntIntMap slot, int[] ids, float[] weights, int n, int user, float w) {
        int s = slot.get(user);
        if (s > 0) {
            weights[s - 1] += w;
            return n;
        }
        ids[n] = user;
        weights[n] = w;
        slot.addTo(user, n + 1);
        return n + 1;
    }

    @Override
    public void score(Seed seed, float[] out) {
        Connections conn = connections(seed.user());
        for (int x = 0; x < conn.users().length; x++) {
            vote(conn.users()[x], conn.weights()[x], out);
        }
    }

    private void vote(int user, float weight, float[] out) {
        for (int p = ownedRows.rowStart(user); p < ownedRows.rowEnd(user); p++) {
            int row = ownedRows.colIndex(p);
            int len = interactions.rowLength(row);
            if (len == 0) {
                continue;
            }
            float w = (float) (weight / Math.pow(len, beta));
            for (int q = interactions.rowStart(row); q < interactions.rowEnd(row); q++) {
                int item = interactions.colIndex(q);
                out[item] = out[item] == Float.NEGATIVE_INFINITY ? w : out[item] + w;
            }
        }
    }

    @Override
    protected List<Reason> reasons(Seed seed, int item) {
        Connections conn = connections(seed.user());
        List<Reason> out = new ArrayList<>();
        for (int x = 0; x < conn.users().length && out.size() < 3; x++) {
            int user = conn.users()[x];
            for (int p = ownedRows.rowStart(user); p < ownedRows.rowEnd(user); p++) {
                if (interactions.contains(ownedRows.colIndex(p), item)) {
                    out.add(
                            new Reason(
                                    Reason.Kind.CONNECTION,
                                    data().users().key(user),
                                    conn.weights()[x]));
                    break;
                }
            }
        }
        return out;
    }

    /** Connection user ids and weights, strongest first. */
    record Connections(int[] users, float[] weights) {

        static Connections strongest(int[] ids, float[] weights, int n, int max) {
            int[] order =
                    TopN.select(
                            java.util.Arrays.copyOf(weights, n),
                            java.util.Arrays.copyOf(ids, n),
                            max);
            int[] users = new int[order.length];
            float[] w = new float[order.length];
            for (int i = 0; i < order.length; i++) {
                users[i] = ids[order[i]];
                w[i] = weights[order[i]];
            }
            return new Connections(users, w);
        }
    }
}
