package dev.spotrec.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Continuations, saving and the REST API against the emulator, with a model trained on its world.
 */
class WebContinuationIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern ITEM = Pattern.compile("<li class=\"item\" data-track-id=\"([^\"]+)\"");
    @TempDir static Path dir;
    static WebWorld w;
    static Playlist playlist;

    @BeforeAll
    static void start() {
        w = new WebWorld(dir);
        playlist = w.ownedPlaylist();
    }

    @AfterAll
    static void stop() {
        if (w != null) {
            w.close();
        }
    }

    TestBrowser loggedIn() throws Exception {
        return TestBrowser.loggedIn(w.base, playlist.ownerId());
    }

    @Test
    void aPlaylistsContinuationShowsTracksWithArtAndExplanations() throws Exception {
        TestBrowser b = loggedIn();
        HttpResponse<String> page = b.get(w.base + "/playlists/" + playlist.id());
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        List<String> ids = ids(html, ITEM);
        assertThat(ids).hasSize(Continuations.DEFAULT_N).doesNotHaveDuplicates();
        List<String> inPlaylist = playlist.items().stream().map(PlaylistItem::trackId).toList();
        assertThat(ids).doesNotContainAnyElementsOf(inPlaylist);
        assertThat(html).contains("id=\"continuation\"").contains("class=\"explanation\"");
        assertThat(html).contains("class=\"art\" src=\"http://127.0.0.1:");
        assertThat(html).contains("id=\"save\"").contains("id=\"save-name\"");
        WebSecurityChecks.assertNoSecrets(w, b);
    }

    @Test
    void savingCreatesAPlaylistWithExactlyTheShownTracks() throws Exception {
        TestBrowser b = loggedIn();
        String html = b.get(w.base + "/playlists/" + playlist.id()).body();
        List<String> shown = ids(html, ITEM);
        String csrf = TestBrowser.csrf(html);

        HttpResponse<String> refused =
                b.postForm(w.base + "/playlists/" + playlist.id() + "/save", Map.of("name", "x"));
        assertThat(refused.statusCode()).isEqualTo(403);

        HttpResponse<String> saved =
                b.postForm(
                        w.base + "/playlists/" + playlist.id() + "/save",
                        Map.of("csrf", csrf, "name", "Saved by the test"));
        assertThat(saved.statusCode()).isEqualTo(200);
        Matcher m =
                Pattern.compile("id=\"saved\" data-playlist-id=\"([^\"]+)\"").matcher(saved.body());
        assertThat(m.find()).as(saved.body()).isTrue();
        Playlist created = w.emu.playlist(m.group(1)).orElseThrow();
        assertThat(created.name()).isEqualTo("Saved by the test");
        assertThat(created.ownerId()).isEqualTo(playlist.ownerId());
        assertThat(created.items().stream().map(PlaylistItem::trackId).toList())
                .containsExactlyElementsOf(shown);
        assertThat(
                        ids(
                                saved.body(),
                                Pattern.compile("<li class=\"item\" data-track-id=\"([^\"]+)\"")))
                .containsExactlyElementsOf(shown);
    }

    @Test
    void theRestApiContinuesAndSavesWithTheCsrfHeader() throws Exception {
        TestBrowser b = loggedIn();
        JsonNode session = JSON.readTree(b.get(w.base + "/api/session").body());
        assertThat(session.get("loggedIn").asBoolean()).isTrue();
        String csrf = session.get("csrfToken").asString();

        JsonNode playlists = JSON.readTree(b.get(w.base + "/api/playlists").body());
        assertThat(playlists.get("items").valueStream().map(p -> p.get("id").asString()))
                .contains(playlist.id());

        HttpResponse<String> cont =
                b.get(w.base + "/api/playlists/" + playlist.id() + "/continuation?n=7");
        assertThat(cont.statusCode()).isEqualTo(200);
        JsonNode c = JSON.readTree(cont.body());
        assertThat(c.get("model").asString()).isEqualTo("item-knn");
        assertThat(c.get("items").size()).isEqualTo(7);
        assertThat(c.get("items").get(0).get("explanation").asString()).isNotBlank();

        String path = w.base + "/api/playlists/" + playlist.id() + "/save";
        assertThat(b.postJson(path, "{\"name\":\"via REST\",\"n\":7}", null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> saved = b.postJson(path, "{\"name\":\"via REST\",\"n\":7}", csrf);
        assertThat(saved.statusCode()).isEqualTo(201);
        JsonNode s = JSON.readTree(saved.body());
        Playlist created = w.emu.playlist(s.get("id").asString()).orElseThrow();
        List<String> expected = new ArrayList<>();
        c.get("items").forEach(i -> expected.add(i.get("trackId").asString()));
        assertThat(created.items().stream().map(PlaylistItem::trackId).toList())
                .containsExactlyElementsOf(expected);
        assertThat(
                        b.get(w.base + "/api/playlists/" + playlist.id() + "/continuation?n=0")
                                .statusCode())
                .isEqualTo(400);
        WebSecurityChecks.assertNoSecrets(w, b);
    }

    @Test
    void topTracksAndTheirContinuation() throws Exception {
        TestBrowser b = loggedIn();
        HttpResponse<String> top = b.get(w.base + "/top");
        assertThat(top.statusCode()).isEqualTo(200);
        assertThat(top.body()).contains("id=\"top-tracks\"").contains("id=\"from-top\"");
        HttpResponse<String> cont = b.get(w.base + "/top/continuation");
        assertThat(cont.statusCode()).isEqualTo(200);
        assertThat(ids(cont.body(), ITEM)).isNotEmpty();
        JsonNode api = JSON.readTree(b.get(w.base + "/api/top").body());
        assertThat(api.has("tracks")).isTrue();
        assertThat(api.has("artists")).isTrue();
    }

    @Test
    void anUnknownPlaylistGivesAFriendly404() throws Exception {
        TestBrowser b = loggedIn();
        HttpResponse<String> page = b.get(w.base + "/playlists/0000000000000000000000");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("data-status=\"404\"").doesNotContain("Exception");
        HttpResponse<String> api =
                b.get(w.base + "/api/playlists/0000000000000000000000/continuation");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(api.body()).get("error").get("status").asInt()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() throws Exception {
        TestBrowser b = loggedIn();
        HttpResponse<String> r = b.get(w.base + "/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        JsonNode paths = doc.get("paths");
        Api api = new Api(null, null, null);
        List<ApiEndpoint> endpoints = new ArrayList<>(api.endpoints());
        endpoints.addAll(ExperimentPages.endpoints(null));
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(10);
        for (ApiEndpoint e : endpoints) {
            JsonNode op = paths.path(e.path()).path(e.method().toLowerCase());
            assertThat(op.isObject()).as(e.method() + " " + e.path()).isTrue();
            assertThat(op.get("responses").has(Integer.toString(e.status()))).isTrue();
            // Each described route is served: a GET answers, a POST without CSRF is refused.
            String url = w.base + e.path().replace("{id}", playlist.id()).replace("{trial}", "t");
            int status =
                    "GET".equals(e.method())
                            ? b.get(url).statusCode()
                            : b.postJson(url, "{}", null).statusCode();
            assertThat(status).as(e.method() + " " + url).isNotIn(405).isLessThan(500);
        }
        doc.get("components")
                .get("schemas")
                .forEach(s -> assertThat(s.get("type").asString()).isEqualTo("object"));
    }

    static List<String> ids(String html, Pattern p) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
