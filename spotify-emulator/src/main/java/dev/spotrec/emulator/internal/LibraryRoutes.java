package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.World;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The current user's library and follows: saved tracks ({@code /me/tracks}), the 2026 generic
 * library ({@code /me/library} with URIs, at most 40), followed artists with cursor paging ({@code
 * /me/following}), and following playlists. Each endpoint enforces its scopes (403).
 */
final class LibraryRoutes {
    private final World world;
    private final Store store;
    private final Catalog catalog;
    private final Clock clock;

    LibraryRoutes(World world, Store store, Catalog catalog, Clock clock) {
        this.world = world;
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/v1/me/tracks", this::savedTracks),
                Route.put("/v1/me/tracks", c -> saveTracks(c, true)),
                Route.delete("/v1/me/tracks", c -> saveTracks(c, false)),
                Route.get("/v1/me/tracks/contains", this::containsTracks),
                Route.put("/v1/me/library", c -> library(c, true)),
                Route.delete("/v1/me/library", c -> library(c, false)),
                Route.get("/v1/me/library/contains", this::libraryContains),
                Route.get("/v1/me/following", this::following),
                Route.put("/v1/me/following", c -> follow(c, true)),
                Route.delete("/v1/me/following", c -> follow(c, false)),
                Route.get("/v1/me/following/contains", this::followingContains),
                Route.put("/v1/playlists/{playlist_id}/followers", c -> followPlaylist(c, true)),
                Route.delete(
                        "/v1/playlists/{playlist_id}/followers", c -> followPlaylist(c, false)),
                Route.get("/v1/playlists/{playlist_id}/followers/contains", this::followsPlaylist));
    }

    private Reply savedTracks(Call c) {
        Library lib = store.library(c.userWith("user-library-read"));
        int limit = c.limit(20, 50);
        int offset = c.offset();
        List<Map.Entry<String, java.time.Instant>> saved = lib.savedTracks();
        List<byte[]> page = new ArrayList<>();
        for (int i = offset; i < Math.min(saved.size(), offset + limit); i++) {
            byte[] track = catalog.track(saved.get(i).getKey());
            page.add(
                    new JsonOut(track.length + 64)
                            .raw("{\"added_at\":")
                            .str(saved.get(i).getValue().toString())
                            .raw(",\"track\":")
                            .raw(track)
                            .raw("}")
                            .toBytes());
        }
        return Reply.json(Paging.offsetPage(c.pagePath(), "", offset, limit, saved.size(), page));
    }

    private List<String> bodyOrQueryIds(Call c, int max) {
        if (c.query("ids") != null) {
            return c.ids("ids", max);
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode n : c.jsonBody().path("ids")) {
            String id = n.asString("");
            if (!SpotifyIds.isBase62Id(id)) {
                throw ApiError.badRequest(Messages.INVALID_ID);
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw ApiError.badRequest("Missing required parameter: ids");
        }
        if (ids.size() > max) {
            throw ApiError.badRequest(Messages.TOO_MANY_IDS);
        }
        return ids;
    }

    private Reply saveTracks(Call c, boolean save) {
        Library lib = store.library(c.userWith("user-library-modify"));
        for (String id : bodyOrQueryIds(c, 50)) {
            if (save) {
                lib.saveTrack(id, clock.instant().truncatedTo(ChronoUnit.SECONDS));
            } else {
                lib.removeTrack(id);
            }
        }
        return Reply.empty(200);
    }

    private Reply containsTracks(Call c) {
        Library lib = store.library(c.userWith("user-library-read"));
        return booleans(c.ids("ids", 50).stream().map(lib::hasTrack).toList());
    }

    /** Parses {@code spotify:KIND:ID} URIs; Spotify-style 400 for a bad or unsupported one. */
    private List<String[]> uris(Call c, List<String> allowed) {
        String v = c.query("uris");
        if (v == null) {
            throw ApiError.badRequest("Missing required parameter: uris");
        }
        List<String[]> list = new ArrayList<>();
        for (String raw : v.split(",")) {
            String[] parts = raw.strip().split(":");
            if (parts.length != 3 || !parts[0].equals("spotify")) {
                throw ApiError.badRequest("Invalid URI: " + raw.strip());
            }
            if (!allowed.contains(parts[1])) {
                throw ApiError.badRequest("Unsupported URI type: " + parts[1]);
            }
            boolean ok =
                    parts[1].equals("user")
                            ? SpotifyIds.isUserId(parts[2])
                            : SpotifyIds.isBase62Id(parts[2]);
            if (!ok) {
                throw ApiError.badRequest("Invalid URI: " + raw.strip());
            }
            list.add(new String[] {parts[1], parts[2]});
        }
        if (list.size() > 40) {
            throw ApiError.badRequest("Too many URIs, maximum is 40");
        }
        return list;
    }

    private Reply library(Call c, boolean save) {
        List<String[]> uris = uris(c, List.of("track", "album", "artist", "user", "playlist"));
        String user = c.user();
        for (String[] u : uris) {
            c.userWith(
                    switch (u[0]) {
                        case "track", "album" -> "user-library-modify";
                        case "playlist" -> "playlist-modify-public";
                        default -> "user-follow-modify";
                    });
        }
        Library lib = store.library(user);
        for (String[] u : uris) {
            switch (u[0]) {
                case "track" -> {
                    if (save) {
                        lib.saveTrack(u[1], clock.instant().truncatedTo(ChronoUnit.SECONDS));
                    } else {
                        lib.removeTrack(u[1]);
                    }
                }
                case "album" -> {
                    if (save) {
                        lib.saveAlbum(u[1], clock.instant().truncatedTo(ChronoUnit.SECONDS));
                    } else {
                        lib.removeAlbum(u[1]);
                    }
                }
                default -> {
                    if (save) {
                        lib.follow(u[0], u[1]);
                    } else {
                        lib.unfollow(u[0], u[1]);
                    }
                }
            }
        }
        return Reply.empty(200);
    }

    private Reply libraryContains(Call c) {
        List<String[]> uris = uris(c, List.of("track", "album", "artist", "user", "playlist"));
        Library lib = store.library(c.user());
        List<Boolean> result = new ArrayList<>();
        for (String[] u : uris) {
            c.userWith(
                    switch (u[0]) {
                        case "track", "album" -> "user-library-read";
                        case "playlist" -> "playlist-read-private";
                        default -> "user-follow-read";
                    });
            result.add(
                    switch (u[0]) {
                        case "track" -> lib.hasTrack(u[1]);
                        case "album" -> lib.hasAlbum(u[1]);
                        default -> lib.follows(u[0], u[1]);
                    });
        }
        return booleans(result);
    }

    private String followType(Call c, boolean artistOnly) {
        String type = c.query("type");
        if (!"artist".equals(type) && (artistOnly || !"user".equals(type))) {
            throw ApiError.badRequest(
                    artistOnly ? "Only artist type is supported" : "Invalid type");
        }
        return type;
    }

    private Reply following(Call c) {
        Library lib = store.library(c.userWith("user-follow-read"));
        followType(c, true);
        int limit = c.limit(20, 50);
        List<String> artists = lib.artists();
        int start = 0;
        String after = c.query("after");
        if (after != null) {
            int at = artists.indexOf(after);
            if (at < 0) {
                throw ApiError.badRequest("Invalid after cursor");
            }
            start = at + 1;
        }
        List<byte[]> page = new ArrayList<>();
        for (int i = start; i < Math.min(artists.size(), start + limit); i++) {
            page.add(catalog.artist(artists.get(i)));
        }
        int end = start + page.size();
        String next = end < artists.size() && end > 0 ? artists.get(end - 1) : null;
        return Reply.json(
                Paging.wrap(
                        "artists",
                        Paging.cursorPage(
                                c.pagePath(), "type=artist", limit, artists.size(), page, next)));
    }

    private Reply follow(Call c, boolean follow) {
        Library lib = store.library(c.userWith("user-follow-modify"));
        String type = followType(c, false);
        List<String> ids = new ArrayList<>();
        String v = c.query("ids");
        if (v != null) {
            for (String s : v.split(",")) {
                ids.add(s.strip());
            }
        } else {
            c.jsonBody().path("ids").forEach(n -> ids.add(n.asString("")));
        }
        if (ids.isEmpty() || ids.size() > 50) {
            throw ApiError.badRequest(
                    ids.isEmpty() ? "Missing required parameter: ids" : Messages.TOO_MANY_IDS);
        }
        for (String id : ids) {
            boolean known =
                    type.equals("artist")
                            ? world.artist(id).isPresent()
                            : world.user(id).isPresent();
            if (!known) {
                throw ApiError.badRequest(Messages.INVALID_ID);
            }
            if (follow) {
                lib.follow(type, id);
            } else {
                lib.unfollow(type, id);
            }
        }
        return Reply.empty(204);
    }

    private Reply followingContains(Call c) {
        Library lib = store.library(c.userWith("user-follow-read"));
        String type = followType(c, false);
        String v = c.query("ids");
        if (v == null) {
            throw ApiError.badRequest("Missing required parameter: ids");
        }
        List<Boolean> result = new ArrayList<>();
        for (String id : v.split(",")) {
            result.add(lib.follows(type, id.strip()));
        }
        return booleans(result);
    }

    private Reply followPlaylist(Call c, boolean follow) {
        String id = c.id("playlist_id");
        store.playlist(id).orElseThrow(ApiError::notFound);
        boolean isPublic = c.jsonBody().path("public").asBoolean(true);
        Library lib =
                store.library(
                        c.userWith(
                                isPublic ? "playlist-modify-public" : "playlist-modify-private"));
        if (follow) {
            lib.follow("playlist", id);
        } else {
            lib.unfollow("playlist", id);
        }
        return Reply.empty(200);
    }

    private Reply followsPlaylist(Call c) {
        String id = c.id("playlist_id");
        store.playlist(id).orElseThrow(ApiError::notFound);
        return booleans(List.of(store.library(c.user()).follows("playlist", id)));
    }

    private static Reply booleans(List<Boolean> values) {
        JsonOut o = new JsonOut(8 + values.size() * 6).raw("[");
        for (int i = 0; i < values.size(); i++) {
            o.raw(i == 0 ? "" : ",").bool(values.get(i));
        }
        return Reply.json(o.raw("]").toBytes());
    }
}
