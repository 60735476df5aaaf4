package dev.spotrec.spotify.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Every Web API endpoint the client calls, with the query parameters it sends, its default page
 * size (the endpoint's maximum {@code limit}) and batch size (the most ids per call). The OpenAPI
 * contract test checks this table against Spotify's description. Adding an endpoint family (player,
 * shows, episodes) means adding rows here, a model record and a few lines in an endpoint group.
 */
public enum Endpoint {
    SEARCH(
            "GET",
            "/search",
            List.of("q", "type", "market", "limit", "offset", "include_external"),
            10,
            0,
            null),
    TRACK("GET", "/tracks/{id}", List.of("market"), 0, 0, null),
    TRACKS("GET", "/tracks", List.of("ids", "market"), 0, 50, Closure.BATCH),
    AUDIO_FEATURE("GET", "/audio-features/{id}", List.of(), 0, 0, Closure.AUDIO),
    AUDIO_FEATURES("GET", "/audio-features", List.of("ids"), 0, 100, Closure.AUDIO),
    AUDIO_ANALYSIS("GET", "/audio-analysis/{id}", List.of(), 0, 0, Closure.AUDIO),
    ARTIST("GET", "/artists/{id}", List.of(), 0, 0, null),
    ARTISTS("GET", "/artists", List.of("ids"), 0, 50, Closure.BATCH),
    ARTIST_ALBUMS(
            "GET",
            "/artists/{id}/albums",
            List.of("include_groups", "market", "limit", "offset"),
            10,
            0,
            null),
    ARTIST_TOP_TRACKS(
            "GET", "/artists/{id}/top-tracks", List.of("market"), 0, 0, Closure.TOP_TRACKS),
    ARTIST_RELATED("GET", "/artists/{id}/related-artists", List.of(), 0, 0, Closure.RELATED),
    ALBUM("GET", "/albums/{id}", List.of("market"), 0, 0, null),
    ALBUMS("GET", "/albums", List.of("ids", "market"), 0, 20, Closure.BATCH),
    ALBUM_TRACKS("GET", "/albums/{id}/tracks", List.of("market", "limit", "offset"), 50, 0, null),
    PLAYLIST(
            "GET",
            "/playlists/{playlist_id}",
            List.of("market", "fields", "additional_types"),
            0,
            0,
            null),
    PLAYLIST_TRACKS(
            "GET",
            "/playlists/{playlist_id}/tracks",
            List.of("market", "fields", "limit", "offset", "additional_types"),
            100,
            0,
            Closure.PLAYLIST_TRACKS),
    PLAYLIST_ITEMS(
            "GET",
            "/playlists/{playlist_id}/items",
            List.of("market", "fields", "limit", "offset", "additional_types"),
            50,
            0,
            null),
    PLAYLIST_ADD("POST", "/playlists/{playlist_id}/items", List.of("position"), 0, 100, null),
    PLAYLIST_REMOVE("DELETE", "/playlists/{playlist_id}/items", List.of(), 0, 100, null),
    MY_PLAYLISTS("GET", "/me/playlists", List.of("limit", "offset"), 50, 0, null),
    CREATE_MY_PLAYLIST("POST", "/me/playlists", List.of(), 0, 0, null),
    USER_PLAYLISTS(
            "GET",
            "/users/{user_id}/playlists",
            List.of("limit", "offset"),
            50,
            0,
            Closure.USER_PLAYLISTS),
    CREATE_USER_PLAYLIST(
            "POST", "/users/{user_id}/playlists", List.of(), 0, 0, Closure.CREATE_USER_PLAYLIST),
    ME("GET", "/me", List.of(), 0, 0, null),
    USER("GET", "/users/{user_id}", List.of(), 0, 0, Closure.USER),
    TOP_ARTISTS("GET", "/me/top/artists", List.of("time_range", "limit", "offset"), 50, 0, null),
    TOP_TRACKS("GET", "/me/top/tracks", List.of("time_range", "limit", "offset"), 50, 0, null),
    SAVED_TRACKS("GET", "/me/tracks", List.of("market", "limit", "offset"), 50, 0, null),
    LIBRARY_SAVE("PUT", "/me/library", List.of("uris"), 0, 40, null),
    LIBRARY_REMOVE("DELETE", "/me/library", List.of("uris"), 0, 40, null),
    LIBRARY_CONTAINS("GET", "/me/library/contains", List.of("uris"), 0, 40, null),
    FOLLOWED_ARTISTS("GET", "/me/following", List.of("type", "after", "limit"), 50, 0, null),
    NEW_RELEASES(
            "GET", "/browse/new-releases", List.of("limit", "offset"), 50, 0, Closure.NEW_RELEASES),
    CATEGORIES(
            "GET",
            "/browse/categories",
            List.of("locale", "limit", "offset"),
            50,
            0,
            Closure.CATEGORIES),
    CATEGORY(
            "GET", "/browse/categories/{category_id}", List.of("locale"), 0, 0, Closure.CATEGORIES),
    FEATURED_PLAYLISTS(
            "GET",
            "/browse/featured-playlists",
            List.of("locale", "limit", "offset"),
            50,
            0,
            Closure.BROWSE_PLAYLISTS),
    CATEGORY_PLAYLISTS(
            "GET",
            "/browse/categories/{category_id}/playlists",
            List.of("limit", "offset"),
            50,
            0,
            Closure.BROWSE_PLAYLISTS),
    MARKETS("GET", "/markets", List.of(), 0, 0, Closure.MARKETS),
    RECOMMENDATIONS(
            "GET",
            "/recommendations",
            List.of("limit", "market", "seed_artists", "seed_genres", "seed_tracks"),
            100,
            0,
            Closure.RECOMMENDATIONS),
    GENRE_SEEDS(
            "GET",
            "/recommendations/available-genre-seeds",
            List.of(),
            0,
            0,
            Closure.RECOMMENDATIONS);

