package dev.spotrec.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
    @Test
    void parsesEveryKey() {
        FaultPlan p =
                FaultPlan.parse(
                        "seed=7,5xx=10%,429=0.05x5,retry-after=2,latency=20ms..80ms,"
                                + "stall=0.01/10s,truncate=0.02,reset=0.03,limit=9,paths=/v1/tracks");
        assertThat(p.seed()).isEqualTo(7);
        assertThat(p.serverErrorRate()).isEqualTo(0.1);
        assertThat(p.burstRate()).isEqualTo(0.05);
        assertThat(p.burstLength()).isEqualTo(5);
        assertThat(p.retryAfterSeconds()).isEqualTo(2);
        assertThat(p.latencyMin()).isEqualTo(Duration.ofMillis(20));
        assertThat(p.latencyMax()).isEqualTo(Duration.ofMillis(80));
        assertThat(p.stallRate()).isEqualTo(0.01);
        assertThat(p.stall()).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.truncateRate()).isEqualTo(0.02);
        assertThat(p.resetRate()).isEqualTo(0.03);
        assertThat(p.limit()).isEqualTo(9);
        assertThat(p.paths()).isEqualTo("/v1/tracks");
    }

    @Test
    void canonicalSpecParsesBackToAnEqualPlan() {
        FaultPlan p =
                FaultPlan.parse("5xx=0.1,latency=5ms,stall=0.5/2s,reset=0.1,429=0.2x3,limit=4");
        assertThat(FaultPlan.parse(p.toString())).isEqualTo(p);
        assertThat(FaultPlan.parse("none")).isEqualTo(FaultPlan.none());
        assertThat(FaultPlan.none().toString()).isEqualTo("none");
        assertThat(FaultPlan.parse("").isNone()).isTrue();
    }

    @Test
    void badSpecsNameTheKeyAndValue() {
        assertThatThrownBy(() -> FaultPlan.parse("5xx=2"))
                .hasMessageContaining("5xx")
                .hasMessageContaining("'2'");
        assertThatThrownBy(() -> FaultPlan.parse("latency=fast")).hasMessageContaining("latency");
        assertThatThrownBy(() -> FaultPlan.parse("chaos=1"))
                .hasMessageContaining("unknown key 'chaos'");
        assertThatThrownBy(() -> FaultPlan.parse("5xx")).hasMessageContaining("not KEY=VALUE");
        assertThatThrownBy(() -> FaultPlan.parse("429=0.1x0")).hasMessageContaining("burst length");
        assertThatThrownBy(() -> FaultPlan.parse("paths=v1")).hasMessageContaining("paths");
    }
}
