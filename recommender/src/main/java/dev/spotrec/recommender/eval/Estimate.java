package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.RecommenderException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A metric's mean over seeds with a bootstrap 95% interval.
 *
 * @param mean the mean over seeds of the per-seed mean over cases
 * @param low the 2.5th percentile of the bootstrap distribution
 * @param high the 97.5th percentile
 */
public record Estimate(double mean, double low, double high) {

    /** Validates. */
    public Estimate {
        if (!(low <= mean + 1e-12 && mean <= high + 1e-12)) {
            throw new RecommenderException(
                    "Estimate: need low <= mean <= high, got " + low + ", " + mean + ", " + high);
        }
    }

    /** A value without an interval (low = mean = high). */
    public static Estimate exact(double value) {
        return new Estimate(value, value, value);
    }

    /**
     * Bootstraps the mean over seeds: each of {@code resamples} rounds resamples every seed's cases
     * with replacement and averages the per-seed means. O(resamples x cases).
     *
     * @param perSeed one array of per-case values per seed
     * @param resamples bootstrap rounds (1000 is plenty)
     * @param seed the random seed (deterministic intervals)
     */
    public static Estimate bootstrap(List<double[]> perSeed, int resamples, long seed) {
        if (perSeed.isEmpty()) {
            return exact(0);
        }
        double mean = 0;
        for (double[] v : perSeed) {
            mean += mean(v);
        }
        mean /= perSeed.size();
        SplittableRandom random = new SplittableRandom(seed);
        double[] boot = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (double[] v : perSeed) {
                double s = 0;
                for (int i = 0; i < v.length; i++) {
                    s += v[random.nextInt(v.length)];
                }
                sum += v.length == 0 ? 0 : s / v.length;
            }
            boot[b] = sum / perSeed.size();
        }
        Arrays.sort(boot);
        double low = Math.min(mean, boot[(int) Math.floor(0.025 * (resamples - 1))]);
        double high = Math.max(mean, boot[(int) Math.ceil(0.975 * (resamples - 1))]);
        return new Estimate(mean, low, high);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }
}
