package dev.spotrec.recommender.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TopNTest {

    @Test
    void selectsBestFirstSkippingNonCandidates() {
        float[] s = {0.5f, Float.NEGATIVE_INFINITY, 0.9f, Float.NaN, 0.7f};
        assertThat(TopN.select(s, new int[] {0, 1, 2, 3, 4}, 10)).containsExactly(2, 4, 0);
    }

    @Test
    void breaksTiesByPopularityThenId() {
        float[] s = {1, 1, 1};
        assertThat(TopN.select(s, new int[] {2, 0, 1}, 3)).containsExactly(1, 2, 0);
    }

    @Test
    void agreesWithAFullSortOnRandomScores() {
        Random r = new Random(7);
        float[] s = new float[5000];
        int[] rank = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = r.nextInt(100);
            rank[i] = i;
        }
        int[] top = TopN.select(s, rank, 50);
        Integer[] all = new Integer[s.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        java.util.Arrays.sort(
                all, (a, b) -> s[a] != s[b] ? Float.compare(s[b], s[a]) : Integer.compare(a, b));
        for (int i = 0; i < 50; i++) {
            assertThat(top[i]).isEqualTo(all[i]);
        }
    }
}
