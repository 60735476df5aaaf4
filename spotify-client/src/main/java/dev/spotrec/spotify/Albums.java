package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.Batcher;
import dev.spotrec.spotify.internal.Call;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.internal.Json;
import dev.spotrec.spotify.model.Album;
import dev.spotrec.spotify.model.Page;
import dev.spotrec.spotify.model.Track;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JavaType;

/** Albums and their tracks. */
public final class Albums {

    private static final JavaType ALBUM = Json.type(Album.class);
    private static final JavaType TRACKS = Pager.page(Track.class);

    private final Api api;
    private final Batcher batcher;

    Albums(Api api, Batcher batcher) {
        this.api = api;
        this.batcher = batcher;
    }

    /** {@return the album with its first page of tracks} @param id id, URI or URL */
    public Album get(String id) {
        return api.call(Endpoint.ALBUM)
                .path(SpotifyUri.id(id, SpotifyType.ALBUM))
                .market()
                .fetch(ALBUM);
    }

    /**
     * Any number of albums, in ⌈distinct/20⌉ concurrent requests (one GET per id in development
     * mode).
     *
     * @param ids ids, URIs or URLs
     * @return one album per input, in order; {@code null} for unknown ids
     */
    public List<Album> get(Collection<String> ids) {
        return batcher.get(
                ids, SpotifyType.ALBUM, Endpoint.ALBUMS, Endpoint.ALBUM, "albums", Album.class);
    }

    /** {@return all the album's tracks, lazily, 50 per request} @param id id, URI or URL */
    public Stream<Track> tracks(String id) {
        return Pager.stream(
                api,
                tracksCall(id, 0, Endpoint.ALBUM_TRACKS.limit()),
                Endpoint.ALBUM_TRACKS,
                null,
                TRACKS,
                Integer.MAX_VALUE);
    }

    /**
     * One page of the album's tracks.
     *
     * @param id id, URI or URL
     * @param offset first index
     * @param limit 1-50
     * @return the page
     */
    public Page<Track> tracksPage(String id, int offset, int limit) {
        return tracksCall(id, offset, limit).fetch(TRACKS);
    }

    private Call tracksCall(String id, int offset, int limit) {
        return api.call(Endpoint.ALBUM_TRACKS)
                .path(SpotifyUri.id(id, SpotifyType.ALBUM))
                .market()
                .query("limit", Pager.limit(limit, Endpoint.ALBUM_TRACKS))
                .query("offset", Pager.offset(offset, Integer.MAX_VALUE));
    }
}
