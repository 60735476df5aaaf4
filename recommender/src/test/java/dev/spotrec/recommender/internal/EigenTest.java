package dev.spotrec.recommender.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EigenTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 64, 130})
    void decomposesGramMatricesExactlyWithOrthogonalVectors(int k) {
        Random r = new Random(k);
        int rows = 3 * k + 5;
        double[] f = new double[rows * k];
        for (int i = 0; i < f.length; i++) {
            f[i] = r.nextGaussian() * (1 + i % k);
        }
        double[] g = new double[k * k];
        for (int row = 0; row < rows; row++) {
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    g[a * k + b] += f[row * k + a] * f[row * k + b];
                }
            }
        }
        double[] values = new double[k];
        double[] q = Eigen.symmetric(g.clone(), values, k);
        double scale = 0;
        for (double v : values) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double qtq = 0;
                double aq = 0;
                for (int m = 0; m < k; m++) {
                    qtq += q[m * k + i] * q[m * k + j];
                    aq += g[i * k + m] * q[m * k + j];
                }
                assertThat(Math.abs(qtq - (i == j ? 1 : 0))).isLessThan(1e-10);
                // (G Q)_ij = Q_ij lambda_j
                assertThat(Math.abs(aq - q[i * k + j] * values[j])).isLessThan(1e-10 * scale);
            }
        }
    }
}