    private final String method;
    private final String path;
    private final List<String> params;
    private final int limit;
    private final int batch;
    private final Closure closure;

    Endpoint(
            String method,
            String path,
            List<String> params,
            int limit,
            int batch,
            Closure closure) {
        this.method = method;
        this.path = path;
        this.params = params;
        this.limit = limit;
        this.batch = batch;
        this.closure = closure;
    }

    /** {@return the HTTP method} */
    public String method() {
        return method;
    }

    /** {@return the path template below the API base, e.g. {@code /tracks/{id}}} */
    public String path() {
        return path;
    }

    /** {@return the query parameters the client may send} */
    public List<String> params() {
        return params;
    }

    /** {@return the page size the client asks for (the maximum), or 0 when not paged} */
    public int limit() {
        return limit;
    }

    /** {@return the most ids per call, or 0 when not a batch} */
    public int batch() {
        return batch;
    }

    /** {@return how Spotify closed the endpoint, or {@code null} when open to every app} */
    public Closure closure() {
        return closure;
    }

    /** {@return e.g. {@code GET /tracks/{id}}} */
    public String describe() {
        return method + " " + path;
    }

    /**
     * A closure of endpoints by Spotify.
     *
     * @param on the day it took effect
     * @param developmentOnly whether extended-quota apps keep the endpoint
     * @param status what Spotify answers on a closed endpoint (403 or 404)
     * @param alternative what to use instead
     */
    public record Closure(LocalDate on, boolean developmentOnly, int status, String alternative) {
        static final LocalDate NOV_2024 = LocalDate.of(2024, 11, 27);
        static final LocalDate FEB_2026 = LocalDate.of(2026, 2, 11);

        static final Closure BATCH =
                new Closure(
                        FEB_2026,
                        true,
                        403,
                        "one GET per id, which the client does by itself in DEVELOPMENT mode");
        static final Closure AUDIO =
                new Closure(
                        NOV_2024,
                        false,
                        403,
                        "none in the Web API: use a dataset with audio features or your own audio analysis");
        static final Closure TOP_TRACKS =
                new Closure(FEB_2026, true, 403, "search tracks with the query artist:\"NAME\"");
        static final Closure RELATED =
                new Closure(
                        NOV_2024,
                        false,
                        403,
                        "artists sharing playlists with it, found through playlists and search");
        static final Closure PLAYLIST_TRACKS =
                new Closure(
                        FEB_2026,
                        true,
                        403,
                        "GET /playlists/{playlist_id}/items, which the client uses by itself in DEVELOPMENT mode");
        static final Closure USER_PLAYLISTS =
                new Closure(
                        FEB_2026,
                        true,
                        403,
                        "GET /me/playlists, which lists the logged-in user's own and followed playlists");
        static final Closure CREATE_USER_PLAYLIST =
                new Closure(FEB_2026, true, 403, "POST /me/playlists (playlists().create(...))");
        static final Closure USER =
                new Closure(
                        FEB_2026,
                        true,
                        403,
                        "GET /me for the logged-in user; other users' profiles need extended access");
        static final Closure NEW_RELEASES =
                new Closure(FEB_2026, true, 403, "search albums with the query tag:new");
        static final Closure CATEGORIES =
                new Closure(FEB_2026, true, 403, "search with the query genre:\"NAME\"");
        static final Closure BROWSE_PLAYLISTS =
                new Closure(NOV_2024, false, 404, "search playlists (search type playlist)");
        static final Closure MARKETS =
                new Closure(
                        FEB_2026,
                        true,
                        403,
                        "a fixed list of ISO 3166-1 markets, or the market \"from_token\"");
        static final Closure RECOMMENDATIONS =
                new Closure(
                        NOV_2024,
                        false,
                        403,
                        "build recommendations from playlists, top items and search, as spotrec's recommender does");

        /** Spotify-owned and algorithmic playlists ({@code 37i9dQZF...}) answer 404 to new apps. */
        public static final Closure ALGORITHMIC_PLAYLISTS =
                new Closure(
                        NOV_2024,
                        false,
                        404,
                        "none: Spotify-owned and algorithmic playlists are closed to new apps; use user playlists");
    }
}
