package dev.spotrec.recommender.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.spotrec.recommender.CsrMatrix;
import org.junit.jupiter.api.Test;

class SimilarityBuilderTest {
    /** Rows {0,1}, {0,1,2}, {1,2}: row degrees 2, 3, 2; item degrees 2, 3, 2. */
    private static final CsrMatrix ROWS =
            new CsrMatrix(
                    3,
                    3,
                    new int[] {0, 2, 5, 7},
                    new int[] {0, 1, 0, 1, 2, 1, 2},
                    new float[] {1, 1, 1, 1, 1, 1, 1});

    private static float sim(CsrMatrix s, int i, int j) {
        for (int p = s.rowStart(i); p < s.rowEnd(i); p++) {
            if (s.colIndex(p) == j) {
                return s.value(p);
            }
        }
        throw new AssertionError("no neighbour " + j + " of " + i);
    }

    @Test
    void rp3betaMatchesTheRandomWalkByHand() {
        // sim(i, j) = deg(i)^-alpha * sum over shared rows r of deg(r)^-alpha / deg(j)^beta,
        // with alpha 1 and beta 0.5.
        CsrMatrix s = new SimilarityBuilder(ROWS, 10, "rp3", 1.0, 0.5, 0, 1).build();

        assertThat(sim(s, 0, 1))
                .isCloseTo((float) (0.5 * (1 / 2.0 + 1 / 3.0) / Math.sqrt(3)), within(1e-6f));
        assertThat(sim(s, 0, 2)).isCloseTo((float) (0.5 * (1 / 3.0) / Math.sqrt(2)), within(1e-6f));
        assertThat(sim(s, 1, 0))
                .isCloseTo((float) ((1 / 3.0) * (1 / 2.0 + 1 / 3.0) / Math.sqrt(2)), within(1e-6f));
    }

    @Test
    void cosineIsTheNormalisedCoOccurrence() {
        CsrMatrix s = new SimilarityBuilder(ROWS, 10, "cosine", 0.5, 0, 0, 1).build();

        assertThat(sim(s, 0, 1)).isCloseTo((float) (2 / Math.sqrt(2 * 3)), within(1e-6f));
        assertThat(sim(s, 0, 2)).isCloseTo((float) (1 / Math.sqrt(2 * 2)), within(1e-6f));
    }
}
