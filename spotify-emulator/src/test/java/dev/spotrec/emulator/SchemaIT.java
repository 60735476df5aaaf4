package dev.spotrec.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import dev.spotrec.emulator.junit.EmulatorExtension;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint's response validates against its response schema in Spotify's OpenAPI description,
 * in extended mode and, for the endpoints open to it, in development mode (where the fields removed
 * on 11 Feb 2026 may be absent even when the description requires them).
 */
class SchemaIT {
    @RegisterExtension
    static final EmulatorExtension EXTENDED =
            new EmulatorExtension(Emulator.builder().world(EmulatorExtension.SMALL_WORLD));

    @RegisterExtension
    static final EmulatorExtension DEVELOPMENT =
            new EmulatorExtension(
                    Emulator.builder().world(EmulatorExtension.SMALL_WORLD).mode(Mode.DEVELOPMENT));

    private static OpenApiSchemas schemas;

    @BeforeAll
    static void load() {
        schemas = OpenApiSchemas.load(Fixtures.openApi());
    }

    /** One call: the OpenAPI operation and the concrete request. */
    record Case(
            String method, String template, String path, String body, String status, boolean dev) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + template + (dev ? " [development]" : "");
        }
    }

    static Stream<Arguments> cases() {
        World w = dev.spotrec.datasets.Worlds.load(EmulatorExtension.SMALL_WORLD);
        String user = Fixtures.owner(w);
        String own = Fixtures.ownedPlaylist(w, user).id();
        Track t = w.tracks().get(3);
        Artist a = w.artists().getFirst();
        Album al = w.albums().getFirst();
        String ids = w.tracks().get(1).id() + "," + t.id();
        String uri = "spotify:track:" + t.id();
        List<Case> ext =
                List.of(
                        get("/tracks/{id}", "/v1/tracks/" + t.id()),
                        get("/tracks", "/v1/tracks?ids=" + ids),
                        get("/artists/{id}", "/v1/artists/" + a.id()),
                        get("/artists", "/v1/artists?ids=" + a.id()),
                        get("/artists/{id}/albums", "/v1/artists/" + a.id() + "/albums?limit=10"),
                        get("/artists/{id}/top-tracks", "/v1/artists/" + a.id() + "/top-tracks"),
                        get(
                                "/artists/{id}/related-artists",
                                "/v1/artists/" + a.id() + "/related-artists"),
                        get("/albums/{id}", "/v1/albums/" + al.id()),
                        get("/albums", "/v1/albums?ids=" + al.id()),
                        get("/albums/{id}/tracks", "/v1/albums/" + al.id() + "/tracks"),
                        get("/audio-features/{id}", "/v1/audio-features/" + t.id()),
                        get("/audio-features", "/v1/audio-features?ids=" + ids),
                        get("/audio-analysis/{id}", "/v1/audio-analysis/" + t.id()),
                        get("/markets", "/v1/markets"),
                        get(
                                "/search",
                                "/v1/search?q=a&type=album,artist,playlist,track,show,episode,audiobook&limit=10"),
                        get("/me", "/v1/me"),
                        get("/users/{user_id}", "/v1/users/" + user),
                        get("/users/{user_id}/playlists", "/v1/users/" + user + "/playlists"),
                        get("/me/playlists", "/v1/me/playlists"),
                        get("/me/top/artists", "/v1/me/top/artists?time_range=short_term"),
                        get("/me/top/tracks", "/v1/me/top/tracks?time_range=long_term"),
                        get("/playlists/{playlist_id}", "/v1/playlists/" + own),
                        get("/playlists/{playlist_id}/tracks", "/v1/playlists/" + own + "/tracks"),
                        get("/playlists/{playlist_id}/items", "/v1/playlists/" + own + "/items"),
                        new Case(
                                "post",
                                "/me/playlists",
                                "/v1/me/playlists",
                                "{\"name\":\"Schema\"}",
                                "201",
                                false),
                        new Case(
                                "post",
                                "/users/{user_id}/playlists",
                                "/v1/users/" + user + "/playlists",
                                "{\"name\":\"Schema 2\",\"public\":false}",
                                "201",
                                false),
                        new Case(
                                "post",
                                "/playlists/{playlist_id}/items",
                                "/v1/playlists/" + own + "/items",
                                "{\"uris\":[\"" + uri + "\"]}",
                                "201",
                                false),
                        new Case(
                                "post",
                                "/playlists/{playlist_id}/tracks",
                                "/v1/playlists/" + own + "/tracks",
                                "{\"uris\":[\"" + uri + "\"],\"position\":0}",
                                "201",
                                false),
                        new Case(
                                "delete",
                                "/playlists/{playlist_id}/items",
                                "/v1/playlists/" + own + "/items",
                                "{\"items\":[{\"uri\":\"" + uri + "\"}]}",
                                "200",
                                false),
                        new Case(
                                "put",
                                "/playlists/{playlist_id}/items",
                                "/v1/playlists/" + own + "/items",
                                "{\"range_start\":0,\"insert_before\":2}",
                                "200",
                                false),
                        get("/me/tracks", "/v1/me/tracks"),
                        get("/me/tracks/contains", "/v1/me/tracks/contains?ids=" + ids),
                        get(
                                "/me/library/contains",
                                "/v1/me/library/contains?uris="
                                        + uri
                                        + ",spotify:artist:"
                                        + a.id()),
                        get("/me/following", "/v1/me/following?type=artist&limit=2"),
                        get(
                                "/me/following/contains",
                                "/v1/me/following/contains?type=artist&ids=" + a.id()),
                        get(
                                "/playlists/{playlist_id}/followers/contains",
                                "/v1/playlists/" + own + "/followers/contains"),
                        get("/browse/new-releases", "/v1/browse/new-releases"),
                        get("/browse/categories", "/v1/browse/categories"),
                        get("/browse/categories/{category_id}", "/v1/browse/categories/CATEGORY"),
                        get(
                                "/browse/categories/{category_id}/playlists",
                                "/v1/browse/categories/CATEGORY/playlists"),
                        get("/browse/featured-playlists", "/v1/browse/featured-playlists"),
                        get(
                                "/recommendations",
                                "/v1/recommendations?seed_artists="
                                        + a.id()
                                        + "&seed_genres="
                                        + a.genres().getFirst().replace(" ", "%20")
                                        + "&min_energy=0.1"),
                        get(
                                "/recommendations/available-genre-seeds",
                                "/v1/recommendations/available-genre-seeds"));
        List<Case> dev =
                List.of(
                        devGet("/tracks/{id}", "/v1/tracks/" + t.id()),
                        devGet("/artists/{id}", "/v1/artists/" + a.id()),
                        devGet(
                                "/artists/{id}/albums",
                                "/v1/artists/" + a.id() + "/albums?limit=10"),
                        devGet("/albums/{id}", "/v1/albums/" + al.id()),
                        devGet("/albums/{id}/tracks", "/v1/albums/" + al.id() + "/tracks"),
                        devGet(
                                "/search",
                                "/v1/search?q=a&type=album,artist,playlist,track&limit=10"),
                        devGet("/me", "/v1/me"),
                        devGet("/me/playlists", "/v1/me/playlists"),
                        devGet("/me/top/artists", "/v1/me/top/artists"),
                        devGet("/me/top/tracks", "/v1/me/top/tracks"),
                        devGet("/playlists/{playlist_id}", "/v1/playlists/" + own),
                        devGet("/playlists/{playlist_id}/items", "/v1/playlists/" + own + "/items"),
                        devGet("/me/tracks", "/v1/me/tracks"),
                        devGet("/me/following", "/v1/me/following?type=artist"));
        return Stream.concat(ext.stream(), dev.stream()).map(Arguments::of);
    }

    private static Case get(String template, String path) {
        return new Case("get", template, path, null, "200", false);
    }

    private static Case devGet(String template, String path) {
        return new Case("get", template, path, null, "200", true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void responseMatchesTheOpenApiSchema(Case c) {
        Emulator e = (c.dev() ? DEVELOPMENT : EXTENDED).emulator();
        String user = Fixtures.owner(e.world());
        String token = e.userToken(user, Fixtures.ALL_SCOPES);
        Http http = new Http(e.baseUrl());
        String path = c.path();
        if (path.contains("CATEGORY")) {
            String category =
                    http.get("/v1/browse/categories?limit=1", token)
                            .json()
                            .path("categories")
                            .path("items")
                            .path(0)
                            .path("id")
                            .asString();
            path = path.replace("CATEGORY", category);
        }
        Http.Res r =
                c.method().equals("get")
                        ? http.get(path, token)
                        : http.send(c.method().toUpperCase(), path, token, c.body());
        assertThat(r.status()).as(r.body()).isEqualTo(Integer.parseInt(c.status()));
        JsonNode schema = schemas.responseSchema(c.method(), c.template(), c.status());
        OpenApiSchemas validator =
                c.dev()
                        ? schemas.allowingMissing(Set.of("popularity", "label", "followers"))
                        : schemas;
        if (c.template().equals("/me/following")) {
            validator = validator.allowingNull(Set.of("next", "after"));
        }
        assertThat(validator.validate(r.json(), schema)).as(c.toString()).isEmpty();
        assertThat(r.json().size()).as("non-empty body").isPositive();
    }
}
