package dev.spotrec.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.emulator.junit.EmulatorExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each named fault effect, set at start or through the admin endpoint, and its determinism. */
class FaultsIT {
    @RegisterExtension
    static final EmulatorExtension SPOTIFY =
            new EmulatorExtension(Emulator.builder().world(EmulatorExtension.SMALL_WORLD));

    private Emulator e() {
        return SPOTIFY.emulator();
    }

    private String trackPath() {
        return "/v1/tracks/" + e().world().tracks().getFirst().id();
    }

    private Http.Res get() {
        return new Http(e().baseUrl()).get(trackPath(), e().clientToken("demo-client"));
    }

    @Test
    void serverErrorsCarrySpotifysBodyAndStopAtTheLimit() {
        e().faults("5xx=1,limit=2");
        Http.Res first = get();
        assertThat(first.status()).isIn(500, 502, 503);
        assertThat(first.json().path("error").path("status").asInt()).isEqualTo(first.status());
        assertThat(get().status()).isIn(500, 502, 503);
        assertThat(get().status()).isEqualTo(200);
        assertThat(e().requests())
                .extracting(RecordedRequest::fault)
                .containsExactly("5xx", "5xx", null);
    }

    @Test
    void burstsOf429CarryRetryAfter() {
        e().faults("429=1x3,retry-after=7,limit=3");
        for (int i = 0; i < 3; i++) {
            Http.Res r = get();
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.header("Retry-After")).isEqualTo("7");
            assertThat(r.body())
                    .isEqualTo(
                            "{\"error\":{\"status\":429,\"message\":\"API rate limit exceeded\"}}");
        }
        assertThat(get().status()).isEqualTo(200);
    }

    @Test
    void addedLatencyDelaysEveryAnswer() {
        e().faults("latency=150ms");
        long start = System.nanoTime();
        assertThat(get().status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void stallsOutlastTheClientTimeout() throws Exception {
        e().faults("stall=1/3s,limit=1");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest req =
                HttpRequest.newBuilder(URI.create(e().baseUrl() + trackPath()))
                        .header("Authorization", "Bearer " + e().clientToken("demo-client"))
                        .timeout(Duration.ofMillis(400))
                        .build();
        assertThatThrownBy(() -> client.send(req, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        RecordedRequest stalled = e().takeRequest(Duration.ofSeconds(10));
        assertThat(stalled.fault()).isEqualTo("stall");
    }

    @Test
    void truncatedBodiesEndMidway() throws Exception {
        e().faults("truncate=1,limit=1");
        String raw = rawGet();
        int declared =
                Integer.parseInt(
                        raw.lines()
                                .filter(l -> l.toLowerCase().startsWith("content-length:"))
                                .findFirst()
                                .orElseThrow()
                                .substring(15)
                                .strip());
        String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        assertThat(body.length()).isLessThan(declared).isPositive();
        assertThat(get().status()).isEqualTo(200);
        assertThat(e().takeRequest(Duration.ofSeconds(1)).fault()).isEqualTo("truncate");
    }

    @Test
    void connectionResetsBeforeAnyResponse() {
        e().faults("reset=1,limit=1");
        assertThatThrownBy(this::rawGet)
                .isInstanceOf(SocketException.class)
                .hasMessageContaining("reset");
        assertThat(get().status()).isEqualTo(200);
    }

    @Test
    void theAdminEndpointSetsFaultsAtRunTime() {
        Http http = new Http(e().baseUrl());
        Http.Res set = http.send("PUT", "/_emulator/faults", null, "5xx=1,limit=1,seed=9");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("spec").asString()).contains("5xx=1.0").contains("limit=1");
        assertThat(get().status()).isIn(500, 502, 503);
        assertThat(get().status()).isEqualTo(200);
        Http.Res bad = http.send("PUT", "/_emulator/faults", null, "5xx=2");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").asString()).contains("5xx");
        assertThat(
                        http.send("DELETE", "/_emulator/faults", null, null)
                                .json()
                                .path("spec")
                                .asString())
                .isEqualTo("none");
    }

    @Test
    void theSameSeedGivesTheSameFaults() {
        List<List<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            e().faults("seed=42,5xx=0.3,429=0.2x2");
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                statuses.add(get().status());
            }
            runs.add(statuses);
        }
        assertThat(runs.get(0)).isEqualTo(runs.get(1));
        assertThat(runs.get(0)).contains(200).contains(429).anyMatch(s -> s >= 500);
    }

    /** A bare HTTP/1.1 GET, so that a cut body is visible as it arrived. */
    private String rawGet() throws IOException {
        URI base = URI.create(e().baseUrl());
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(5000);
            String req =
                    "GET "
                            + trackPath()
                            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                            + e().clientToken("demo-client")
                            + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(req.getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
