package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline: every seed gets the items held by the most rows. O(items) per request; training is
 * the popularity count the {@link Catalog} already holds.
 */
public final class MostPopularModel extends ScoringModel {

    /** The model's name. */
    public static final String NAME = "most-popular";

    private float[] scores = new float[0];

    /** Creates the model; it takes no settings. */
    public MostPopularModel(Map<String, String> settings) {
        super(NAME, new Settings(NAME, settings, Set.of()));
    }

    @Override
    protected void train(TrainingData data, Catalog c, Progress progress) {
        float[] s = new float[c.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = c.popularity()[i];
        }
        scores = s;
    }

    @Override
    public void score(Seed seed, float[] out) {
        System.arraycopy(scores, 0, out, 0, scores.length);
    }

    @Override
    protected List<Reason> reasons(Seed seed, int item) {
        return List.of(new Reason(Reason.Kind.POPULARITY, null, scores[item]));
    }
}
