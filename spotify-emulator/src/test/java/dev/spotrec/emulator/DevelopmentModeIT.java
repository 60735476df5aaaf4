package dev.spotrec.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.World;
import dev.spotrec.emulator.junit.EmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Each restriction of 27 Nov 2024 and 11 Feb 2026 that development mode applies, with its answer.
 */
class DevelopmentModeIT {
    static final String FORBIDDEN = "{\"error\":{\"status\":403,\"message\":\"Forbidden\"}}";
    static final String NOT_FOUND =
            "{\"error\":{\"status\":404,\"message\":\"Resource not found\"}}";

    @RegisterExtension
    static final EmulatorExtension DEV =
            new EmulatorExtension(
                    Emulator.builder()
                            .world(EmulatorExtension.SMALL_WORLD)
                            .mode(Mode.DEVELOPMENT)
                            .client(
                                    ClientApp.parse("poor-app:poor-secret")
                                            .withOwnerPremium(false)));

    private Emulator e() {
        return DEV.emulator();
    }

    private World w() {
        return e().world();
    }

    private String user() {
        return Fixtures.owner(w());
    }

    private Http.Res get(String path) {
        return new Http(e().baseUrl()).get(path, e().userToken(user(), Fixtures.ALL_SCOPES));
    }

    private Http.Res send(String method, String path, String body) {
        return new Http(e().baseUrl())
                .send(method, path, e().userToken(user(), Fixtures.ALL_SCOPES), body);
    }

