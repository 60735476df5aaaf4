package dev.spotrec.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.World;
import dev.spotrec.emulator.junit.EmulatorExtension;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Paging, limits, ETags, scopes, fields, batches, errors and world changes in extended mode. */
class ApiBehaviourIT {
    @RegisterExtension
    static final EmulatorExtension SPOTIFY =
            new EmulatorExtension(
                    Emulator.builder()
                            .world(
                                    "synthetic:seed=11,users=40,artists=100,tracks=1500,playlists=80"));

    private Emulator e() {
        return SPOTIFY.emulator();
    }

    private World w() {
        return e().world();
    }

    private String user() {
        return Fixtures.owner(w());
    }

    private Http http() {
        return new Http(e().baseUrl());
    }

    private String token(String... scopes) {
        return e().userToken(user(), scopes.length == 0 ? Fixtures.ALL_SCOPES : Set.of(scopes));
    }

    @Test
    void pagesFollowNextLinksToTheEnd() {
        String token = token();
        Set<String> seen = new HashSet<>();
        String next = e().apiUrl() + "/me/tracks?limit=7";
        int total = -1;
        int pages = 0;
        while (next != null && pages++ < 100) {
            JsonNode page = http().get(next, token).json();
            total = page.path("total").asInt();
            page.path("items").forEach(i -> seen.add(i.path("track").path("id").asString()));
            assertThat(page.path("limit").asInt()).isEqualTo(7);
            next = page.path("next").isNull() ? null : page.path("next").asString();
        }
        assertThat(total).isPositive();
        assertThat(seen).hasSize(total);
    }

    @Test
    void limitsAboveTheEndpointMaximumAre400() {
        String token = token();
        String own = Fixtures.ownedPlaylist(w(), user()).id();
        Map<String, Integer> maxima =
                Map.of(
                        "/v1/me/tracks",
                        50,
                        "/v1/me/top/tracks",
                        50,
                        "/v1/me/playlists",
                        50,
                        "/v1/playlists/" + own + "/items",
                        50,
                        "/v1/playlists/" + own + "/tracks",
                        100,
                        "/v1/albums/" + w().albums().getFirst().id() + "/tracks",
                        50,
                        "/v1/search?q=a&type=track",
                        50,
                        "/v1/browse/new-releases",
                        50,
                        "/v1/recommendations?seed_genres=rock",
                        100);
        maxima.forEach(
                (path, max) -> {
                    String sep = path.contains("?") ? "&" : "?";
                    assertThat(http().get(path + sep + "limit=" + max, token).status())
                            .as(path)
                            .isEqualTo(200);
                    Http.Res over = http().get(path + sep + "limit=" + (max + 1), token);
                    assertThat(over.status()).as(path).isEqualTo(400);
                    assertThat(over.body())
                            .isEqualTo(
                                    "{\"error\":{\"status\":400,\"message\":\"Invalid limit\"}}");
                });
    }

    @Test
    void searchStopsAtOffset1000() {
        String token = token();
        JsonNode page =
                http().get("/v1/search?q=year:1900-2100&type=track&offset=990&limit=20", token)
                        .json()
                        .path("tracks");
        assertThat(page.path("total").asInt()).isEqualTo(1500);
        assertThat(page.path("items").size()).isEqualTo(10);
        assertThat(page.path("next").isNull()).isTrue();
        assertThat(http().get("/v1/search?q=a&type=track&offset=1001", token).body())
                .contains("Invalid offset");
        JsonNode artistHits =
                http().get(
                                "/v1/search?q="
                                        + enc("artist:\"" + w().artists().getFirst().name() + "\"")
                                        + "&type=track",
                                token)
                        .json()
                        .path("tracks");
        assertThat(artistHits.path("total").asInt()).isPositive();
    }

