package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.Call;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.Page;
import dev.spotrec.spotify.model.Track;
import java.util.stream.Stream;
import tools.jackson.databind.JavaType;

/**
 * The current user's top artists and tracks for a {@link TimeRange} (scope {@code user-top-read}).
 */
public final class Personalization {

    private static final JavaType ARTISTS = Pager.page(Artist.class);
    private static final JavaType TRACKS = Pager.page(Track.class);

    private final Api api;

    Personalization(Api api) {
        this.api = api;
    }

    /** {@return the user's top artists, lazily, 50 per request} @param range the period */
    public Stream<Artist> topArtists(TimeRange range) {
        return Pager.stream(
                api,
                call(Endpoint.TOP_ARTISTS, range, 0, Endpoint.TOP_ARTISTS.limit()),
                Endpoint.TOP_ARTISTS,
                null,
                ARTISTS,
                Integer.MAX_VALUE);
    }

    /** {@return the user's top tracks, lazily, 50 per request} @param range the period */
    public Stream<Track> topTracks(TimeRange range) {
        return Pager.stream(
                api,
                call(Endpoint.TOP_TRACKS, range, 0, Endpoint.TOP_TRACKS.limit()),
                Endpoint.TOP_TRACKS,
                null,
                TRACKS,
                Integer.MAX_VALUE);
    }

    /**
     * One page of top artists.
     *
     * @param range the period
     * @param offset first index
     * @param limit 1-50
     * @return the page
     */
    public Page<Artist> topArtistsPage(TimeRange range, int offset, int limit) {
        return call(Endpoint.TOP_ARTISTS, range, offset, limit).fetch(ARTISTS);
    }

    /**
     * One page of top tracks.
     *
     * @param range the period
     * @param offset first index
     * @param limit 1-50
     * @return the page
     */
    public Page<Track> topTracksPage(TimeRange range, int offset, int limit) {
        return call(Endpoint.TOP_TRACKS, range, offset, limit).fetch(TRACKS);
    }

    private Call call(Endpoint endpoint, TimeRange range, int offset, int limit) {
        if (range == null) {
            throw new IllegalArgumentException(
                    "range must not be null: use TimeRange.MEDIUM_TERM for Spotify's default");
        }
        return api.call(endpoint)
                .query("time_range", range.key())
                .query("limit", Pager.limit(limit, endpoint))
                .query("offset", Pager.offset(offset, Integer.MAX_VALUE));
    }
}
