package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.User;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes users (PublicUserObject, PrivateUserObject) and playlists (SimplifiedPlaylistObject,
 * PlaylistObject, PlaylistTrackObject). In extended mode playlists carry their items under {@code
 * tracks}, each entry's object under {@code track} (the pre-2026 shape); development mode uses
 * {@code items} and {@code item} (the 2026 shape) and leaves out the user fields removed on 11 Feb
 * 2026.
 */
final class PeopleJson {
    private final Urls urls;
    private final boolean dev;
    private final Catalog catalog;
    private final Derived derived;

    PeopleJson(Urls urls, boolean dev, Catalog catalog, Derived derived) {
        this.urls = urls;
        this.dev = dev;
        this.catalog = catalog;
        this.derived = derived;
    }

    /** The key of a playlist's items in this mode: {@code tracks} or {@code items}. */
    String itemsKey() {
        return dev ? "items" : "tracks";
    }

    void publicUser(JsonOut o, User u) {
        o.raw("{\"display_name\":").str(u.displayName());
        links(o, u.id());
        if (!dev) {
            o.raw(",\"followers\":{\"href\":null,\"total\":").num(u.followers()).raw("}");
        }
        o.raw(",\"images\":[],\"type\":\"user\",\"uri\":").str(u.uri()).raw("}");
    }

    /**
     * The current user; country, product and explicit content need {@code user-read-private}, email
     * {@code user-read-email}.
     */
    void privateUser(JsonOut o, User u, boolean readPrivate, boolean readEmail) {
        o.raw("{\"display_name\":").str(u.displayName());
        links(o, u.id());
        o.raw(",\"images\":[],\"type\":\"user\",\"uri\":").str(u.uri());
        if (!dev) {
            o.raw(",\"followers\":{\"href\":null,\"total\":").num(u.followers()).raw("}");
            if (readPrivate) {
                o.raw(",\"country\":")
                        .str(u.country() == null ? "US" : u.country())
                        .raw(",\"product\":")
                        .str(u.product() == null ? "free" : u.product());
            }
            if (readEmail) {
                o.raw(",\"email\":").str(u.id() + "@users.spotrec.invalid");
            }
        }
        if (readPrivate) {
            o.raw(",\"explicit_content\":{\"filter_enabled\":false,\"filter_locked\":false}");
        }
        o.raw("}");
    }

    private void links(JsonOut o, String userId) {
        o.raw(",\"external_urls\":{\"spotify\":")
                .str(urls.open("user", userId))
                .raw("},\"href\":")
                .str(urls.api("users", userId))
                .raw(",\"id\":")
                .str(userId);
    }

    private void playlistUser(JsonOut o, String userId, boolean withName) {
        o.raw("{\"external_urls\":{\"spotify\":")
                .str(urls.open("user", userId))
                .raw("},\"href\":")
                .str(urls.api("users", userId))
                .raw(",\"id\":")
                .str(userId)
                .raw(",\"type\":\"user\",\"uri\":")
                .str("spotify:user:" + userId);
        if (withName) {
            User u = derived.user(userId);
            o.raw(",\"display_name\":").str(u == null ? userId : u.displayName());
        }
        o.raw("}");
    }

    private void playlistHead(JsonOut o, Store.PlaylistState s) {
        Playlist p = s.playlist();
        o.raw("{\"collaborative\":")
                .bool(p.collaborative())
                .raw(",\"description\":")
                .str(p.description())
                .raw(",\"external_urls\":{\"spotify\":")
                .str(urls.open("playlist", p.id()))
                .raw("},\"href\":")
                .str(urls.api("playlists", p.id()))
                .raw(",\"id\":")
                .str(p.id())
                .raw(",\"images\":");
        catalog.json().images(o, p.id(), 640);
        o.raw(",\"name\":").str(p.name()).raw(",\"owner\":");
        playlistUser(o, p.ownerId(), true);
        o.raw(",\"public\":").bool(p.isPublic()).raw(",\"snapshot_id\":").str(s.snapshotId());
    }

    byte[] simplifiedPlaylist(Store.PlaylistState s) {
        JsonOut o = new JsonOut(1024);
        playlistHead(o, s);
        Playlist p = s.playlist();
        o.raw(",")
                .name(itemsKey())
                .raw("{\"href\":")
                .str(urls.api("playlists", p.id()) + "/" + itemsKey())
                .raw(",\"total\":")
                .num(p.items().size())
                .raw("},\"type\":\"playlist\",\"uri\":")
                .str(p.uri())
                .raw("}");
        return o.toBytes();
    }

    /**
     * PlaylistObject; {@code withItems} false leaves the items out (development mode, not owner).
     */
    byte[] playlist(Store.PlaylistState s, boolean withItems) {
        Playlist p = s.playlist();
        JsonOut o = new JsonOut(4096);
        playlistHead(o, s);
        o.raw(",\"followers\":{\"href\":null,\"total\":").num(p.followers()).raw("}");
        if (withItems) {
            o.raw(",")
                    .name(itemsKey())
                    .raw(itemsPage(s, itemsKey(), dev ? "item" : "track", 0, 100));
        }
        o.raw(",\"type\":\"playlist\",\"uri\":").str(p.uri()).raw("}");
        return o.toBytes();
    }

    /** A page of PlaylistTrackObjects under the endpoint {@code /playlists/{id}/{endpoint}}. */
    byte[] itemsPage(
            Store.PlaylistState s, String endpoint, String itemKey, int offset, int limit) {
        List<PlaylistItem> items = s.playlist().items();
        List<byte[]> page = new ArrayList<>();
        for (int i = offset; i < Math.min(items.size(), offset + limit); i++) {
            page.add(playlistTrack(items.get(i), itemKey));
        }
        return Paging.offsetPage(
                urls.api("playlists", s.playlist().id()) + "/" + endpoint,
                "",
                offset,
                limit,
                items.size(),
                page);
    }

    private byte[] playlistTrack(PlaylistItem item, String itemKey) {
        byte[] track = catalog.track(item.trackId());
        JsonOut o = new JsonOut(track.length + 400);
        o.raw("{\"added_at\":").str(item.addedAt().toString()).raw(",\"added_by\":");
        playlistUser(o, item.addedBy(), false);
        o.raw(",\"is_local\":false,").name(itemKey).raw(track).raw("}");
        return o.toBytes();
    }
}
