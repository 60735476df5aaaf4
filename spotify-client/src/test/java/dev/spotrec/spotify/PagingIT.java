package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.PlaylistItem;
import dev.spotrec.spotify.model.Track;
import dev.spotrec.spotify.testing.Catalog;
import dev.spotrec.spotify.testing.FakeResponse;
import dev.spotrec.spotify.testing.FakeSpotifyServer;
import dev.spotrec.spotify.testing.FakeTime;
import dev.spotrec.spotify.testing.RecordedRequest;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lazy streams over offset pages (read ahead, in order, minimal requests) and cursor pages. */
class PagingIT {

    private static final String PLAYLIST = Catalog.id(1_000_000);
    private static final List<String> ARTISTS =
            IntStream.range(0, 120).mapToObj(Catalog::id).toList();

    @RegisterExtension final FakeSpotifyServer server = new FakeSpotifyServer();

    private SpotifyClient client;

    private SpotifyClient client(int total) {
        server.dispatcher(
                r -> {
                    String path = "/playlists/" + PLAYLIST;
                    if (r.path().equals("/v1" + path + "/tracks")
                            || r.path().equals("/v1" + path + "/items")) {
                        String endpoint = r.path().substring(3);
                        int offset = Integer.parseInt(r.param("offset"));
                        int limit = Integer.parseInt(r.param("limit"));
                        return FakeResponse.ok(
                                Catalog.itemsPage(
                                        server.apiBase(), endpoint, offset, limit, total));
                    }
                    return null;
                });
        client = TestClients.builder(server, new FakeTime()).build();
        return client;
    }

    @Test
    void pagesThroughAThousandItemsInOrderWithTheFewestRequests() {
        List<String> ids;
        try (Stream<PlaylistItem> items = client(1000).playlists().items(PLAYLIST)) {
            ids = items.map(item -> item.item().id()).toList();
        }

        assertThat(ids)
                .containsExactlyElementsOf(IntStream.range(0, 1000).mapToObj(Catalog::id).toList());
        List<RecordedRequest> pages = server.requests("/v1/playlists/");
        assertThat(pages).hasSize(10);
        assertThat(pages)
                .allMatch(r -> r.path().endsWith("/tracks") && r.param("limit").equals("100"));
        assertThat(pages.stream().map(r -> r.param("offset")).collect(Collectors.toSet()))
                .as("every offset exactly once")
                .hasSize(10);
    }

    @Test
    void pagesThroughTheItemsEndpointAtFifty() {
        long count = client(1000).playlists().items(PLAYLIST, null, Playlists.Via.ITEMS).count();

        assertThat(count).isEqualTo(1000);
        assertThat(server.requests("/v1/playlists/"))
                .hasSize(20)
                .allMatch(r -> r.path().endsWith("/items") && r.param("limit").equals("50"));
    }

    @Test
    void stoppingEarlyFetchesOnlyAFewPagesAhead() {
        try (Stream<PlaylistItem> items = client(10_000).playlists().items(PLAYLIST)) {
            assertThat(items.limit(150).count()).isEqualTo(150);
        }

        assertThat(server.requests("/v1/playlists/").size())
                .as("first pages plus at most one read-ahead window")
                .isLessThanOrEqualTo(2 + 16);
    }

    @Test
    void followsCursorsThroughFollowedArtists() {
        int total = 120;
        server.dispatcher(
                r -> {
                    if (!r.path().equals("/v1/me/following")) {
                        return null;
                    }
                    int start =
                            r.param("after") == null ? 0 : ARTISTS.indexOf(r.param("after")) + 1;
                    int end = Math.min(total, start + Integer.parseInt(r.param("limit")));
                    String items =
                            IntStream.range(start, end)
                                    .mapToObj(
                                            i ->
                                                    "{\"id\":\""
                                                            + Catalog.id(i)
                                                            + "\",\"name\":\"Artist "
                                                            + i
                                                            + "\"}")
                                    .collect(Collectors.joining(","));
                    String after = end < total ? "\"" + Catalog.id(end - 1) + "\"" : "null";
                    String next =
                            end < total
                                    ? "\""
                                            + server.apiBase()
                                            + "/me/following?type=artist&after="
                                            + Catalog.id(end - 1)
                                            + "&limit=50\""
                                    : "null";
                    return FakeResponse.ok(
                            "{\"artists\":{\"items\":["
                                    + items
                                    + "],\"next\":"
                                    + next
                                    + ",\"total\":"
                                    + total
                                    + ",\"limit\":50,\"cursors\":{\"after\":"
                                    + after
                                    + "}}}");
                });

        List<String> names =
                TestClients.builder(server, new FakeTime())
                        .build()
                        .follow()
                        .artists()
                        .map(Artist::name)
                        .toList();

        assertThat(names).hasSize(total).startsWith("Artist 0").endsWith("Artist 119");
        assertThat(server.requests("/v1/me/following")).hasSize(3);
    }

    @Test
    void searchStopsAtTheOffsetCap() {
        server.dispatcher(
                r -> {
                    if (!r.path().equals("/v1/search")) {
                        return null;
                    }
                    int offset = Integer.parseInt(r.param("offset"));
                    String items =
                            IntStream.range(offset, offset + 10)
                                    .mapToObj(i -> Catalog.track(Catalog.id(i)))
                                    .collect(Collectors.joining(","));
                    String page =
                            Catalog.page(server.apiBase(), "/search", items, offset, 10, 50_000)
                                    .replace("/search?offset", "/search?q=x&type=track&offset");
                    return FakeResponse.ok("{\"tracks\":" + page + "}");
                });

        List<String> ids =
                TestClients.builder(server, new FakeTime())
                        .build()
                        .search()
                        .tracks("x")
                        .map(Track::id)
                        .toList();

        assertThat(ids.size()).as("offsets 0-1000 at 10 per page").isEqualTo(1010);
        assertThat(server.requests("/v1/search"))
                .hasSize(101)
                .allMatch(r -> Integer.parseInt(r.param("offset")) <= Search.MAX_OFFSET);
    }
}
