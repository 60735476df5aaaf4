package dev.spotrec.recommender.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void bootstrapIntervalCoversTheMeanAndShrinksWithMoreCases() {
        Random r = new Random(3);
        double[] small = new double[100];
        double[] large = new double[10_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = r.nextDouble();
            if (i < small.length) {
                small[i] = large[i];
            }
        }
        Estimate a = Estimate.bootstrap(List.of(small), 1000, 1);
        Estimate b = Estimate.bootstrap(List.of(large), 1000, 1);
        assertThat(a.low()).isLessThan(a.mean());
        assertThat(a.high()).isGreaterThan(a.mean());
        assertThat(b.high() - b.low()).isLessThan((a.high() - a.low()) / 5);
        // For uniform values the standard error is sqrt(1/12 / n): half-width ~ 1.96 * 0.00289.
        assertThat((b.high() - b.low()) / 2)
                .isCloseTo(1.96 * Math.sqrt(1.0 / 12 / 10_000), within(0.001));
    }

    @Test
    void bootstrapIsDeterministicAndAveragesSeeds() {
        double[] x = {1, 1, 1};
        double[] y = {0, 0, 0};
        Estimate e = Estimate.bootstrap(List.of(x, y), 200, 5);
        assertThat(e).isEqualTo(new Estimate(0.5, 0.5, 0.5));
        double[] z = {0, 1, 0, 1, 1};
        assertThat(Estimate.bootstrap(List.of(z), 300, 9))
                .isEqualTo(Estimate.bootstrap(List.of(z), 300, 9));
    }
}
