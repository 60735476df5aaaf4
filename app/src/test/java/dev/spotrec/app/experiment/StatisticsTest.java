package dev.spotrec.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson intervals and sign tests against published and hand-computed values. */
class StatisticsTest {
    private static final double EPS = 1e-4;

    @Test
    void wilsonMatchesNewcombe1998TableI() {
        // Newcombe, Statistics in Medicine 17 (1998), Table I, method 3 (score, no correction).
        assertInterval(Statistics.wilson(81, 263, Statistics.Z95), 0.2553, 0.3662);
        assertInterval(Statistics.wilson(15, 148, Statistics.Z95), 0.0624, 0.1605);
        assertInterval(Statistics.wilson(0, 20, Statistics.Z95), 0.0, 0.1611);
        assertInterval(Statistics.wilson(1, 29, Statistics.Z95), 0.0061, 0.1718);
    }

    @Test
    void wilsonOfEightInTenByHand() {
        // p = 0.8, z² = 3.8415: centre (0.8 + 0.19207) / 1.38415 = 0.71674,
        // half 1.95996 * sqrt(0.016 + 0.0096037) / 1.38415 = 0.22658.
        assertInterval(Statistics.wilson(8, 10, Statistics.Z95), 0.49016, 0.94332);
    }

    @Test
    void wilsonOfNothingIsTheWholeRange() {
        Statistics.Interval none = Statistics.wilson(0, 0, Statistics.Z95);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isEqualTo(1.0);
    }

    @Test
    void wilsonIsSymmetricAroundAHalf() {
        Statistics.Interval half = Statistics.wilson(50, 100, Statistics.Z95);
        assertThat(half.low() + half.high()).isCloseTo(1.0, within(1e-12));
        assertInterval(half, 0.40383, 0.59617);
    }

    @Test
    void signTestByHand() {
        // 8 of 10: 2 * (C(10,0) + C(10,1) + C(10,2)) / 2^10 = 2 * 56 / 1024.
        assertThat(Statistics.signTestP(8, 2)).isCloseTo(0.109375, within(1e-12));
        assertThat(Statistics.signTestP(2, 8)).isCloseTo(0.109375, within(1e-12));
        // 15 of 20: 2 * 21700 / 2^20.
        assertThat(Statistics.signTestP(15, 5)).isCloseTo(0.04138946533203125, within(1e-12));
        // 10 of 10: 2 / 1024.
        assertThat(Statistics.signTestP(10, 0)).isCloseTo(0.001953125, within(1e-15));
    }

    @Test
    void signTestOfABalancedOrEmptyCountIsOne() {
        assertThat(Statistics.signTestP(5, 5)).isEqualTo(1.0);
        assertThat(Statistics.signTestP(0, 0)).isEqualTo(1.0);
        assertThat(Statistics.signTestP(1, 0)).isEqualTo(1.0);
    }

    @Test
    void signTestStaysFiniteForLargeCounts() {
        // 60 of 100: 2 * P(X <= 40), X ~ Binomial(100, 1/2) = 0.0568886...
        assertThat(Statistics.signTestP(60, 40)).isCloseTo(0.056888, within(1e-5));
        double p = Statistics.signTestP(60_000, 40_000);
        assertThat(p).isGreaterThanOrEqualTo(0).isLessThan(1e-100);
    }

    @Test
    void bothSummationsAgreeWithExactArithmeticAroundTheirBorder() {
        // 2 * P(X <= 480) for n = 1000 (scaled sum) and n = 1001 (log space), exact fractions.
        assertThat(Statistics.signTestP(520, 480)).isCloseTo(0.21744829320414094, within(1e-12));
        assertThat(Statistics.signTestP(521, 480)).isCloseTo(0.20610731083295322, within(1e-10));
        // 1 of 3: 2 * (1 + 3) / 8 exactly.
        assertThat(Statistics.signTestP(3, 0)).isEqualTo(0.25);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> Statistics.wilson(3, 2, Statistics.Z95))
                .hasMessageContaining("3 of 2");
        assertThatThrownBy(() -> Statistics.signTestP(-1, 2)).hasMessageContaining("-1");
    }

    private static void assertInterval(Statistics.Interval ci, double low, double high) {
        assertThat(ci.low()).isCloseTo(low, within(EPS));
        assertThat(ci.high()).isCloseTo(high, within(EPS));
    }
}
