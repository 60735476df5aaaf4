package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.spotify.model.Track;
import dev.spotrec.spotify.testing.Catalog;
import dev.spotrec.spotify.testing.FakeResponse;
import dev.spotrec.spotify.testing.FakeSpotifyServer;
import dev.spotrec.spotify.testing.FakeTime;
import dev.spotrec.spotify.testing.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 429 handling against a fake server: a shared pause for all callers, and the ceiling. */
class RateLimitIT {

    @RegisterExtension final FakeSpotifyServer server = new FakeSpotifyServer();

    private final FakeTime time = new FakeTime();

    @Test
    void concurrentCallersPauseTogetherThenSucceed() throws Exception {
        AtomicReference<Instant> resumeAt = new AtomicReference<>();
        server.dispatcher(
                request -> {
                    if (!request.path().startsWith("/v1/tracks/")) {
                        return null;
                    }
                    Instant until =
                            resumeAt.updateAndGet(
                                    r -> r == null ? request.receivedAt().plusSeconds(2) : r);
                    return request.receivedAt().isBefore(until)
                            ? FakeResponse.tooManyRequests(2)
                            : FakeResponse.ok(
                                    Catalog.track(
                                            request.path().substring("/v1/tracks/".length())));
                });
        List<SpotifyEvent.Throttled> throttles = new CopyOnWriteArrayList<>();
        SpotifyClient client =
                TestClients.builder(server, time)
                        .eventListener(
                                e -> {
                                    if (e instanceof SpotifyEvent.Throttled t) {
                                        throttles.add(t);
                                    }
                                })
                        .build();

        int callers = 8;
        List<Future<Track>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < callers; i++) {
                String id = Catalog.id(i);
                results.add(pool.submit(() -> client.tracks().get(id)));
            }
        }

        for (int i = 0; i < callers; i++) {
            assertThat(results.get(i).get().id()).isEqualTo(Catalog.id(i));
        }
        List<RecordedRequest> api = server.requests("/v1/tracks/");
        long throttled = api.stream().filter(r -> r.receivedAt().isBefore(resumeAt.get())).count();
        assertThat(throttled)
                .as("each caller is throttled at most once: no stampede")
                .isBetween(1L, (long) callers);
        assertThat(api).hasSize(callers + (int) throttled);
        assertThat(api.stream().filter(r -> !r.receivedAt().isBefore(resumeAt.get())).count())
                .as("every caller succeeds after the shared resume time")
                .isEqualTo(callers);
        Set<Instant> resumes =
                throttles.stream()
                        .map(SpotifyEvent.Throttled::resumeAt)
                        .collect(Collectors.toSet());
        assertThat(resumes).as("one shared pause").hasSize(1);
    }

    @Test
    void retryAfterAboveTheCeilingThrowsRateLimitExceptionWithResumeTime() {
        server.dispatcher(
                request ->
                        request.path().startsWith("/v1/")
                                ? FakeResponse.json(
                                                429,
                                                "{\"error\":{\"status\":429,\"message\":\"Too many requests\","
                                                        + "\"reason\":\"QUOTA_EXCEEDED\"}}")
                                        .header("Retry-After", "7200")
                                : null);
        SpotifyClient client = TestClients.builder(server, time).build();
        Instant start = time.instant();

        assertThatThrownBy(() -> client.tracks().get(Catalog.id(1)))
                .isInstanceOfSatisfying(
                        RateLimitException.class,
                        e -> {
                            assertThat(e.resumeAt()).isEqualTo(start.plusSeconds(7200));
                            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7200));
                            assertThat(e.error().reason()).isEqualTo("QUOTA_EXCEEDED");
                            assertThat(e.getMessage())
                                    .contains("QUOTA_EXCEEDED", "ceiling of 60 s", "retry after");
                        });
        assertThat(time.sleeps())
                .as("never sleeps for hours")
                .allMatch(d -> d.compareTo(Duration.ofSeconds(60)) <= 0);

        int before = server.requests("/v1/").size();
        assertThatThrownBy(() -> client.tracks().get(Catalog.id(2)))
                .as("other callers fail fast during the long pause")
                .isInstanceOf(RateLimitException.class);
        assertThat(server.requests("/v1/")).hasSize(before);
    }

    @Test
    void persistent429sEndInRateLimitExceptionAfterTheAllowedPauses() {
        server.dispatcher(
                request ->
                        request.path().startsWith("/v1/") ? FakeResponse.tooManyRequests(1) : null);
        SpotifyClient client = TestClients.builder(server, time).maxRateLimitPauses(3).build();

        assertThatThrownBy(() -> client.tracks().get(Catalog.id(1)))
                .isInstanceOf(RateLimitException.class);
        assertThat(server.requests("/v1/")).hasSize(4);
    }
}
