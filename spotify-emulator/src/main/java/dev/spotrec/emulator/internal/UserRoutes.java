package dev.spotrec.emulator.internal;

import static dev.spotrec.emulator.internal.Route.Closure.FORBIDDEN;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.TimeRange;
import dev.spotrec.datasets.TopItems;
import dev.spotrec.datasets.User;
import dev.spotrec.datasets.World;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Users and their playlists: {@code /me}, {@code /users/{id}}, a user's playlists and mine, and the
 * current user's top artists and tracks per {@code time_range}. Development mode closes {@code
 * /users/{id}} and {@code /users/{id}/playlists} (403, 11 Feb 2026).
 */
final class UserRoutes {
    private final World world;
    private final Store store;
    private final Catalog catalog;
    private final PeopleJson json;
    private final Derived derived;

    UserRoutes(World world, Store store, Catalog catalog, PeopleJson json, Derived derived) {
        this.world = world;
        this.store = store;
        this.catalog = catalog;
        this.json = json;
        this.derived = derived;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/v1/me", this::me),
                Route.get("/v1/users/{user_id}", this::profile).closed(FORBIDDEN),
                Route.get("/v1/users/{user_id}/playlists", this::userPlaylists).closed(FORBIDDEN),
                Route.get("/v1/me/playlists", this::myPlaylists),
                Route.get("/v1/me/top/{type}", this::top));
    }

    private Reply me(Call c) {
        User u = derived.user(c.user());
        JsonOut o = new JsonOut(512);
        json.privateUser(o, u, c.hasScope("user-read-private"), c.hasScope("user-read-email"));
        return Reply.json(o.toBytes());
    }

    private User user(Call c) {
        String id = c.pathParam("user_id");
        User u = SpotifyIds.isUserId(id) ? derived.user(id) : null;
        if (u == null) {
            throw ApiError.notFound();
        }
        return u;
    }

    private Reply profile(Call c) {
        JsonOut o = new JsonOut(512);
        json.publicUser(o, user(c));
        return Reply.json(o.toBytes());
    }

    private Reply userPlaylists(Call c) {
        User u = user(c);
        boolean self = u.id().equals(c.token.userId());
        return playlists(c, u.id(), self && c.hasScope("playlist-read-private"));
    }

    private Reply myPlaylists(Call c) {
        return playlists(c, c.user(), c.hasScope("playlist-read-private"));
    }

    /** Owned then followed playlists; private ones only when {@code withPrivate}. */
    private Reply playlists(Call c, String userId, boolean withPrivate) {
        int limit = c.limit(20, 50);
        int offset = c.offset(100_000);
        Set<String> ids = new LinkedHashSet<>();
        List<Store.PlaylistState> list = new ArrayList<>();
        for (Playlist p : store.ownedBy(userId)) {
            if ((p.isPublic() || withPrivate) && ids.add(p.id())) {
                list.add(store.playlist(p.id()).orElseThrow());
            }
        }
        for (String id : store.library(userId).playlists()) {
            store.playlist(id)
                    .filter(s -> s.playlist().isPublic() || withPrivate)
                    .filter(s -> ids.add(id))
                    .ifPresent(list::add);
        }
        List<byte[]> page = new ArrayList<>();
        for (int i = offset; i < Math.min(list.size(), offset + limit); i++) {
            page.add(json.simplifiedPlaylist(list.get(i)));
        }
        return Reply.json(Paging.offsetPage(c.pagePath(), "", offset, limit, list.size(), page));
    }

    private Reply top(Call c) {
        String type = c.pathParam("type");
        if (!type.equals("artists") && !type.equals("tracks")) {
            throw new ApiError(404, Messages.SERVICE_NOT_FOUND);
        }
        String user = c.userWith("user-top-read");
        TimeRange range;
        try {
            range =
                    TimeRange.fromApiName(
                            c.query("time_range") == null ? "medium_term" : c.query("time_range"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("Invalid time range");
        }
        int limit = c.limit(20, 50);
        int offset = c.offset();
        TopItems top = world.topItems(user, range).orElse(null);
        List<String> ids =
                top == null ? List.of() : type.equals("artists") ? top.artistIds() : top.trackIds();
        List<byte[]> page = new ArrayList<>();
        for (int i = offset; i < Math.min(ids.size(), offset + limit); i++) {
            page.add(
                    type.equals("artists")
                            ? catalog.artist(ids.get(i))
                            : catalog.track(ids.get(i)));
        }
        return Reply.json(
                Paging.offsetPage(
                        c.pagePath(),
                        "time_range=" + range.apiName(),
                        offset,
                        limit,
                        ids.size(),
                        page));
    }
}
