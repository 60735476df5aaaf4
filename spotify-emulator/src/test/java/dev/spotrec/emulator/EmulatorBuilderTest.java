package dev.spotrec.emulator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmulatorBuilderTest {
    @Test
    void rejectsBadArgumentsAtOnceNamingThem() {
        Emulator.Builder b = Emulator.builder();
        assertThatThrownBy(() -> b.port(70000))
                .hasMessageContaining("port")
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> b.tokenLifetime(Duration.ZERO))
                .hasMessageContaining("tokenLifetime");
        assertThatThrownBy(() -> b.rateLimit(-1)).hasMessageContaining("rateLimit");
        assertThatThrownBy(() -> b.dailyQuota(-5)).hasMessageContaining("dailyQuota");
        assertThatThrownBy(() -> b.world("nonsense:x")).hasMessageContaining("nonsense:x");
        assertThatThrownBy(() -> b.faults("5xx=oops")).hasMessageContaining("5xx");
        assertThatThrownBy(() -> b.host(" ")).hasMessageContaining("host");
        assertThatThrownBy(() -> b.mode(null)).hasMessageContaining("mode");
        assertThatThrownBy(() -> b.autoConsent("")).hasMessageContaining("autoConsent");
    }
}
