package dev.spotrec.emulator.internal;

import static dev.spotrec.emulator.internal.Route.Closure.FORBIDDEN;
import static dev.spotrec.emulator.internal.Route.Closure.NOT_FOUND;

import dev.spotrec.datasets.Album;
import java.util.ArrayList;
import java.util.List;

/**
 * Browse: new releases, categories, a category, featured playlists and a category's playlists.
 * Development mode closes new releases and categories (403, 11 Feb 2026) and featured and category
 * playlists (404, 27 Nov 2024).
 */
final class BrowseRoutes {
    private final Catalog catalog;
    private final Derived derived;
    private final Store store;
    private final PeopleJson people;

    BrowseRoutes(Catalog catalog, Derived derived, Store store, PeopleJson people) {
        this.catalog = catalog;
        this.derived = derived;
        this.store = store;
        this.people = people;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/v1/browse/new-releases", this::newReleases).closed(FORBIDDEN),
                Route.get("/v1/browse/categories", this::categories).closed(FORBIDDEN),
                Route.get("/v1/browse/categories/{category_id}", this::category).closed(FORBIDDEN),
                Route.get("/v1/browse/categories/{category_id}/playlists", this::categoryPlaylists)
                        .closed(NOT_FOUND),
                Route.get("/v1/browse/featured-playlists", this::featured).closed(NOT_FOUND));
    }

    private Reply newReleases(Call c) {
        int limit = c.limit(20, 50);
        int offset = c.offset();
        List<Album> albums = derived.newReleases();
        List<byte[]> page = new ArrayList<>();
        for (int i = offset; i < Math.min(albums.size(), offset + limit); i++) {
            page.add(catalog.simplifiedAlbum(albums.get(i).id()));
        }
        return Reply.catalog(
                Paging.wrap(
                        "albums",
                        Paging.offsetPage(c.pagePath(), "", offset, limit, albums.size(), page)),
                c.ctx.path() + "?" + c.ctx.queryString());
    }

    private byte[] category(Derived.Category cat) {
        JsonOut o =
                new JsonOut(512)
                        .raw("{\"href\":")
                        .str(catalog.urls().base() + "/v1/browse/categories/" + cat.id())
                        .raw(",\"icons\":");
        catalog.json().images(o, "category-" + cat.id(), 274);
        return o.raw(",\"id\":").str(cat.id()).raw(",\"name\":").str(cat.name()).raw("}").toBytes();
    }

    private Reply categories(Call c) {
        int limit = c.limit(20, 50);
        int offset = c.offset();
        List<Derived.Category> all = derived.categories();
        List<byte[]> page = new ArrayList<>();
        for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
            page.add(category(all.get(i)));
        }
        return Reply.catalog(
                Paging.wrap(
                        "categories",
                        Paging.offsetPage(c.pagePath(), "", offset, limit, all.size(), page)),
                c.ctx.path() + "?" + c.ctx.queryString());
    }

    private Reply category(Call c) {
        Derived.Category cat = derived.category(c.pathParam("category_id"));
        if (cat == null) {
            throw ApiError.notFound();
        }
        return Reply.catalog(category(cat), c.ctx.path());
    }

    private Reply categoryPlaylists(Call c) {
        Derived.Category cat = derived.category(c.pathParam("category_id"));
        if (cat == null) {
            throw ApiError.notFound();
        }
        return playlists(c, cat.name(), derived.categoryPlaylists(cat.id()));
    }

    private Reply featured(Call c) {
        return playlists(c, "Popular playlists", derived.featured());
    }

    private Reply playlists(Call c, String message, List<String> ids) {
        int limit = c.limit(20, 50);
        int offset = c.offset();
        List<byte[]> page = new ArrayList<>();
        for (int i = offset; i < Math.min(ids.size(), offset + limit); i++) {
            page.add(people.simplifiedPlaylist(store.playlist(ids.get(i)).orElseThrow()));
        }
        byte[] paging = Paging.offsetPage(c.pagePath(), "", offset, limit, ids.size(), page);
        return Reply.json(
                new JsonOut(paging.length + 64)
                        .raw("{\"message\":")
                        .str(message)
                        .raw(",\"playlists\":")
                        .raw(paging)
                        .raw("}")
                        .toBytes());
    }
}
