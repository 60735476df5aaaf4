package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Personalisation: a base model's scores (scaled to at most 1) blended with the seed owner's own
 * top items and top artists (each scaled to at most 1), the blend weight decaying with seed length,
 * {@code weight / (1 + |seed| / halfLength)}: an empty or short playlist leans on the listener's
 * taste, a long one on its own content. Without top data it is the base model. Per request: the
 * base model plus O(top items + items of top artists via a catalog scan).
 */
public final class PersonalModel extends ScoringModel {

    /** The model's name. */
    public static final String NAME = "personal";

    private final ScoringModel base;
    private final float weight;
    private final float halfLength;
    private CsrMatrix topItems = CsrMatrix.empty(0, 0);
    private CsrMatrix topArtists = CsrMatrix.empty(0, 0);
    private int[] itemArtist = new int[0];

    /** Creates the model from settings: base (a model name), weight, halfLength, base.KEY. */
    public PersonalModel(Map<String, String> given) {
        super(
                NAME,
                new Settings(NAME, given, Set.of("base", "weight", "halfLength"), Set.of("base")));
        String baseName = settings.string("base", AlsModel.NAME);
        base = (ScoringModel) Models.create(baseName, settings.component("base"));
        weight = (float) settings.doubleValue("weight", 1.0, 0, 100);
        halfLength = (float) settings.doubleValue("halfLength", 10, 0.1, 1e6);
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> out = new java.util.LinkedHashMap<>(super.settings());
        base.settings().forEach((k, v) -> out.putIfAbsent("base." + k, v));
        return out;
    }

    @Override
    protected void train(TrainingData data, Catalog c, Progress progress) {
        base.fit(data, progress.component("base"));
        topItems = data.topItems();
        topArtists = data.topArtists();
        itemArtist = new int[data.items().size()];
        for (int i = 0; i < itemArtist.length; i++) {
            itemArtist[i] = data.itemArtist(i);
        }
    }

    @Override
    protected void writeState(StateIO.Writer w) {
        base.save(w.sub("base"));
    }

    @Override
    protected void readState(StateIO.Reader r, TrainingData data, Catalog c) {
        base.load(r.sub("base"), data);
        topItems = data.topItems();
        topArtists = data.topArtists();
        itemArtist = new int[data.items().size()];
        for (int i = 0; i < itemArtist.length; i++) {
            itemArtist[i] = data.itemArtist(i);
        }
    }

    @Override
    public void score(Seed seed, float[] out) {
        base.score(seed, out);
        int user = seed.user();
        if (user < 0 || user >= topItems.rows() || weight == 0) {
            return;
        }
        float max = 0;
        for (float v : out) {
            max = Math.max(max, Math.abs(v == Float.NEGATIVE_INFINITY ? 0 : v));
        }
        float scale = max > 0 ? 1 / max : 1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] != Float.NEGATIVE_INFINITY) {
                out[i] *= scale;
            }
        }
        float w = weight / (1 + seed.size() / halfLength);
        add(out, topItems, user, w, null);
        if (user < topArtists.rows() && topArtists.rowLength(user) > 0) {
            add(out, topArtists, user, w, itemArtist);
        }
    }

    /**
     * Adds {@code w * weight / max weight} for the user's top entries (items, or items of artists).
     */
    private static void add(float[] out, CsrMatrix top, int user, float w, int[] itemArtist) {
        float max = 0;
        for (int p = top.rowStart(user); p < top.rowEnd(user); p++) {
            max = Math.max(max, top.value(p));
        }
        if (max == 0) {
            return;
        }
        if (itemArtist == null) {
            for (int p = top.rowStart(user); p < top.rowEnd(user); p++) {
                bump(out, top.colIndex(p), w * top.value(p) / max);
            }
            return;
        }
        for (int i = 0; i < out.length; i++) {
            float v = itemArtist[i] < 0 ? 0 : top.get(user, itemArtist[i]);
            if (v > 0) {
                bump(out, i, w * v / max);
            }
        }
    }

    private static void bump(float[] out, int item, float v) {
        out[item] = out[item] == Float.NEGATIVE_INFINITY ? v : out[item] + v;
    }

    @Override
    protected List<Reason> reasons(Seed seed, int item) {
        List<Reason> out = new ArrayList<>();
        int user = seed.user();
        if (user >= 0 && user < topItems.rows()) {
            float v = topItems.get(user, item);
            if (v > 0) {
                out.add(new Reason(Reason.Kind.TOP_ITEM, itemKey(item), v));
            }
            int artist = itemArtist[item];
            if (artist >= 0 && user < topArtists.rows() && topArtists.get(user, artist) > 0) {
                out.add(
                        new Reason(
                                Reason.Kind.TOP_ITEM,
                                data().artists().key(artist),
                                topArtists.get(user, artist)));
            }
        }
        out.addAll(base.explain(seed, item).reasons());
        return out;
    }
}
