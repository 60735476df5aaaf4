package dev.spotrec.recommender.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NormIndexTest {

    @Test
    void earlyTerminationFindsExactlyTheBruteForceTopK() {
        Random r = new Random(4);
        int items = 20_000;
        int k = 32;
        float[] f = new float[items * k];
        for (int i = 0; i < items; i++) {
            // ALS-like: a few large-norm (popular) items, a long tail of small ones.
            float scale = (float) (1 / Math.sqrt(1 + i));
            for (int j = 0; j < k; j++) {
                f[i * k + j] = (float) r.nextGaussian() * scale;
            }
        }
        NormIndex index = NormIndex.build(f, k);
        int[] rank = new int[items];
        for (int q = 0; q < 20; q++) {
            float[] x = new float[k];
            for (int j = 0; j < k; j++) {
                x[j] = (float) r.nextGaussian();
            }
            float[] pruned = new float[items];
            Arrays.fill(pruned, Float.NEGATIVE_INFINITY);
            index.scoreTop(x, pruned, 100);
            float[] brute = new float[items];
            for (int i = 0; i < items; i++) {
                brute[i] = Dense.dot(f, i * k, x, 0, k);
            }
            assertThat(TopN.select(pruned, rank, 100))
                    .containsExactly(TopN.select(brute, rank, 100));
            long touched = 0;
            for (float v : pruned) {
                touched += v == Float.NEGATIVE_INFINITY ? 0 : 1;
            }
            assertThat(touched).isLessThan(items);
        }
    }
}
