package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.Call;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.internal.Json;
import dev.spotrec.spotify.model.Page;
import dev.spotrec.spotify.model.Playlist;
import dev.spotrec.spotify.model.PlaylistItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JavaType;

/**
 * Playlists: details (optionally filtered with {@code fields}), items through {@code /tracks} (100
 * per page) or {@code /items} (50 per page), creation, adding and removing items, and the lists of
 * a user's and the current user's playlists.
 *
 * <p>Items are read through {@code /tracks} unless the app is in development mode, where only
 * {@code /items} exists; when the mode is unknown and {@code /tracks} answers 403, the client
 * retries through {@code /items} and, if that works, records development mode.
 */
public final class Playlists {

    /** Which items endpoint to read. */
    public enum Via {
        /** {@code GET /playlists/{id}/tracks}, 100 per page; removed in development mode. */
        TRACKS,
        /** {@code GET /playlists/{id}/items}, 50 per page. */
        ITEMS
    }

    private static final JavaType PLAYLIST = Json.type(Playlist.class);
    private static final JavaType ITEMS = Pager.page(PlaylistItem.class);
    private static final JavaType PLAYLISTS = Pager.page(Playlist.class);
    private static final JavaType SNAPSHOT = Json.type(String.class);
    private static final String ALGORITHMIC_PREFIX = "37i9dQZF";

    private final Api api;

    Playlists(Api api) {
        this.api = api;
    }

    /** {@return the playlist with its first page of items} @param id id, URI or URL */
    public Playlist get(String id) {
        return get(id, null);
    }

    /**
     * The playlist, filtered.
     *
     * @param id id, URI or URL
     * @param fields a filter such as {@code name,items(total)}, or {@code null} for everything
     * @return the playlist; fields left out are {@code null}
     */
    public Playlist get(String id, String fields) {
        String playlistId = SpotifyUri.id(id, SpotifyType.PLAYLIST);
        try {
            return api.call(Endpoint.PLAYLIST)
                    .path(playlistId)
                    .market()
                    .query("fields", fields)
                    .query("additional_types", "track,episode")
                    .fetch(PLAYLIST);
        } catch (SpotifyApiException e) {
            throw algorithmic(playlistId, e);
        }
    }

    /**
     * {@return every item, lazily, reading pages ahead; close the stream to stop early} @param id
     * id, URI or URL
     */
    public Stream<PlaylistItem> items(String id) {
        return items(id, null, null);
    }

    /**
     * Every item, lazily.
     *
     * @param id id, URI or URL
     * @param fields an item filter such as {@code items(track(id,name)),limit,next,offset,total}
     *     (keep the paging fields), or {@code null}
     * @param via the endpoint, or {@code null} to choose by mode
     * @return the items in playlist order
     */
    public Stream<PlaylistItem> items(String id, String fields, Via via) {
        String playlistId = SpotifyUri.id(id, SpotifyType.PLAYLIST);
        Via chosen = choose(via);
        Endpoint endpoint =
                chosen == Via.TRACKS ? Endpoint.PLAYLIST_TRACKS : Endpoint.PLAYLIST_ITEMS;
        Page<PlaylistItem> first = firstPage(playlistId, 0, endpoint.limit(), fields, via, chosen);
        Endpoint used =
                first.href() != null && first.href().contains("/items")
                        ? Endpoint.PLAYLIST_ITEMS
                        : endpoint;
        return Pager.from(api, first, used, null, ITEMS, Integer.MAX_VALUE);
    }

    /**
     * One page of items.
     *
     * @param id id, URI or URL
     * @param offset first index
     * @param limit 1-100 through {@code /tracks}, 1-50 through {@code /items}
     * @param fields a filter, or {@code null}
     * @param via the endpoint, or {@code null} to choose by mode
     * @return the page
     */
    public Page<PlaylistItem> itemsPage(String id, int offset, int limit, String fields, Via via) {
        return firstPage(
                SpotifyUri.id(id, SpotifyType.PLAYLIST), offset, limit, fields, via, choose(via));
    }

