package dev.spotrec.emulator.internal;

import static dev.spotrec.emulator.internal.Route.Closure.FORBIDDEN;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.World;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Playlists: get (with {@code fields}), items through {@code /tracks} (100 a page, pre-2026 shape)
 * and {@code /items} (50 a page, 2026 shape), add, remove, replace and reorder items, change
 * details, and create. Changes go to the {@link Store}, so they show in later reads. Development
 * mode: {@code /tracks} is gone (403), Spotify-owned playlists are 404, and items come back only to
 * the owner or a collaborator.
 */
final class PlaylistRoutes {
    private final Store store;
    private final PeopleJson json;
    private final World world;

    PlaylistRoutes(Store store, PeopleJson json, World world) {
        this.store = store;
        this.json = json;
        this.world = world;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/v1/playlists/{playlist_id}", this::get),
                Route.put("/v1/playlists/{playlist_id}", this::changeDetails),
                Route.get("/v1/playlists/{playlist_id}/tracks", c -> items(c, "tracks", 100, 100))
                        .closed(FORBIDDEN),
                Route.get("/v1/playlists/{playlist_id}/items", c -> items(c, "items", 20, 50)),
                Route.post("/v1/playlists/{playlist_id}/tracks", this::add).closed(FORBIDDEN),
                Route.post("/v1/playlists/{playlist_id}/items", this::add),
                Route.delete("/v1/playlists/{playlist_id}/tracks", this::remove).closed(FORBIDDEN),
                Route.delete("/v1/playlists/{playlist_id}/items", this::remove),
                Route.put("/v1/playlists/{playlist_id}/tracks", this::update).closed(FORBIDDEN),
                Route.put("/v1/playlists/{playlist_id}/items", this::update),
                Route.post("/v1/me/playlists", c -> create(c, c.user())),
                Route.post("/v1/users/{user_id}/playlists", this::createForUser).closed(FORBIDDEN));
    }

    Store.PlaylistState find(Call c) {
        String id = c.id("playlist_id");
        if (c.dev && id.startsWith(Derived.EDITORIAL_PREFIX)) {
            throw ApiError.notFound();
        }
        return store.playlist(id).orElseThrow(ApiError::notFound);
    }

    /**
     * Owner, or a collaborator: anyone who has added to a collaborative playlist, or follows it.
     */
    boolean canEdit(Call c, Playlist p) {
        String user = c.token.userId();
        if (user == null) {
            return false;
        }
        if (p.ownerId().equals(user)) {
            return true;
        }
        return p.collaborative()
                && (store.library(user).follows("playlist", p.id())
                        || p.items().stream().anyMatch(i -> i.addedBy().equals(user)));
    }

    private Reply get(Call c) {
        Store.PlaylistState s = find(c);
        boolean withItems = !c.dev || canEdit(c, s.playlist());
        byte[] body = json.playlist(s, withItems);
        return filtered(c, body);
    }

    private Reply items(Call c, String endpoint, int dflt, int max) {
        Store.PlaylistState s = find(c);
        if (c.dev && !canEdit(c, s.playlist())) {
            throw ApiError.forbidden(Messages.FORBIDDEN);
        }
        int limit = c.limit(dflt, max);
        int offset = c.offset();
        String itemKey = endpoint.equals("tracks") ? "track" : "item";
        return filtered(c, json.itemsPage(s, endpoint, itemKey, offset, limit));
    }

    private static Reply filtered(Call c, byte[] body) {
        String fields = c.query("fields");
        if (fields == null) {
            return Reply.json(body);
        }
        JsonNode tree = Json.MAPPER.readTree(body);
        return Reply.json(Json.MAPPER.writeValueAsBytes(FieldsFilter.parse(fields).apply(tree)));
    }

    private Store.PlaylistState editable(Call c) {
        Store.PlaylistState s = find(c);
        Playlist p = s.playlist();
        c.userWith(p.isPublic() ? "playlist-modify-public" : "playlist-modify-private");
        if (!canEdit(c, p)) {
            throw ApiError.forbidden("You cannot modify a playlist you don't own.");
        }
        return s;
    }

    private Reply add(Call c) {
        Store.PlaylistState s = editable(c);
        JsonNode body = c.jsonBody();
        List<String> tracks = uris(c, body.path("uris"));
        Integer position =
                c.query("position") != null
                        ? parsePosition(c.query("position"))
                        : body.has("position")
                                ? Integer.valueOf(body.get("position").asInt())
                                : null;
        if (position != null && (position < 0 || position > s.playlist().items().size())) {
            throw ApiError.badRequest("Index out of bounds");
        }
        Store.PlaylistState after = store.addItems(s.playlist().id(), tracks, position, c.user());
        return snapshot(201, after);
    }

    private Reply remove(Call c) {
        Store.PlaylistState s = editable(c);
        JsonNode body = c.jsonBody();
        JsonNode list = body.has("items") ? body.get("items") : body.path("tracks");
        if (!list.isArray() || list.isEmpty()) {
            throw ApiError.badRequest("Missing items to remove");
        }
        if (list.size() > 100) {
            throw ApiError.badRequest("You can remove a maximum of 100 tracks per request.");
        }
        List<String> tracks = new ArrayList<>();
        for (JsonNode n : list) {
            tracks.add(trackId(n.path("uri").asString("")));
        }
        return snapshot(200, store.removeItems(s.playlist().id(), tracks));
    }

    private Reply update(Call c) {
        Store.PlaylistState s = editable(c);
        JsonNode body = c.jsonBody();
        if (c.query("uris") != null || body.has("uris")) {
            return snapshot(
                    200,
                    store.replaceItems(s.playlist().id(), uris(c, body.path("uris")), c.user()));
        }
        int size = s.playlist().items().size();
        int start = body.path("range_start").asInt(-1);
        int before = body.path("insert_before").asInt(-1);
        int length = body.path("range_length").asInt(1);
        if (start < 0
                || start >= size
                || before < 0
                || before > size
                || length < 1
                || start + length > size) {
            throw ApiError.badRequest("Index out of bounds");
        }
        return snapshot(200, store.reorder(s.playlist().id(), start, length, before));
    }

    private Reply changeDetails(Call c) {
        Store.PlaylistState s = editable(c);
        if (!s.playlist().ownerId().equals(c.user())) {
            throw ApiError.forbidden("You cannot modify a playlist you don't own.");
        }
        JsonNode b = c.jsonBody();
        store.changeDetails(
                s.playlist().id(),
                b.has("name") ? b.get("name").asString() : null,
                b.has("description") ? b.get("description").asString() : null,
                b.has("public") ? b.get("public").asBoolean() : null,
                b.has("collaborative") ? b.get("collaborative").asBoolean() : null);
        return Reply.empty(200);
    }

    private Reply createForUser(Call c) {
        String user = c.user();
        if (!user.equals(c.pathParam("user_id"))) {
            throw ApiError.forbidden("You cannot create a playlist for another user.");
        }
        return create(c, user);
    }

    private Reply create(Call c, String user) {
        JsonNode b = c.jsonBody();
        String name = b.path("name").asString("");
        if (name.isBlank()) {
            throw ApiError.badRequest("Missing required field: name");
        }
        boolean isPublic = b.path("public").asBoolean(true);
        boolean collaborative = b.path("collaborative").asBoolean(false);
        if (collaborative && isPublic) {
            throw ApiError.badRequest("Collaborative playlists can only be private.");
        }
        c.userWith(isPublic ? "playlist-modify-public" : "playlist-modify-private");
        Store.PlaylistState s =
                store.create(
                        user, name, b.path("description").asString(""), isPublic, collaborative);
        return Reply.json(201, json.playlist(s, true));
    }

    private List<String> uris(Call c, JsonNode bodyUris) {
        List<String> raw = new ArrayList<>();
        if (c.query("uris") != null) {
            for (String u : c.query("uris").split(",")) {
                raw.add(u.strip());
            }
        } else if (bodyUris.isArray()) {
            bodyUris.forEach(n -> raw.add(n.asString("")));
        }
        if (raw.size() > 100) {
            throw ApiError.badRequest("You can add a maximum of 100 tracks per request.");
        }
        return raw.stream().map(this::trackId).toList();
    }

    private String trackId(String uri) {
        String prefix = "spotify:track:";
        String id = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
        if (!SpotifyIds.isBase62Id(id) || world.track(id).isEmpty()) {
            throw ApiError.badRequest("Invalid track uri: " + uri);
        }
        return id;
    }

    private static Integer parsePosition(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Invalid position");
        }
    }

    private static Reply snapshot(int status, Store.PlaylistState s) {
        return Reply.json(
                status,
                new JsonOut(96).raw("{\"snapshot_id\":").str(s.snapshotId()).raw("}").toBytes());
    }
}
