package dev.spotrec.recommender.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DenseTest {

    @Test
    void gramIsTheSameBitsWhateverTheThreadCountAndMatchesTheDefinition() {
        int rows = 37_000;
        int k = 12;
        SplittableRandom random = new SplittableRandom(3);
        float[] f = new float[rows * k];
        float[] w = new float[rows];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) random.nextGaussian();
        }
        for (int r = 0; r < rows; r++) {
            w[r] = (float) random.nextDouble(0.1, 5);
        }
        for (float[] weights : new float[][] {null, w}) {
            double[] one = Dense.gram(f, rows, k, weights, 1);
            for (int threads : new int[] {2, 3, 8}) {
                for (int repeat = 0; repeat < 3; repeat++) {
                    assertThat(Dense.gram(f, rows, k, weights, threads))
                            .as("%d threads, weighted %s", threads, weights != null)
                            .isEqualTo(one);
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double expected = 0;
                    for (int r = 0; r < rows; r++) {
                        double wr = weights == null ? 1 : weights[r];
                        expected += wr * f[r * k + a] * f[r * k + b];
                    }
                    assertThat(one[a * k + b]).isCloseTo(expected, within(1e-3 * rows));
                }
            }
        }
    }
}