    private Page<PlaylistItem> firstPage(
            String id, int offset, int limit, String fields, Via requested, Via chosen) {
        try {
            return itemsCall(chosen, id, offset, limit, fields).fetch(ITEMS);
        } catch (EndpointUnavailableException closed) {
            if (requested != null || chosen != Via.TRACKS || !api.mode().detecting()) {
                throw closed;
            }
            Page<PlaylistItem> page =
                    itemsCall(
                                    Via.ITEMS,
                                    id,
                                    offset,
                                    Math.min(limit, Endpoint.PLAYLIST_ITEMS.limit()),
                                    fields)
                            .fetch(ITEMS);
            api.mode()
                    .detected(
                            ApiMode.DEVELOPMENT,
                            Endpoint.PLAYLIST_TRACKS.describe() + " answered 403");
            return page;
        } catch (SpotifyApiException e) {
            throw algorithmic(id, e);
        }
    }

    private Call itemsCall(Via via, String id, int offset, int limit, String fields) {
        Endpoint endpoint = via == Via.TRACKS ? Endpoint.PLAYLIST_TRACKS : Endpoint.PLAYLIST_ITEMS;
        return api.call(endpoint)
                .path(id)
                .market()
                .query("fields", fields)
                .query("limit", Pager.limit(limit, endpoint))
                .query("offset", Pager.offset(offset, Integer.MAX_VALUE))
                .query("additional_types", "track,episode");
    }

    private Via choose(Via via) {
        if (via != null) {
            return via;
        }
        return api.mode().development() ? Via.ITEMS : Via.TRACKS;
    }

    /**
     * Creates a playlist for the current user ({@code POST /me/playlists}).
     *
     * @param details name, description, visibility
     * @return the new playlist
     */
    public Playlist create(NewPlaylist details) {
        return api.call(Endpoint.CREATE_MY_PLAYLIST).json(body(details)).fetch(PLAYLIST);
    }

    /**
     * Creates a playlist for a user ({@code POST /users/{id}/playlists}); removed in development
     * mode, where {@link #create(NewPlaylist)} is the alternative.
     *
     * @param userId the user id, URI or URL (must be the current user)
     * @param details name, description, visibility
     * @return the new playlist
     */
    public Playlist createForUser(String userId, NewPlaylist details) {
        return api.call(Endpoint.CREATE_USER_PLAYLIST)
                .path(SpotifyUri.id(userId, SpotifyType.USER))
                .json(body(details))
                .fetch(PLAYLIST);
    }

    /**
     * Appends items, 100 per request, in order.
     *
     * @param id playlist id, URI or URL
     * @param items track or episode URIs or URLs (bare ids are taken as tracks)
     * @return the playlist's new snapshot id
     */
    public String add(String id, List<String> items) {
        return add(id, items, -1);
    }

