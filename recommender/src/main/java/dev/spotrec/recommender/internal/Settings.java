package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.RecommenderException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A model's settings: string key-values with typed, range-checked getters. Unknown keys are
 * rejected up front so a typo ("factor=128") fails loudly instead of silently using a default. The
 * effective settings (given values plus defaults used) are reported back for results JSON.
 */
public final class Settings {

    private final String model;
    private final Map<String, String> given;
    private final Map<String, String> effective =
            Collections.synchronizedMap(new LinkedHashMap<>());

    /** Creates settings for {@code model}, rejecting keys outside {@code allowed}. */
    public Settings(String model, Map<String, String> given, Set<String> allowed) {
        this(model, given, allowed, Set.of());
    }

    /**
     * Creates settings for {@code model}, rejecting keys outside {@code allowed} unless they start
     * with one of {@code prefixes} followed by a dot (settings of a component model, e.g. {@code
     * als.factors}).
     */
    public Settings(
            String model, Map<String, String> given, Set<String> allowed, Set<String> prefixes) {
        this.model = model;
        this.given = Map.copyOf(given);
        for (String key : given.keySet()) {
            int dot = key.indexOf('.');
            boolean component = dot > 0 && prefixes.contains(key.substring(0, dot));
            if (!allowed.contains(key) && !component) {
                throw new RecommenderException(
                        "model '"
                                + model
                                + "' has no setting '"
                                + key
                                + "'; known settings: "
                                + new java.util.TreeSet<>(allowed)
                                + (prefixes.isEmpty()
                                        ? ""
                                        : " and component settings "
                                                + new java.util.TreeSet<>(prefixes)
                                                + ".KEY"));
            }
        }
    }

    /** Returns the given settings that start with {@code prefix.}, without the prefix. */
    public Map<String, String> component(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        given.forEach(
                (k, v) -> {
                    if (k.startsWith(prefix + ".")) {
                        out.put(k.substring(prefix.length() + 1), v);
                    }
                });
        return out;
    }

    /** Returns an int setting within [min, max]. */
    public int intValue(String key, int defaultValue, int min, int max) {
        String raw = given.get(key);
        int v;
        try {
            v = raw == null ? defaultValue : Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw bad(key, raw, "an integer");
        }
        if (v < min || v > max) {
            throw bad(
                    key,
                    raw == null ? String.valueOf(v) : raw,
                    "an integer in [" + min + ", " + max + "]");
        }
        effective.put(key, String.valueOf(v));
        return v;
    }

    /** Returns a double setting within [min, max]. */
    public double doubleValue(String key, double defaultValue, double min, double max) {
        String raw = given.get(key);
        double v;
        try {
            v = raw == null ? defaultValue : Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            throw bad(key, raw, "a number");
        }
        if (!(v >= min && v <= max)) {
            throw bad(
                    key,
                    raw == null ? String.valueOf(v) : raw,
                    "a number in [" + min + ", " + max + "]");
        }
        effective.put(key, String.valueOf(v));
        return v;
    }

    /** Returns a string setting that must be one of {@code choices}. */
    public String choice(String key, String defaultValue, String... choices) {
        String v = given.getOrDefault(key, defaultValue).trim();
        for (String c : choices) {
            if (c.equals(v)) {
                effective.put(key, v);
                return v;
            }
        }
        throw bad(key, v, "one of " + String.join(", ", choices));
    }

    /** Returns a free-form string setting. */
    public String string(String key, String defaultValue) {
        String v = given.getOrDefault(key, defaultValue);
        effective.put(key, v);
        return v;
    }

    /** Returns the settings as given (without defaults). */
    public Map<String, String> given() {
        return given;
    }

    /** Returns the effective settings read so far (given values and the defaults used). */
    public Map<String, String> effective() {
        synchronized (effective) {
            Map<String, String> out = new LinkedHashMap<>(effective);
            given.forEach(out::putIfAbsent);
            return Collections.unmodifiableMap(out);
        }
    }

    private RecommenderException bad(String key, String value, String expected) {
        return new RecommenderException(
                "model '" + model + "': setting " + key + "=" + value + " must be " + expected);
    }
}