    @Test
    void etagsGive304AndChangeWithThePlaylist() {
        String token = token();
        String path = "/v1/tracks/" + w().tracks().getFirst().id();
        Http.Res first = http().get(path, token);
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"");
        Http.Res cached = http().get(path, token, Map.of("If-None-Match", etag));
        assertThat(cached.status()).isEqualTo(304);
        assertThat(cached.body()).isEmpty();
        Playlist own = Fixtures.ownedPlaylist(w(), user());
        String plPath = "/v1/playlists/" + own.id() + "/tracks";
        String before = http().get(plPath, token).header("ETag");
        assertThat(http().get(plPath, token, Map.of("If-None-Match", before)).status())
                .isEqualTo(304);
        http().send(
                        "POST",
                        "/v1/playlists/" + own.id() + "/items",
                        token,
                        "{\"uris\":[\"spotify:track:" + w().tracks().get(5).id() + "\"]}");
        Http.Res after = http().get(plPath, token, Map.of("If-None-Match", before));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before);
    }

    @Test
    void meEndpointsNeedTheirScopes() {
        String none = token("user-read-private");
        String scope = "{\"error\":{\"status\":403,\"message\":\"Insufficient client scope\"}}";
        assertThat(http().get("/v1/me/top/tracks", none).body()).isEqualTo(scope);
        assertThat(http().get("/v1/me/tracks", none).body()).isEqualTo(scope);
        assertThat(http().get("/v1/me/following?type=artist", none).body()).isEqualTo(scope);
        assertThat(http().send("POST", "/v1/me/playlists", none, "{\"name\":\"x\"}").body())
                .isEqualTo(scope);
        assertThat(http().get("/v1/me/top/tracks", token("user-top-read")).status()).isEqualTo(200);
    }

    @Test
    void createdPlaylistsAndAddedItemsChangeTheWorld() {
        String token = token();
        JsonNode created =
                http().send(
                                "POST",
                                "/v1/me/playlists",
                                token,
                                "{\"name\":\"Continuations\",\"description\":\"made by spotrec\",\"public\":false}")
                        .json();
        String id = created.path("id").asString();
        assertThat(created.path("owner").path("id").asString()).isEqualTo(user());
        String uris =
                "{\"uris\":[\"spotify:track:"
                        + w().tracks().get(1).id()
                        + "\",\"spotify:track:"
                        + w().tracks().get(2).id()
                        + "\"]}";
        Http.Res added = http().send("POST", "/v1/playlists/" + id + "/items", token, uris);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("snapshot_id").asString()).isNotBlank();
        Playlist now = e().playlist(id).orElseThrow();
        assertThat(now.items())
                .extracting(i -> i.trackId())
                .containsExactly(w().tracks().get(1).id(), w().tracks().get(2).id());
        assertThat(now.isPublic()).isFalse();
        assertThat(
                        http().get("/v1/me/playlists?limit=1", token)
                                .json()
                                .path("items")
                                .path(0)
                                .path("id")
                                .asString())
                .isEqualTo(id);
        http().send(
                        "DELETE",
                        "/v1/playlists/" + id + "/tracks",
                        token,
                        "{\"tracks\":[{\"uri\":\"spotify:track:"
                                + w().tracks().get(1).id()
                                + "\"}]}");
        assertThat(e().playlist(id).orElseThrow().items()).hasSize(1);
        JsonNode viaUser =
                http().send(
                                "POST",
                                "/v1/users/" + user() + "/playlists",
                                token,
                                "{\"name\":\"Two\"}")
                        .json();
        assertThat(e().playlistsOwnedBy(user()).getFirst().id())
                .isEqualTo(viaUser.path("id").asString());
        Playlist other = Fixtures.othersPlaylist(w(), user());
        assertThat(
                        http().send("POST", "/v1/playlists/" + other.id() + "/items", token, uris)
                                .status())
                .isEqualTo(403);
    }

    @Test
    void fieldsFilterTheCommonForms() {
        String token = token();
        Playlist own = Fixtures.ownedPlaylist(w(), user());
        JsonNode items =
                http().get(
                                "/v1/playlists/"
                                        + own.id()
                                        + "/tracks?fields="
                                        + enc("items(track(id,name,artists(id,name)))"),
                                token)
                        .json();
        assertThat(items.properties()).extracting(Map.Entry::getKey).containsExactly("items");
        JsonNode first = items.path("items").path(0).path("track");
        assertThat(first.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("id", "name", "artists");
        assertThat(first.path("artists").path(0).properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("id", "name");
        JsonNode pl =
                http().get(
                                "/v1/playlists/"
                                        + own.id()
                                        + "?fields="
                                        + enc("name,tracks.items(added_at,added_by.id)"),
                                token)
                        .json();
        assertThat(pl.path("name").asString()).isEqualTo(own.name());
        assertThat(pl.path("tracks").path("items").path(0).path("added_by").properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("id");
        JsonNode excl =
                http().get(
                                "/v1/playlists/"
                                        + own.id()
                                        + "/tracks?fields="
                                        + enc("items.track.album(!external_urls,!images)"),
                                token)
                        .json();
        JsonNode album = excl.path("items").path(0).path("track").path("album");
        assertThat(album.has("external_urls")).isFalse();
        assertThat(album.has("images")).isFalse();
        assertThat(album.has("name")).isTrue();
        JsonNode mixed =
                http().get(
                                "/v1/playlists/"
                                        + own.id()
                                        + "/tracks?fields="
                                        + enc("items.track.album(!name,href)"),
                                token)
                        .json();
        assertThat(mixed.path("items").path(0).path("track").path("album").properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("href");
    }

    @Test
    void batchesAnswerNullForUnknownIdsAndRefuseTooMany() {
        String token = token();
        String known = w().tracks().getFirst().id();
        JsonNode r =
                http().get("/v1/tracks?ids=" + known + ",0000000000000000000000", token).json();
        assertThat(r.path("tracks").path(0).path("id").asString()).isEqualTo(known);
        assertThat(r.path("tracks").path(1).isNull()).isTrue();
        String ids =
                String.join(",", w().tracks().subList(0, 51).stream().map(t -> t.id()).toList());
        assertThat(http().get("/v1/tracks?ids=" + ids, token).body())
                .isEqualTo("{\"error\":{\"status\":400,\"message\":\"Too many ids requested\"}}");
        String albums =
                String.join(",", w().albums().subList(0, 21).stream().map(a -> a.id()).toList());
        assertThat(http().get("/v1/albums?ids=" + albums, token).status()).isEqualTo(400);
        assertThat(http().get("/v1/tracks?ids=bad", token).body()).contains("Invalid base62 id");
        assertThat(http().get("/v1/tracks/0000000000000000000000", token).body())
                .isEqualTo("{\"error\":{\"status\":404,\"message\":\"Resource not found\"}}");
        assertThat(http().get("/v1/no-such-endpoint", token).body())
                .isEqualTo("{\"error\":{\"status\":404,\"message\":\"Service not found\"}}");
    }

    @Test
    void followedArtistsPageByCursor() {
        String token = token();
        int seen = 0;
        String next = e().apiUrl() + "/me/following?type=artist&limit=1";
        int total = 0;
        while (next != null && seen < 200) {
            JsonNode page = http().get(next, token).json().path("artists");
            total = page.path("total").asInt();
            seen += page.path("items").size();
            next = page.path("next").isNull() ? null : page.path("next").asString();
            if (next != null) {
                assertThat(next).contains("after=" + page.path("cursors").path("after").asString());
            }
        }
        assertThat(seen).isEqualTo(total);
    }

    @Test
    void requestsAreRecordedWithPathQueryAndMaskedHeaders() {
        String token = token();
        http().get("/v1/search?q=love&type=track&limit=3", token);
        RecordedRequest r = e().requests().getLast();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo("/v1/search");
        assertThat(r.queryParam("q")).isEqualTo("love");
        assertThat(r.queryParam("limit")).isEqualTo("3");
        assertThat(r.header("Authorization")).isEqualTo("Bearer ***");
        assertThat(r.userId()).isEqualTo(user());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.toString()).doesNotContain(token);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