    /**
     * Inserts items at {@code position}, 100 per request, keeping their order.
     *
     * @param id playlist id, URI or URL
     * @param items track or episode URIs or URLs
     * @param position zero-based index, or -1 to append
     * @return the playlist's new snapshot id
     */
    public String add(String id, List<String> items, int position) {
        String playlistId = SpotifyUri.id(id, SpotifyType.PLAYLIST);
        List<String> uris = uris(items);
        String snapshot = null;
        for (int from = 0; from < uris.size(); from += Endpoint.PLAYLIST_ADD.batch()) {
            List<String> chunk =
                    uris.subList(from, Math.min(uris.size(), from + Endpoint.PLAYLIST_ADD.batch()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("uris", chunk);
            if (position >= 0) {
                body.put("position", position + from);
            }
            snapshot =
                    api.call(Endpoint.PLAYLIST_ADD)
                            .path(playlistId)
                            .json(body)
                            .fetchField("snapshot_id", SNAPSHOT);
        }
        return snapshot;
    }

    /**
     * Removes every occurrence of the items, 100 per request.
     *
     * @param id playlist id, URI or URL
     * @param items track or episode URIs or URLs
     * @return the playlist's new snapshot id
     */
    public String remove(String id, List<String> items) {
        String playlistId = SpotifyUri.id(id, SpotifyType.PLAYLIST);
        List<String> uris = uris(items);
        String snapshot = null;
        for (int from = 0; from < uris.size(); from += Endpoint.PLAYLIST_REMOVE.batch()) {
            List<Map<String, String>> chunk = new ArrayList<>();
            for (String uri :
                    uris.subList(
                            from, Math.min(uris.size(), from + Endpoint.PLAYLIST_REMOVE.batch()))) {
                chunk.add(Map.of("uri", uri));
            }
            snapshot =
                    api.call(Endpoint.PLAYLIST_REMOVE)
                            .path(playlistId)
                            .json(Map.of("items", chunk))
                            .fetchField("snapshot_id", SNAPSHOT);
        }
        return snapshot;
    }

    /** {@return the current user's own and followed playlists, lazily} */
    public Stream<Playlist> mine() {
        return Pager.stream(
                api,
                mineCall(0, Endpoint.MY_PLAYLISTS.limit()),
                Endpoint.MY_PLAYLISTS,
                null,
                PLAYLISTS,
                Integer.MAX_VALUE);
    }

    /**
     * {@return one page of the current user's playlists} @param offset first index @param limit
     * 1-50
     */
    public Page<Playlist> minePage(int offset, int limit) {
        return mineCall(offset, limit).fetch(PLAYLISTS);
    }

    /**
     * {@return a user's public playlists, lazily (extended mode only)} @param userId id, URI or URL
     */
    public Stream<Playlist> ofUser(String userId) {
        return Pager.stream(
                api,
                ofUserCall(userId, 0, Endpoint.USER_PLAYLISTS.limit()),
                Endpoint.USER_PLAYLISTS,
                null,
                PLAYLISTS,
                Integer.MAX_VALUE);
    }

    /**
     * One page of a user's public playlists.
     *
     * @param userId id, URI or URL
     * @param offset first index
     * @param limit 1-50
     * @return the page
     */
    public Page<Playlist> ofUserPage(String userId, int offset, int limit) {
        return ofUserCall(userId, offset, limit).fetch(PLAYLISTS);
    }

    private Call mineCall(int offset, int limit) {
        return api.call(Endpoint.MY_PLAYLISTS)
                .query("limit", Pager.limit(limit, Endpoint.MY_PLAYLISTS))
                .query("offset", Pager.offset(offset, Integer.MAX_VALUE));
    }

    private Call ofUserCall(String userId, int offset, int limit) {
        return api.call(Endpoint.USER_PLAYLISTS)
                .path(SpotifyUri.id(userId, SpotifyType.USER))
                .query("limit", Pager.limit(limit, Endpoint.USER_PLAYLISTS))
                .query("offset", Pager.offset(offset, Integer.MAX_VALUE));
    }

    private static Map<String, Object> body(NewPlaylist details) {
        if (details == null) {
            throw new IllegalArgumentException(
                    "details must not be null: use NewPlaylist.named(name)");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", details.name());
        body.put("public", details.isPublic());
        body.put("collaborative", details.collaborative());
        if (details.description() != null) {
            body.put("description", details.description());
        }
        return body;
    }

    private static List<String> uris(List<String> items) {
        if (items == null) {
            throw new IllegalArgumentException("items must not be null");
        }
        List<String> uris = new ArrayList<>(items.size());
        for (String item : items) {
            if (item != null && item.length() == 22 && SpotifyUri.isBase62Id(item)) {
                uris.add("spotify:track:" + item);
                continue;
            }
            SpotifyUri uri = SpotifyUri.parse(item);
            if (uri.type() != SpotifyType.TRACK && uri.type() != SpotifyType.EPISODE) {
                throw new IllegalArgumentException(
                        "\""
                                + item
                                + "\" is a "
                                + uri.type().key()
                                + "; a playlist holds tracks and episodes only");
            }
            uris.add(uri.toString());
        }
        return uris;
    }

    /**
     * Spotify-owned and algorithmic playlists answer 404 to new apps: say so instead of "not
     * found".
     */
    private SpotifyApiException algorithmic(String id, SpotifyApiException e) {
        if (e.status() == 404 && id.startsWith(ALGORITHMIC_PREFIX)) {
            return new EndpointUnavailableException(
                    "GET /playlists/" + id + " (a Spotify-owned or algorithmic playlist)",
                    Endpoint.Closure.ALGORITHMIC_PLAYLISTS.on(),
                    Endpoint.Closure.ALGORITHMIC_PLAYLISTS.alternative(),
                    api.mode().get().orElse(ApiMode.EXTENDED),
                    404,
                    e.error(),
                    e.request());
        }
        return e;
    }
}
