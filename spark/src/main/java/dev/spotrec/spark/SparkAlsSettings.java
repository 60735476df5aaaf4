package dev.spotrec.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Hyperparameters of Spark MLlib's implicit ALS ({@code implicitPrefs = true}) with binary
 * preferences: every observed (row, item) pair has rating 1, so confidence is {@code 1 + alpha}.
 *
 * @param rank latent factors, 1..2048
 * @param regParam L2 regularisation, scaled by each row's and item's interaction count (ALS-WR)
 * @param alpha confidence of an observed pair above an unobserved one, greater than 0
 * @param maxIter ALS iterations, 1..1000
 * @param seed random seed of the factor initialisation
 * @param blocks user and item blocks (partitions); 0 lets Spark choose
 */
public record SparkAlsSettings(
        int rank, double regParam, double alpha, int maxIter, long seed, int blocks) {

    /**
     * The tuned defaults measured on HetRec Last.fm: rank 64, regParam 1.0, alpha 10, 15
     * iterations.
     */
    public static final SparkAlsSettings DEFAULTS = new SparkAlsSettings(64, 1.0, 10.0, 15, 42, 0);

    private static final Set<String> KEYS =
            Set.of(
                    "rank",
                    "factors",
                    "regParam",
                    "reg",
                    "alpha",
                    "maxIter",
                    "iterations",
                    "seed",
                    "blocks");

    /** Validates every field; the message names the field and the value. */
    public SparkAlsSettings {
        check(rank >= 1 && rank <= 2048, "rank", rank, "1..2048");
        check(regParam >= 0 && Double.isFinite(regParam), "regParam", regParam, ">= 0");
        check(alpha > 0 && Double.isFinite(alpha), "alpha", alpha, "> 0");
        check(maxIter >= 1 && maxIter <= 1000, "maxIter", maxIter, "1..1000");
        check(blocks >= 0 && blocks <= 10_000, "blocks", blocks, "0..10000");
    }

    /**
     * Reads settings from strings over {@link #DEFAULTS}: {@code rank} (or {@code factors}), {@code
     * regParam}, {@code alpha}, {@code maxIter} ({@code iterations}), {@code seed} and {@code
     * blocks}. Unknown keys and unparsable values are rejected.
     */
    public static SparkAlsSettings fromMap(Map<String, String> given) {
        for (String key : given.keySet()) {
            if (!KEYS.contains(key)) {
                throw SparkTrainingException.badInput(
                        "unknown Spark ALS setting '"
                                + key
                                + "'; known: "
                                + KEYS.stream().sorted().toList());
            }
        }
        SparkAlsSettings d = DEFAULTS;
        return new SparkAlsSettings(
                (int) whole(given, d.rank, "rank", "factors"),
                number(given, d.regParam, "regParam"),
                number(given, d.alpha, "alpha"),
                (int) whole(given, d.maxIter, "maxIter", "iterations"),
                whole(given, d.seed, "seed"),
                (int) whole(given, d.blocks, "blocks"));
    }

    /**
     * Returns the local ALS settings under which fold-in solves the same normal equations as Spark.
     * Spark's row update is {@code (G + alpha sum y y^T + regParam n I) x = (1 + alpha) sum y};
     * dividing by alpha gives the local form {@code (alpha0 G + sum y y^T + reg n I) x = c sum y}
     * with binary confidence, {@code alpha0 = 1/alpha}, {@code reg = regParam/alpha}, {@code nu =
     * 1} and count-only frequency scaling. The right-hand side differs only by a positive factor,
     * which leaves every ranking unchanged.
     */
    public Map<String, String> localAlsSettings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("factors", String.valueOf(rank));
        m.put("iterations", String.valueOf(maxIter));
        m.put("confidence", "binary");
        m.put("alpha0", String.valueOf(1.0 / alpha));
        m.put("reg", String.valueOf(regParam / alpha));
        m.put("nu", "1");
        m.put("frequency", "count");
        m.put("seed", String.valueOf((int) seed));
        return m;
    }

    private static long whole(Map<String, String> given, long fallback, String... names) {
        for (String name : names) {
            String v = given.get(name);
            if (v != null) {
                try {
                    return Long.parseLong(v.strip());
                } catch (NumberFormatException e) {
                    throw SparkTrainingException.badInput(
                            "Spark ALS setting " + name + "='" + v + "' is not a whole number", e);
                }
            }
        }
        return fallback;
    }

    private static double number(Map<String, String> given, double fallback, String... names) {
        for (String name : names) {
            String v = given.get(name);
            if (v != null) {
                try {
                    return Double.parseDouble(v.strip());
                } catch (NumberFormatException e) {
                    throw SparkTrainingException.badInput(
                            "Spark ALS setting " + name + "='" + v + "' is not a number", e);
                }
            }
        }
        return fallback;
    }

    private static void check(boolean ok, String name, Object value, String range) {
        if (!ok) {
            throw SparkTrainingException.badInput(
                    "Spark ALS setting " + name + " must be " + range + ", got " + value);
        }
    }
}