    @ParameterizedTest(name = "{0} is removed (403)")
    @ValueSource(
            strings = {
                "/v1/tracks?ids=TRACK",
                "/v1/artists?ids=ARTIST",
                "/v1/albums?ids=ALBUM",
                "/v1/artists/ARTIST/top-tracks",
                "/v1/browse/new-releases",
                "/v1/browse/categories",
                "/v1/browse/categories/pop",
                "/v1/markets",
                "/v1/users/USER",
                "/v1/users/USER/playlists",
                "/v1/playlists/PLAYLIST/tracks",
                "/v1/audio-features/TRACK",
                "/v1/audio-features?ids=TRACK",
                "/v1/audio-analysis/TRACK"
            })
    void removedEndpointsAnswerForbidden(String template) {
        Http.Res r = get(fill(template));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).isEqualTo(FORBIDDEN);
    }

    @ParameterizedTest(name = "{0} is closed (404)")
    @ValueSource(
            strings = {
                "/v1/recommendations?seed_artists=ARTIST",
                "/v1/recommendations/available-genre-seeds",
                "/v1/artists/ARTIST/related-artists",
                "/v1/browse/featured-playlists",
                "/v1/browse/categories/pop/playlists"
            })
    void closedSince2024AnswerNotFound(String template) {
        Http.Res r = get(fill(template));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).isEqualTo(NOT_FOUND);
    }

    @Test
    void spotifyOwnedPlaylistsAreNotFound() {
        Http ext = null;
        try (Emulator extended = Emulator.builder().world(EmulatorExtension.SMALL_WORLD).start()) {
            ext = new Http(extended.baseUrl());
            JsonNode featured =
                    ext.get("/v1/browse/featured-playlists", extended.clientToken("demo-client"))
                            .json();
            String editorial =
                    featured.path("playlists").path("items").path(0).path("id").asString();
            assertThat(editorial).startsWith("37i9dQZF");
            assertThat(
                            ext.get(
                                            "/v1/playlists/" + editorial,
                                            extended.clientToken("demo-client"))
                                    .status())
                    .isEqualTo(200);
            assertThat(get("/v1/playlists/" + editorial).body()).isEqualTo(NOT_FOUND);
        }
        assertThat(ext).isNotNull();
    }

    @Test
    void searchLimitIsAtMostTen() {
        assertThat(get("/v1/search?q=a&type=track&limit=10").status()).isEqualTo(200);
        Http.Res r = get("/v1/search?q=a&type=track&limit=11");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body())
                .isEqualTo("{\"error\":{\"status\":400,\"message\":\"Invalid limit\"}}");
        assertThat(get("/v1/search?q=a&type=track").json().path("tracks").path("limit").asInt())
                .isEqualTo(5);
    }

    @Test
    void playlistItemsUseTheNewShapeAndOnlyForTheOwner() {
        Playlist own = Fixtures.ownedPlaylist(w(), user());
        JsonNode mine = get("/v1/playlists/" + own.id()).json();
        assertThat(mine.has("tracks")).isFalse();
        assertThat(mine.path("items").path("items").path(0).has("item")).isTrue();
        assertThat(mine.path("items").path("items").path(0).has("track")).isFalse();
        JsonNode items = get("/v1/playlists/" + own.id() + "/items").json();
        assertThat(items.path("items").path(0).path("item").path("id").asString())
                .isEqualTo(own.items().getFirst().trackId());
        Playlist other = Fixtures.othersPlaylist(w(), user());
        JsonNode theirs = get("/v1/playlists/" + other.id()).json();
        assertThat(theirs.has("items")).isFalse();
        assertThat(theirs.path("name").asString()).isEqualTo(other.name());
        assertThat(get("/v1/playlists/" + other.id() + "/items").body()).isEqualTo(FORBIDDEN);
        String uri = "{\"uris\":[\"spotify:track:" + w().tracks().getFirst().id() + "\"]}";
        assertThat(send("POST", "/v1/playlists/" + own.id() + "/tracks", uri).body())
                .isEqualTo(FORBIDDEN);
        assertThat(send("POST", "/v1/playlists/" + own.id() + "/items", uri).status())
                .isEqualTo(201);
        assertThat(send("POST", "/v1/users/" + user() + "/playlists", "{\"name\":\"x\"}").body())
                .isEqualTo(FORBIDDEN);
    }

    @Test
    void removedFieldsAreAbsent() {
        String track = w().tracks().getFirst().id();
        JsonNode t = get("/v1/tracks/" + track).json();
        assertThat(t.has("popularity")).isFalse();
        assertThat(t.has("available_markets")).isFalse();
        assertThat(t.path("preview_url").isNull())
                .as("preview_url closed since 27 Nov 2024")
                .isTrue();
        assertThat(t.path("name").asString()).isNotBlank();
        JsonNode album = get("/v1/albums/" + w().tracks().getFirst().albumId()).json();
        assertThat(album.has("popularity")).isFalse();
        assertThat(album.has("label")).isFalse();
        JsonNode artist = get("/v1/artists/" + w().artists().getFirst().id()).json();
        assertThat(artist.has("popularity")).isFalse();
        assertThat(artist.has("followers")).isFalse();
        assertThat(artist.has("genres")).isTrue();
        JsonNode me = get("/v1/me").json();
        for (String removed : List.of("email", "country", "product", "followers")) {
            assertThat(me.has(removed)).as(removed).isFalse();
        }
        assertThat(me.path("id").asString()).isEqualTo(user());
    }

    @Test
    void singleGetsStillWork() {
        assertThat(get("/v1/tracks/" + w().tracks().get(2).id()).status()).isEqualTo(200);
        assertThat(get("/v1/artists/" + w().artists().get(2).id() + "/albums").status())
                .isEqualTo(200);
        assertThat(get("/v1/me/playlists").status()).isEqualTo(200);
    }

    @Test
    void anAppWhoseOwnerLacksPremiumIsRefused() {
        String token = e().clientToken("poor-app");
        Http.Res r =
                new Http(e().baseUrl()).get("/v1/tracks/" + w().tracks().getFirst().id(), token);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("error").path("message").asString())
                .startsWith("Active premium subscription required for the owner of the app");
    }

    @Test
    void anAppHasAtMostFiveUsers() {
        ClientApp app = ClientApp.parse("five-app:five-secret");
        try (Emulator dev =
                Emulator.builder()
                        .world(EmulatorExtension.SMALL_WORLD)
                        .mode(Mode.DEVELOPMENT)
                        .client(app)
                        .start()) {
            Http http = new Http(dev.baseUrl());
            List<String> users = dev.world().users().stream().limit(6).map(u -> u.id()).toList();
            for (int i = 0; i < 6; i++) {
                String token =
                        (String)
                                dev.userTokens("five-app", users.get(i), Fixtures.ALL_SCOPES)
                                        .get("access_token");
                Http.Res me = http.get("/v1/me", token);
                if (i < 5) {
                    assertThat(me.status()).as("user " + i).isEqualTo(200);
                } else {
                    assertThat(me.status()).isEqualTo(403);
                    assertThat(me.body()).contains("the user may not be registered");
                }
            }
        }
    }

    private String fill(String template) {
        Artist a = w().artists().getFirst();
        return template.replace("TRACK", w().tracks().getFirst().id())
                .replace("ARTIST", a.id())
                .replace("ALBUM", w().albums().getFirst().id())
                .replace("USER", user())
                .replace("PLAYLIST", Fixtures.ownedPlaylist(w(), user()).id());
    }
}
