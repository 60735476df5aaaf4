package dev.spotrec.app;

import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.recommender.eval.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses and checks {@code --models} values before any work starts. A value is a comma-separated
 * list of model names; a model with settings ({@code name:key=v1|v2;key2=v}) ends its value (its
 * settings may hold commas), so give it last or in its own {@code --models}.
 */
final class ModelSpecs {
    private ModelSpecs() {}

    static List<ModelSpec> parse(List<String> values) {
        List<ModelSpec> out = new ArrayList<>();
        for (String value : values) {
            String rest = value.strip();
            while (!rest.isEmpty()) {
                int comma = rest.indexOf(',');
                int colon = rest.indexOf(':');
                String one;
                if (comma < 0 || (colon >= 0 && colon < comma)) {
                    one = rest;
                    rest = "";
                } else {
                    one = rest.substring(0, comma);
                    rest = rest.substring(comma + 1).strip();
                }
                if (!one.isBlank()) {
                    out.add(check(one.strip()));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--models: give at least one model");
        }
        return out;
    }

    private static ModelSpec check(String text) {
        ModelSpec spec;
        try {
            spec = ModelSpec.parse(text);
        } catch (RecommenderException e) {
            throw new IllegalArgumentException("--models " + text + ": " + e.getMessage(), e);
        }
        if (!Models.names().contains(spec.name())) {
            throw new IllegalArgumentException(
                    "--models: unknown model '"
                            + spec.name()
                            + "'; known models: "
                            + String.join(", ", Models.names()));
        }
        for (Map<String, String> point : spec.points()) {
            try {
                Models.create(spec.name(), point);
            } catch (RecommenderException e) {
                throw new IllegalArgumentException("--models " + text + ": " + e.getMessage(), e);
            }
        }
        return spec;
    }
}
