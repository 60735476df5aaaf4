package dev.spotrec.recommender;

import dev.spotrec.recommender.internal.AlsModel;
import dev.spotrec.recommender.internal.ItemKnnModel;
import dev.spotrec.recommender.internal.MostPopularModel;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Creates models by name. Every model meets the {@link Recommender} contract; settings are
 * string key-values validated by the model (unknown keys and out-of-range values are rejected
 * with a message naming them).
 *
 * <table>
 *   <caption>models</caption>
 *   <tr><th>name</th><th>what</th></tr>
 *   <tr><td>most-popular</td><td>the baseline</td></tr>
 *   <tr><td>item-knn</td><td>item co-occurrence kNN (cosine, asymmetric cosine, BM25)</td></tr>
 *   <tr><td>als</td><td>implicit ALS with conjugate gradient and fold-in</td></tr>
 * </table>
 */
public final class Models {

    private static final Map<String, Function<Map<String, String>, Recommender>> FACTORIES = Map.of(
            MostPopularModel.NAME, MostPopularModel::new,
            ItemKnnModel.NAME, ItemKnnModel::new,
            AlsModel.NAME, AlsModel::new);

    private Models() {
    }

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
            throw new RecommenderException("unknown model '" + name + "'; known models: " + String.join(", ", names()));
        }
        return factory.apply(Map.copyOf(settings));
    }

    /** Creates an unfitted model with default settings. */
    public static Recommender create(String name) {
        return create(name, Map.of());
    }
}
