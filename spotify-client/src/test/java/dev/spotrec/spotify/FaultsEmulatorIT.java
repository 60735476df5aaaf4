package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.datasets.World;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.FaultPlan;
import dev.spotrec.emulator.RecordedRequest;
import dev.spotrec.emulator.junit.EmulatorExtension;
import dev.spotrec.spotify.model.PlaylistItem;
import dev.spotrec.spotify.model.Track;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client under the emulator's fault effects: 5xx answers, 429 bursts, truncated bodies,
 * connection resets and latency all at once still give every call the same result as a clean run;
 * an exhausted daily quota is a {@link RateLimitException} with the time to resume.
 */
class FaultsEmulatorIT {
    private static final String FAULTS =
            "seed=5,5xx=0.08,429=0.05x2,retry-after=0,truncate=0.05,reset=0.04,latency=0ms..3ms";

    @RegisterExtension
    static final EmulatorExtension SPOTIFY =
            new EmulatorExtension(Emulator.builder().world(EmulatorExtension.SMALL_WORLD));

    private Emulator spotify;
    private World world;

    @BeforeEach
    void setUp() {
        spotify = SPOTIFY.emulator();
        world = spotify.world();
    }

    /** A client that retries often enough to outlast the faults, with short backoffs. */
    private SpotifyClient patientClient() {
        return EmulatorClients.appClient(spotify)
                .retries(10, Duration.ofMillis(1), Duration.ofMillis(20))
                .requestTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A fixed mix of batch lookups, single lookups and paged reads. */
    private List<Object> workload(SpotifyClient client) {
        List<String> trackIds = world.tracks().stream().map(t -> t.id()).toList();
        List<Track> tracks = client.tracks().get(trackIds);
        List<Object> results = new java.util.ArrayList<>(tracks);
        results.addAll(client.artists().get(world.artists().stream().map(a -> a.id()).toList()));
        for (int i = 0; i < 10; i++) {
            String playlist = world.playlists().get(i).id();
            List<PlaylistItem> items = client.playlists().items(playlist).toList();
            results.add(items.stream().map(it -> it.item().id()).toList());
            results.add(client.playlists().get(playlist).name());
            String album = world.albums().get(i).id();
            results.add(client.albums().tracks(album).map(Track::id).toList());
        }
        return results;
    }

    @Test
    void everyCallSucceedsWithIdenticalResultsUnderMixedFaults() {
        List<Object> clean = workload(patientClient());
        assertThat(spotify.requests()).allSatisfy(r -> assertThat(r.fault()).isNull());
        spotify.clearRequests();

        spotify.faults(FaultPlan.parse(FAULTS));
        List<Object> faulted = workload(patientClient());

        assertThat(faulted).hasSameSizeAs(clean).doesNotContainNull();
        assertThat(faulted).isEqualTo(clean);
        List<String> faults =
                spotify.requests().stream()
                        .map(RecordedRequest::fault)
                        .filter(Objects::nonNull)
                        .toList();
        assertThat(faults).contains("5xx", "429", "truncate", "reset");
    }

    @Test
    void anExhaustedDailyQuotaIsARateLimitWithTheTimeToResume() {
        try (Emulator quota =
                Emulator.builder().world(world).dailyQuota(3).recordCapacity(100).start()) {
            SpotifyClient client = EmulatorClients.appClient(quota).build();
            String track = world.tracks().getFirst().id();
            for (int i = 0; i < 3; i++) {
                assertThat(client.tracks().get(world.tracks().get(i).id())).isNotNull();
            }
            Instant before = Instant.now();

            assertThatThrownBy(() -> client.tracks().get(track))
                    .isInstanceOf(RateLimitException.class)
                    .satisfies(
                            e ->
                                    assertThat(((RateLimitException) e).resumeAt())
                                            .isAfter(before.plus(Duration.ofMinutes(1))));
            assertThat(quota.requests().getLast().status()).isEqualTo(429);
        }
    }
}
