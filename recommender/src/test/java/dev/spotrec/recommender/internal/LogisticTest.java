package dev.spotrec.recommender.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hybrid ranker's logistic regression recovers planted weights, on any feature scale. */
class LogisticTest {

    private static final int ROWS = 40_000;

    /** Labels drawn from sigmoid(-1 + 2 u - 0.5 v), with u ~ N(3, 1) and v ~ N(100, 10^2). */
    private static boolean[] planted(float[] x, Random random) {
        boolean[] label = new boolean[ROWS];
        for (int r = 0; r < ROWS; r++) {
            double u = 3 + random.nextGaussian();
            double v = 100 + 10 * random.nextGaussian();
            x[2 * r] = (float) u;
            x[2 * r + 1] = (float) v;
            double m = -1 + 2 * (u - 3) - 0.5 * (v - 100) / 10;
            label[r] = random.nextDouble() < 1 / (1 + Math.exp(-m));
        }
        return label;
    }

    @Test
    void recoversPlantedWeightsOnRawFeatures() {
        float[] x = new float[2 * ROWS];
        boolean[] label = planted(x, new Random(3));
        float[] w = Logistic.fit(x, 2, label);
        // In raw units: -1 - 6 + 5 = -2 intercept, 2 per unit of u, -0.05 per unit of v.
        assertThat(w).hasSize(3);
        assertThat(w[1]).isCloseTo(2f, within(0.1f));
        assertThat(w[2]).isCloseTo(-0.05f, within(0.005f));
        assertThat(w[0]).isCloseTo(-2f, within(0.6f));
    }

    @Test
    void treesStartFromTheLinearMarginAndZeroTreesKeepIt() {
        float[] x = new float[2 * ROWS];
        boolean[] label = planted(x, new Random(4));
        Gbdt.Params linearOnly = new Gbdt.Params(0, 3, 0.1, 20, 1.0, 64, 1.0, 1, true);
        Gbdt g = Gbdt.train(x, 2, label, linearOnly);
        float[] w = Logistic.fit(x, 2, label);
        for (int r = 0; r < 10; r++) {
            float expected = w[0] + w[1] * x[2 * r] + w[2] * x[2 * r + 1];
            assertThat(g.predict(x, 2 * r)).isCloseTo(expected, within(1e-4f));
        }
        Gbdt boosted =
                Gbdt.train(x, 2, label, new Gbdt.Params(20, 3, 0.1, 20, 1.0, 64, 1.0, 1, true));
        assertThat(boosted.trainingLoss()).isLessThanOrEqualTo(g.trainingLoss());
    }
}
