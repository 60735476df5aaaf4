package dev.spotrec.recommender.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.spotrec.recommender.CsrMatrix;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The confidence each ALS setting gives an observed pair of a weighted row x item matrix. */
class AlsConfidenceTest {

    /** Row 0 a light listener (plays 1 and 3), row 1 a heavy one (the same taste, 100 times). */
    private static final CsrMatrix PLAYS =
            CsrMatrix.builder()
                    .add(0, 0, 1)
                    .add(0, 2, 3)
                    .add(1, 0, 100)
                    .add(1, 2, 300)
                    .add(2, 1, 1)
                    .build(3, 3);

    private static CsrMatrix confidences(String confidence) {
        return new AlsModel(Map.of("confidence", confidence, "alpha", "2")).confidences(PLAYS);
    }

    @Test
    void shareWeighsEachPlayCountAgainstTheMeanOfItsRow() {
        CsrMatrix c = confidences("share");
        assertThat(c.get(0, 0)).isCloseTo((float) (1 + 2 * Math.log1p(0.5)), within(1e-6f));
        assertThat(c.get(0, 2)).isCloseTo((float) (1 + 2 * Math.log1p(1.5)), within(1e-6f));
        assertThat(c.get(2, 1)).isCloseTo((float) (1 + 2 * Math.log(2)), within(1e-6f));
    }

    @Test
    void shareGivesHeavyAndLightListenersWithOneTasteTheSameConfidences() {
        CsrMatrix c = confidences("share");
        assertThat(c.get(1, 0)).isEqualTo(c.get(0, 0));
        assertThat(c.get(1, 2)).isEqualTo(c.get(0, 2));
        CsrMatrix log = confidences("log");
        assertThat(log.get(1, 0)).isGreaterThan(log.get(0, 0) + 1);
    }

    @Test
    void binaryIgnoresTheWeights() {
        CsrMatrix c = confidences("binary");
        for (int q = 0; q < c.nnz(); q++) {
            assertThat(c.value(q)).isEqualTo(1f);
        }
    }
}
