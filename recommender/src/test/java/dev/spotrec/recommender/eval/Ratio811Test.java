package dev.spotrec.recommender.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.TrainingData;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class Ratio811Test {

    @Test
    void sizesFollowRecBoleRounding() {
        assertThat(Ratio811.sizes(50)).containsExactly(40, 5, 5);
        assertThat(Ratio811.sizes(3)).containsExactly(1, 1, 1);
        assertThat(Ratio811.sizes(2)).containsExactly(1, 0, 1);
        assertThat(Ratio811.sizes(1)).containsExactly(1, 0, 0);
        assertThat(Ratio811.sizes(9)).containsExactly(7, 1, 1);
        assertThat(Ratio811.sizes(19)).containsExactly(17, 1, 1);
        assertThat(Ratio811.sizes(20)).containsExactly(16, 2, 2);
        assertThat(Ratio811.sizes(0)).containsExactly(0, 0, 0);
    }

    @Test
    void splitIsSeededDisjointAndComplete() {
        CsrMatrix.Builder b = CsrMatrix.builder();
        Random r = new Random(1);
        for (int row = 0; row < 40; row++) {
            for (int item = 0; item < 60; item++) {
                if (r.nextInt(3) == 0) {
                    b.add(row, item, 1 + item);
                }
            }
        }
        CsrMatrix m = b.build(40, 60);
        Ratio811.Split a = Ratio811.split(m, 7);
        Ratio811.Split again = Ratio811.split(m, 7);
        Ratio811.Split other = Ratio811.split(m, 8);
        assertThat(a.train().nnz() + a.valid().nnz() + a.test().nnz()).isEqualTo(m.nnz());
        boolean differs = false;
        for (int row = 0; row < m.rows(); row++) {
            assertThat(again.test().row(row)).containsExactly(a.test().row(row));
            differs |= !java.util.Arrays.equals(other.test().row(row), a.test().row(row));
            for (int item : a.test().row(row)) {
                assertThat(a.train().contains(row, item) || a.valid().contains(row, item))
                        .isFalse();
                assertThat(a.test().get(row, item)).isEqualTo(m.get(row, item));
            }
            int[] s = Ratio811.sizes(m.rowLength(row));
            assertThat(
                            new int[] {
                                a.train().rowLength(row),
                                a.valid().rowLength(row),
                                a.test().rowLength(row)
                            })
                    .containsExactly(s);
        }
        assertThat(differs).isTrue();
    }

    @Test
    void hetrecSplitHasThePublishedSizes() {
        var dir = HetrecLoader.sharedDir();
        Assumptions.assumeTrue(
                dir.isPresent(), "skipped: ../shared/datasets/hetrec2011-lastfm-2k is absent");
        TrainingData data = HetrecLoader.load(dir.get());
        Task task = new Ratio811().task(data, 1);
        assertThat(task.sizes())
                .containsEntry("train", 74_295)
                .containsEntry("valid", 9_269)
                .containsEntry("test", 9_270);
        // Test seeds exclude validation items; validation seeds exclude nothing extra.
        assertThat(task.test().get(0).seed().excludeSize()).isPositive();
        assertThat(task.validation().get(0).seed().excludeSize()).isZero();
    }
}
