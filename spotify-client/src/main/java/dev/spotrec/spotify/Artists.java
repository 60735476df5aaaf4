package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.Batcher;
import dev.spotrec.spotify.internal.Call;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.internal.Json;
import dev.spotrec.spotify.model.Album;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.Page;
import dev.spotrec.spotify.model.Track;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JavaType;

/**
 * Artists, their albums, top tracks and related artists. Top tracks are removed in development
 * mode; related artists are closed to apps without extended access.
 */
public final class Artists {

    private static final JavaType ARTIST = Json.type(Artist.class);
    private static final JavaType ALBUMS = Pager.page(Album.class);
    private static final JavaType TRACKS = Json.listOf(Track.class);
    private static final JavaType ARTISTS = Json.listOf(Artist.class);

    private final Api api;
    private final Batcher batcher;

    Artists(Api api, Batcher batcher) {
        this.api = api;
        this.batcher = batcher;
    }

    /** {@return the artist} @param id id, URI or URL */
    public Artist get(String id) {
        return api.call(Endpoint.ARTIST).path(SpotifyUri.id(id, SpotifyType.ARTIST)).fetch(ARTIST);
    }

    /**
     * Any number of artists, in ⌈distinct/50⌉ concurrent requests (one GET per id in development
     * mode).
     *
     * @param ids ids, URIs or URLs
     * @return one artist per input, in order; {@code null} for unknown ids
     */
    public List<Artist> get(Collection<String> ids) {
        return batcher.get(
                ids,
                SpotifyType.ARTIST,
                Endpoint.ARTISTS,
                Endpoint.ARTIST,
                "artists",
                Artist.class);
    }

    /**
     * All of the artist's albums, lazily.
     *
     * @param id id, URI or URL
     * @param includeGroups {@code album}, {@code single}, {@code appears_on}, {@code compilation};
     *     none for all
     * @return the albums
     */
    public Stream<Album> albums(String id, String... includeGroups) {
        return Pager.stream(
                api,
                albumsCall(id, 0, Endpoint.ARTIST_ALBUMS.limit(), includeGroups),
                Endpoint.ARTIST_ALBUMS,
                null,
                ALBUMS,
                Integer.MAX_VALUE);
    }

    /**
     * One page of the artist's albums.
     *
     * @param id id, URI or URL
     * @param offset first index
     * @param limit 1-10
     * @param includeGroups groups to include; none for all
     * @return the page
     */
    public Page<Album> albumsPage(String id, int offset, int limit, String... includeGroups) {
        return albumsCall(id, offset, limit, includeGroups).fetch(ALBUMS);
    }

    private Call albumsCall(String id, int offset, int limit, String... includeGroups) {
        return api.call(Endpoint.ARTIST_ALBUMS)
                .path(SpotifyUri.id(id, SpotifyType.ARTIST))
                .query(
                        "include_groups",
                        includeGroups.length == 0 ? null : String.join(",", includeGroups))
                .market()
                .query("limit", Pager.limit(limit, Endpoint.ARTIST_ALBUMS))
                .query("offset", Pager.offset(offset, Integer.MAX_VALUE));
    }

    /** {@return the artist's top tracks in the client's market} @param id id, URI or URL */
    public List<Track> topTracks(String id) {
        return api.call(Endpoint.ARTIST_TOP_TRACKS)
                .path(SpotifyUri.id(id, SpotifyType.ARTIST))
                .market()
                .fetchField("tracks", TRACKS);
    }

    /** {@return artists similar to this one} @param id id, URI or URL */
    public List<Artist> related(String id) {
        return api.call(Endpoint.ARTIST_RELATED)
                .path(SpotifyUri.id(id, SpotifyType.ARTIST))
                .fetchField("artists", ARTISTS);
    }
}
