package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.RecommenderException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model to evaluate: its name and a grid of settings. Each setting has one or more candidate
 * values; with more than one, the grid is searched on the validation split only.
 *
 * @param name the model name (see {@code Models})
 * @param grid setting name to candidate values, in order
 */
public record ModelSpec(String name, Map<String, List<String>> grid) {

    /** Validates and copies. */
    public ModelSpec {
        if (name == null || name.isBlank()) {
            throw new RecommenderException("ModelSpec: name must be non-empty");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        grid.forEach(
                (k, v) -> {
                    if (v.isEmpty()) {
                        throw new RecommenderException(
                                "ModelSpec "
                                        + name
                                        + ": setting "
                                        + k
                                        + " has no candidate values");
                    }
                    copy.put(k, List.copyOf(v));
                });
        grid = java.util.Collections.unmodifiableMap(copy);
    }

    /** A spec with fixed settings (no search). */
    public static ModelSpec of(String name, Map<String, String> settings) {
        Map<String, List<String>> grid = new LinkedHashMap<>();
        settings.forEach((k, v) -> grid.put(k, List.of(v)));
        return new ModelSpec(name, grid);
    }

    /**
     * Parses {@code name} or {@code name:key=v1|v2;key2=v}, e.g. {@code
     * als:factors=64|128;reg=0.01}.
     */
    public static ModelSpec parse(String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        String name = colon < 0 ? t : t.substring(0, colon).trim();
        Map<String, List<String>> grid = new LinkedHashMap<>();
        if (colon >= 0) {
            for (String part : t.substring(colon + 1).split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new RecommenderException(
                            "model spec '"
                                    + text
                                    + "': expected key=value in '"
                                    + part
                                    + "'; write name:key=v1|v2;key2=v");
                }
                grid.put(
                        part.substring(0, eq).trim(),
                        List.of(part.substring(eq + 1).trim().split("\\|")));
            }
        }
        return new ModelSpec(name, grid);
    }

    /**
     * Returns every point of the grid, in order (the first value of each setting varies slowest).
     */
    public List<Map<String, String>> points() {
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : grid.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> p : points) {
                for (String v : e.getValue()) {
                    Map<String, String> q = new LinkedHashMap<>(p);
                    q.put(e.getKey(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }
}
