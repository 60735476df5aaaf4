package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.Call;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.internal.Json;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.CursorPage;
import java.util.stream.Stream;
import tools.jackson.databind.JavaType;

/**
 * The artists the current user follows, cursor-paged (scope {@code user-follow-read}). The Web API
 * has no endpoint listing a user's followers.
 */
public final class Follow {

    private static final JavaType ARTISTS = Json.type(CursorPage.class, Artist.class);

    private final Api api;

    Follow(Api api) {
        this.api = api;
    }

    /** {@return every followed artist, lazily, following the cursors 50 at a time} */
    public Stream<Artist> artists() {
        return Pager.cursorStream(
                api,
                call(null, Endpoint.FOLLOWED_ARTISTS.limit()),
                Endpoint.FOLLOWED_ARTISTS,
                "artists",
                ARTISTS);
    }

    /**
     * One page of followed artists.
     *
     * @param after the last artist id of the previous page, or {@code null} for the first page
     * @param limit 1-50
     * @return the page; its {@code cursors().after()} starts the next
     */
    public CursorPage<Artist> artistsPage(String after, int limit) {
        return call(after, limit).fetchField("artists", ARTISTS);
    }

    private Call call(String after, int limit) {
        return api.call(Endpoint.FOLLOWED_ARTISTS)
                .query("type", "artist")
                .query("after", after == null ? null : SpotifyUri.id(after, SpotifyType.ARTIST))
                .query("limit", Pager.limit(limit, Endpoint.FOLLOWED_ARTISTS));
    }
}
