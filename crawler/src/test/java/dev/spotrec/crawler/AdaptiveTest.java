package dev.spotrec.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdaptiveTest {
    @Test
    void halvesOnThrottlingAndRegrowsByOneUpToTheCeiling() {
        Adaptive a = new Adaptive(8);
        assertThat(a.width()).isEqualTo(4);
        a.roundDone(false);
        a.roundDone(false);
        a.roundDone(false);
        a.roundDone(false);
        a.roundDone(false);
        assertThat(a.width()).isEqualTo(8);
        a.roundDone(true);
        assertThat(a.width()).isEqualTo(4);
        a.roundDone(true);
        a.roundDone(true);
        a.roundDone(true);
        assertThat(a.width()).isEqualTo(1);
        a.roundDone(false);
        assertThat(a.width()).isEqualTo(2);
    }

    @Test
    void rejectsAZeroCeiling() {
        assertThatThrownBy(() -> new Adaptive(0)).hasMessageContaining("got 0");
    }
}
