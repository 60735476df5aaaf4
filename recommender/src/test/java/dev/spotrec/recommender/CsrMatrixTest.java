package dev.spotrec.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsrMatrixTest {

    private static CsrMatrix sample() {
        // [[0 2 0 1]
        //  [0 0 0 0]
        //  [3 0 4 0]]
        return CsrMatrix.builder().add(2, 2, 4).add(0, 3, 1).add(0, 1, 2).add(2, 0, 3).build(3, 4);
    }

    @Test
    void buildsSortedRowsFromUnorderedTriplets() {
        CsrMatrix m = sample();
        assertThat(m.nnz()).isEqualTo(4);
        assertThat(m.row(0)).containsExactly(1, 3);
        assertThat(m.row(1)).isEmpty();
        assertThat(m.row(2)).containsExactly(0, 2);
        assertThat(m.get(2, 2)).isEqualTo(4f);
        assertThat(m.get(1, 1)).isZero();
        assertThat(m.contains(0, 3)).isTrue();
    }

    @Test
    void sumsDuplicatesOrKeepsMinimum() {
        CsrMatrix.Builder b =
                CsrMatrix.builder().add(0, 0, 1).add(0, 0, 1).add(0, 1, 5).add(0, 1, 3);
        assertThat(b.build(1, 2).get(0, 0)).isEqualTo(2f);
        assertThat(b.build(1, 2, true).get(0, 1)).isEqualTo(3f);
    }

    @Test
    void transposeIsCachedAndInvolutive() {
        CsrMatrix m = sample();
        CsrMatrix t = m.transpose();
        assertThat(t.rows()).isEqualTo(4);
        assertThat(t.row(0)).containsExactly(2);
        assertThat(t.row(1)).containsExactly(0);
        assertThat(t.row(2)).containsExactly(2);
        assertThat(t.get(3, 0)).isEqualTo(1f);
        assertThat(m.transpose()).isSameAs(t);
        assertThat(t.transpose()).isSameAs(m);
    }

    @Test
    void binaryMatricesStoreNoValues() {
        CsrMatrix m = CsrMatrix.builder().add(0, 1, 1).add(1, 0, 1).build(2, 2);
        assertThat(m.isBinary()).isTrue();
        assertThat(m.transpose().isBinary()).isTrue();
        assertThat(m.value(0)).isEqualTo(1f);
    }

    @Test
    void rejectsEntriesOutsideTheShapeNamingThem() {
        assertThatThrownBy(() -> CsrMatrix.builder().add(5, 0, 1).build(2, 2))
                .isInstanceOf(RecommenderException.class)
                .hasMessageContaining("(5, 0)");
        assertThatThrownBy(() -> CsrMatrix.builder().add(0, 0, Float.NaN))
                .hasMessageContaining("finite");
    }
}
