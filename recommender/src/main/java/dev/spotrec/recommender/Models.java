package dev.spotrec.recommender;

import dev.spotrec.recommender.internal.AlsModel;
import dev.spotrec.recommender.internal.ContentModel;
import dev.spotrec.recommender.internal.HybridModel;
import dev.spotrec.recommender.internal.ItemKnnModel;
import dev.spotrec.recommender.internal.MostPopularModel;
import dev.spotrec.recommender.internal.PersonalModel;
import dev.spotrec.recommender.internal.SocialModel;
import dev.spotrec.recommender.internal.TitleModel;
import dev.spotrec.recommender.internal.UserKnnModel;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Creates models by name. Every model meets the {@link Recommender} contract; settings are string
 * key-values validated by the model (unknown keys and out-of-range values are rejected with a
 * message naming them).
 *
 * <table>
 *   <caption>models</caption>
 *   <tr><th>name</th><th>what</th></tr>
 *   <tr><td>most-popular</td><td>the baseline</td></tr>
 *   <tr><td>item-knn</td><td>item co-occurrence kNN (cosine, asymmetric cosine, BM25)</td></tr>
 *   <tr><td>user-knn</td><td>row (user or playlist) kNN: similar rows vote for their items</td></tr>
 *   <tr><td>als</td><td>implicit ALS with conjugate gradient and fold-in</td></tr>
 *   <tr><td>content</td><td>attributes (standardised) and tags (TF-IDF), cosine to the seed profile</td></tr>
 *   <tr><td>social</td><td>first- and second-degree connections' items, with decay</td></tr>
 *   <tr><td>title</td><td>playlist-name tokens to items, learned from named playlists</td></tr>
 *   <tr><td>personal</td><td>a base model blended with the owner's top items and artists</td></tr>
 *   <tr><td>hybrid</td><td>two-stage: component candidates re-ranked by boosted trees</td></tr>
 * </table>
 */
public final class Models {

    private static final Map<String, Function<Map<String, String>, Recommender>> FACTORIES =
            Map.of(
                    MostPopularModel.NAME, MostPopularModel::new,
                    ItemKnnModel.NAME, ItemKnnModel::new,
                    UserKnnModel.NAME, UserKnnModel::new,
                    AlsModel.NAME, AlsModel::new,
                    ContentModel.NAME, ContentModel::new,
                    SocialModel.NAME, SocialModel::new,
                    TitleModel.NAME, TitleModel::new,
                    PersonalModel.NAME, PersonalModel::new,
                    HybridModel.NAME, HybridModel::new);

    private Models() {}

    /** Returns the known model names, sorted. */
    public static List<String> names() {
        return FACTORIES.keySet().stream().sorted().toList();
    }

    /**
     * Creates an unfitted model.
     *
     * @throws RecommenderException for an unknown name or a bad setting
     */
    public static Recommender create(String name, Map<String, String> settings) {
        var factory = FACTORIES.get(name);
        if (factory == null) {
            throw new RecommenderException(
                    "unknown model '" + name + "'; known models: " + String.join(", ", names()));
        }
        return factory.apply(Map.copyOf(settings));
    }

    /** Creates an unfitted model with default settings. */
    public static Recommender create(String name) {
        return create(name, Map.of());
    }
}
