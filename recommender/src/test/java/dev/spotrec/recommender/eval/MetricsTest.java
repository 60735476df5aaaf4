package dev.spotrec.recommender.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Every expected value below is computed by hand in the comment above it. */
class MetricsTest {

    // Items 0..10; artists: 1,2,5 -> A(0); 3,6,8 -> B(1); 4 -> C(2); 7 -> D(3); others unknown.
    private static final int[] ARTIST = {-1, 0, 0, 1, 2, 0, 1, 3, 1, -1, -1};

    @Test
    void rPrecisionCreditsUnmatchedArtistsAQuarterOnce() {
        int[] truth = {1, 2, 3, 4};
        // S = top 4 = [1, 5, 6, 7]: track hit {1}; artists of S in G_A = {A, B}; A already matched
        // by track 1, so only B earns credit: (1 + 0.25 * 1) / 4 = 0.3125.
        assertThat(Metrics.rPrecision(new int[] {1, 5, 6, 7, 2}, truth, ARTIST))
                .isCloseTo(0.3125, within(1e-12));
        // S = [8, 6, 9, 10]: no track hit; B twice but credited once: 0.25 / 4 = 0.0625.
        assertThat(Metrics.rPrecision(new int[] {8, 6, 9, 10}, truth, ARTIST))
                .isCloseTo(0.0625, within(1e-12));
        // Everything right: 4 / 4.
        assertThat(Metrics.rPrecision(new int[] {4, 3, 2, 1}, truth, ARTIST)).isEqualTo(1.0);
        // Only the first |G| = 4 count: a hit at position 5 earns nothing.
        assertThat(Metrics.rPrecision(new int[] {9, 10, 0, 7, 1}, truth, ARTIST)).isZero();
    }

    @Test
    void challengeNdcgLeavesTheFirstPositionUndiscounted() {
        int[] truth = {10, 20};
        // DCG = 1 (pos 1) + 1/log2(3) (pos 3) = 1.630930; IDCG = 1 + 1/log2(2) = 2.
        assertThat(Metrics.ndcgMpd(new int[] {10, 5, 20}, truth, 500))
                .isCloseTo(0.815465, within(1e-6));
        // Positions 1 and 2 weigh the same (log2(2) = 1): the same value.
        assertThat(Metrics.ndcgMpd(new int[] {5, 10, 20}, truth, 500))
                .isCloseTo(0.815465, within(1e-6));
        // One hit at position 3: 0.630930 / 2.
        assertThat(Metrics.ndcgMpd(new int[] {5, 6, 10}, truth, 500))
                .isCloseTo(0.315465, within(1e-6));
        assertThat(Metrics.ndcgMpd(new int[] {10, 20}, truth, 500)).isEqualTo(1.0);
    }

    @Test
    void clicksCountPagesOfTenBeforeTheFirstHit() {
        int[] ranked = new int[500];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = 1000 + i;
        }
        assertThat(Metrics.clicks(ranked, new int[] {1000}, 500)).isZero();
        assertThat(Metrics.clicks(ranked, new int[] {1009}, 500)).isZero();
        assertThat(Metrics.clicks(ranked, new int[] {1010}, 500)).isEqualTo(1);
        assertThat(Metrics.clicks(ranked, new int[] {1025, 1400}, 500)).isEqualTo(2);
        assertThat(Metrics.clicks(ranked, new int[] {7}, 500)).isEqualTo(51);
    }

    @Test
    void topKMetricsFollowRecBole() {
        int[] truth = {1, 2, 3};
        int[] ranked = {9, 1, 8, 2};
        // DCG = 1/log2(3) + 1/log2(5) = 0.630930 + 0.430677 = 1.061606;
        // IDCG(3) = 1 + 0.630930 + 0.5 = 2.130930; NDCG = 0.498189.
        assertThat(Metrics.ndcg(ranked, truth, 10)).isCloseTo(0.498189, within(1e-6));
        assertThat(Metrics.recall(ranked, truth, 10)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Metrics.recall(ranked, truth, 2)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Metrics.precision(ranked, truth, 4)).isEqualTo(0.5);
        assertThat(Metrics.precision(ranked, truth, 10)).isEqualTo(0.2);
        assertThat(Metrics.hit(ranked, truth, 1)).isZero();
        assertThat(Metrics.hit(ranked, truth, 2)).isEqualTo(1.0);
        // IDCG@1 = 1; one hit at position 2 within k=2: (1/log2 3) / (1 + 1/log2 3) = 0.386853.
        assertThat(Metrics.ndcg(ranked, truth, 2)).isCloseTo(0.386853, within(1e-6));
    }

    @Test
    void beyondAccuracyMetrics() {
        // Artists A, A, B over 3 items: 2 distinct / 3.
        assertThat(Metrics.artistDiversity(new int[] {1, 2, 3}, ARTIST, 10))
                .isCloseTo(2.0 / 3, within(1e-12));
        // Unknown artists count as their own: items 0, 9, 10 are three artists.
        assertThat(Metrics.artistDiversity(new int[] {0, 9, 10}, ARTIST, 10)).isEqualTo(1.0);
        // Popularity [1, 2, 2, 5]: 0.5/4, (1 + 1)/4, (1 + 1)/4, (3 + 0.5)/4 in percent.
        assertThat(Metrics.popularityPercentiles(new int[] {1, 2, 2, 5}))
                .containsExactly(12.5, 50, 50, 87.5);
        // Songs [0, 0, 2, 3]; seed {0}: item 1 is another version of the seed song, item 2 is not.
        assertThat(
                        Metrics.versionLeakRate(
                                new int[] {1, 2}, new int[] {0}, new int[] {0, 0, 2, 3}, 10))
                .isEqualTo(0.5);
        assertThat(
                        Metrics.versionLeakRate(
                                new int[] {2, 3}, new int[] {0}, new int[] {0, 0, 2, 3}, 10))
                .isZero();
    }
}
