package dev.spotrec.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.emulator.junit.EmulatorConfig;
import dev.spotrec.emulator.junit.EmulatorExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The extension starts a configured emulator on an ephemeral loopback port and resets it per test.
 */
@ExtendWith(EmulatorExtension.class)
@EmulatorConfig(mode = "development", faults = "latency=1ms")
class EmulatorExtensionIT {
    @Test
    void injectsAStartedEmulatorOnLoopback(Emulator emulator) {
        URI api = URI.create(emulator.apiUrl());
        assertThat(api.getHost()).isEqualTo("127.0.0.1");
        assertThat(api.getPort()).isPositive();
        assertThat(emulator.mode()).isEqualTo(Mode.DEVELOPMENT);
        assertThat(emulator.faults().latencyMax().toMillis()).isEqualTo(1);
        Http.Res r =
                new Http(emulator.baseUrl())
                        .get(
                                "/v1/tracks/" + emulator.world().tracks().getFirst().id(),
                                emulator.clientToken("demo-client"));
        assertThat(r.status()).isEqualTo(200);
        emulator.faults("5xx=1");
    }

    @Test
    void eachTestStartsWithNoRecordedRequestsAndTheInitialFaults(Emulator emulator) {
        assertThat(emulator.requests()).isEmpty();
        assertThat(emulator.faults().serverErrorRate()).isZero();
    }
}
