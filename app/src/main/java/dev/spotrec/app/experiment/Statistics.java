package dev.spotrec.app.experiment;

/**
 * The two statistics of the experiment report.
 *
 * <p><b>Wilson score interval</b> (Wilson 1927; recommended over the normal "Wald" interval by
 * Newcombe 1998 and by Brown, Cai and DasGupta 2001): the set of proportions p for which the
 * observed share is within z standard errors of p, solved in closed form. It stays inside [0, 1]
 * and is sensible for 0 or n successes. O(1).
 *
 * <p><b>Exact sign test</b>: under "neither arm is preferred" each decisive vote is a fair coin, so
 * the number of wins of the rarer side is Binomial(n, 1/2). The two-sided p-value doubles the lower
 * tail P(X &le; min(wins, losses)) and caps it at 1; ties are dropped before. The tail is summed in
 * log space (log binomial coefficients built incrementally), so n in the millions neither overflows
 * nor underflows before the sum. O(min(wins, losses)).
 */
final class Statistics {
    /** The two-sided 95% standard normal quantile, Φ⁻¹(0.975). */
    static final double Z95 = 1.959963984540054;

    /** Up to here C(n, i) fits a double and 2^-n is a normal double: sum, then scale exactly. */
    private static final int EXACT_MAX_N = 1000;

    private Statistics() {}

    /** A closed interval [low, high]. */
    record Interval(double low, double high) {
        Interval {
            if (!(low <= high)) {
                throw new IllegalArgumentException(
                        "interval low must be <= high, got " + low + " and " + high);
            }
        }
    }

    /** The Wilson score interval of {@code successes} in {@code n}; [0, 1] when n is 0. */
    static Interval wilson(int successes, int n, double z) {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException(
                    "wilson needs 0 <= successes <= n, got " + successes + " of " + n);
        }
        if (!(z > 0) || Double.isInfinite(z)) {
            throw new IllegalArgumentException("wilson z must be finite and > 0, got " + z);
        }
        if (n == 0) {
            return new Interval(0, 1);
        }
        double p = (double) successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The exact two-sided sign-test p-value of {@code wins} against {@code losses}. */
    static double signTestP(int wins, int losses) {
        if (wins < 0 || losses < 0) {
            throw new IllegalArgumentException(
                    "sign test counts must be >= 0, got " + wins + " and " + losses);
        }
        int n = wins + losses;
        int k = Math.min(wins, losses);
        double tail = n <= EXACT_MAX_N ? scaledTail(n, k) : logTail(n, k);
        return Math.min(1.0, 2 * tail);
    }

    /** P(X <= k) for X ~ Binomial(n, 1/2) as (sum of C(n, i)) * 2^-n; exact for small n. */
    private static double scaledTail(int n, int k) {
        double choose = 1; // C(n, 0)
        double sum = 1;
        for (int i = 1; i <= k; i++) {
            choose = choose * (n - i + 1) / i;
            sum += choose;
        }
        return Math.scalb(sum, -n);
    }

    /** The same tail with each term in log space, for n beyond the double range of C(n, i). */
    private static double logTail(int n, int k) {
        double logHalfPowN = -n * Math.log(2);
        double logChoose = 0; // log C(n, 0)
        double tail = Math.exp(logHalfPowN);
        for (int i = 1; i <= k; i++) {
            logChoose += Math.log(n - i + 1) - Math.log(i);
            tail += Math.exp(logChoose + logHalfPowN);
        }
        return tail;
    }
}
