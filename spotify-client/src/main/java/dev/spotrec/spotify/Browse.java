package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.Call;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.internal.Json;
import dev.spotrec.spotify.model.Album;
import dev.spotrec.spotify.model.Category;
import dev.spotrec.spotify.model.FeaturedPlaylists;
import dev.spotrec.spotify.model.Page;
import dev.spotrec.spotify.model.Playlist;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JavaType;

/**
 * Browse: new releases, categories, featured and category playlists, and markets. Featured and
 * category playlists are closed to new apps since 27 November 2024; new releases, categories and
 * markets are removed in development mode ({@link EndpointUnavailableException}).
 */
public final class Browse {

    private static final JavaType ALBUMS = Pager.page(Album.class);
    private static final JavaType CATEGORIES = Pager.page(Category.class);
    private static final JavaType CATEGORY = Json.type(Category.class);
    private static final JavaType PLAYLISTS = Pager.page(Playlist.class);
    private static final JavaType FEATURED = Json.type(FeaturedPlaylists.class);
    private static final JavaType MARKETS = Json.listOf(String.class);

    private final Api api;

    Browse(Api api) {
        this.api = api;
    }

    /** {@return new album releases, lazily, 50 per request} */
    public Stream<Album> newReleases() {
        return Pager.stream(
                api,
                paged(
                        api.call(Endpoint.NEW_RELEASES),
                        Endpoint.NEW_RELEASES,
                        0,
                        Endpoint.NEW_RELEASES.limit()),
                Endpoint.NEW_RELEASES,
                "albums",
                ALBUMS,
                Integer.MAX_VALUE);
    }

    /** {@return one page of new releases} @param offset first index @param limit 1-50 */
    public Page<Album> newReleasesPage(int offset, int limit) {
        return paged(api.call(Endpoint.NEW_RELEASES), Endpoint.NEW_RELEASES, offset, limit)
                .fetchField("albums", ALBUMS);
    }

    /** {@return every browse category, lazily} */
    public Stream<Category> categories() {
        return Pager.stream(
                api,
                paged(
                        api.call(Endpoint.CATEGORIES),
                        Endpoint.CATEGORIES,
                        0,
                        Endpoint.CATEGORIES.limit()),
                Endpoint.CATEGORIES,
                "categories",
                CATEGORIES,
                Integer.MAX_VALUE);
    }

    /** {@return one page of categories} @param offset first index @param limit 1-50 */
    public Page<Category> categoriesPage(int offset, int limit) {
        return paged(api.call(Endpoint.CATEGORIES), Endpoint.CATEGORIES, offset, limit)
                .fetchField("categories", CATEGORIES);
    }

    /** {@return one category} @param categoryId the category id, e.g. {@code dinner} */
    public Category category(String categoryId) {
        return api.call(Endpoint.CATEGORY)
                .path(Pager.text("categoryId", categoryId))
                .fetch(CATEGORY);
    }

    /**
     * {@return one page of featured playlists with the headline} @param offset first index @param
     * limit 1-50
     */
    public FeaturedPlaylists featuredPlaylists(int offset, int limit) {
        return paged(
                        api.call(Endpoint.FEATURED_PLAYLISTS),
                        Endpoint.FEATURED_PLAYLISTS,
                        offset,
                        limit)
                .fetch(FEATURED);
    }

    /** {@return a category's playlists, lazily} @param categoryId the category id */
    public Stream<Playlist> categoryPlaylists(String categoryId) {
        return Pager.stream(
                api,
                categoryPlaylistsCall(categoryId, 0, Endpoint.CATEGORY_PLAYLISTS.limit()),
                Endpoint.CATEGORY_PLAYLISTS,
                "playlists",
                PLAYLISTS,
                Integer.MAX_VALUE);
    }

    /**
     * One page of a category's playlists.
     *
     * @param categoryId the category id
     * @param offset first index
     * @param limit 1-50
     * @return the page
     */
    public Page<Playlist> categoryPlaylistsPage(String categoryId, int offset, int limit) {
        return categoryPlaylistsCall(categoryId, offset, limit).fetchField("playlists", PLAYLISTS);
    }

    /** {@return the ISO 3166-1 markets where Spotify is available} */
    public List<String> markets() {
        return api.call(Endpoint.MARKETS).fetchField("markets", MARKETS);
    }

    private Call categoryPlaylistsCall(String categoryId, int offset, int limit) {
        return paged(
                api.call(Endpoint.CATEGORY_PLAYLISTS).path(Pager.text("categoryId", categoryId)),
                Endpoint.CATEGORY_PLAYLISTS,
                offset,
                limit);
    }

    private static Call paged(Call call, Endpoint endpoint, int offset, int limit) {
        return call.query("limit", Pager.limit(limit, endpoint))
                .query("offset", Pager.offset(offset, Integer.MAX_VALUE));
    }
}
