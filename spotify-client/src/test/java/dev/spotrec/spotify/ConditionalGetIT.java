package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.spotify.model.Track;
import dev.spotrec.spotify.testing.Catalog;
import dev.spotrec.spotify.testing.FakeResponse;
import dev.spotrec.spotify.testing.FakeSpotifyServer;
import dev.spotrec.spotify.testing.FakeTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ETag, then If-None-Match, then 304 answered from the cached body. */
class ConditionalGetIT {

    @RegisterExtension final FakeSpotifyServer server = new FakeSpotifyServer();

    @Test
    void notModifiedServesTheCachedBody() {
        String id = Catalog.id(3);
        server.dispatcher(
                r ->
                        !r.path().startsWith("/v1/tracks/")
                                ? null
                                : "\"v1\"".equals(r.header("If-None-Match"))
                                        ? FakeResponse.status(304)
                                        : FakeResponse.ok(Catalog.track(id))
                                                .header("ETag", "\"v1\""));
        List<SpotifyEvent.CacheHit> hits = new CopyOnWriteArrayList<>();
        SpotifyClient client =
                TestClients.builder(server, new FakeTime())
                        .eventListener(
                                e -> {
                                    if (e instanceof SpotifyEvent.CacheHit hit) {
                                        hits.add(hit);
                                    }
                                })
                        .build();

        Track first = client.tracks().get(id);
        Track second = client.tracks().get(id);

        assertThat(second).isEqualTo(first);
        assertThat(server.requests("/v1/tracks/"))
                .extracting(r -> r.header("If-None-Match"))
                .containsExactly(null, "\"v1\"");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).url()).endsWith("/v1/tracks/" + id);
    }

    @Test
    void aDisabledCacheSendsNoValidator() {
        String id = Catalog.id(4);
        server.dispatcher(
                r ->
                        r.path().startsWith("/v1/tracks/")
                                ? FakeResponse.ok(Catalog.track(id)).header("ETag", "\"v1\"")
                                : null);
        SpotifyClient client =
                TestClients.builder(server, new FakeTime()).etagCacheBytes(0).build();

        client.tracks().get(id);
        client.tracks().get(id);

        assertThat(server.requests("/v1/tracks/"))
                .extracting(r -> r.header("If-None-Match"))
                .containsOnlyNulls();
    }
}
