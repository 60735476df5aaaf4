package dev.spotrec.emulator.internal;

import static dev.spotrec.emulator.internal.Route.Closure.FORBIDDEN;
import static dev.spotrec.emulator.internal.Route.Closure.NOT_FOUND;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Tracks, artists, albums, audio features and analysis, and markets. Batch GETs answer {@code null}
 * in place of unknown ids, as Spotify does; their maxima are 50 tracks, 50 artists, 20 albums and
 * 100 audio features. Development mode closes the batch GETs, top tracks and markets (403, 11 Feb
 * 2026), audio features and analysis (403, 27 Nov 2024) and related artists (404).
 */
final class CatalogRoutes {
    private final Catalog catalog;
    private final Derived derived;
    private final World world;

    CatalogRoutes(Catalog catalog, Derived derived) {
        this.catalog = catalog;
        this.derived = derived;
        this.world = catalog.world();
    }

    List<Route> routes() {
        return List.of(
                Route.get("/v1/tracks/{id}", c -> one(c, catalog::track)),
                Route.get("/v1/tracks", c -> many(c, "tracks", 50, catalog::track))
                        .closed(FORBIDDEN),
                Route.get("/v1/artists/{id}", c -> one(c, catalog::artist)),
                Route.get("/v1/artists", c -> many(c, "artists", 50, catalog::artist))
                        .closed(FORBIDDEN),
                Route.get("/v1/artists/{id}/albums", this::artistAlbums),
                Route.get("/v1/artists/{id}/top-tracks", this::topTracks).closed(FORBIDDEN),
                Route.get("/v1/artists/{id}/related-artists", this::related).closed(NOT_FOUND),
                Route.get("/v1/albums/{id}", c -> one(c, catalog::album)),
                Route.get("/v1/albums", c -> many(c, "albums", 20, catalog::album))
                        .closed(FORBIDDEN),
                Route.get("/v1/albums/{id}/tracks", this::albumTracks),
                Route.get("/v1/audio-features/{id}", c -> one(c, catalog::audioFeatures))
                        .closed(FORBIDDEN),
                Route.get(
                                "/v1/audio-features",
                                c -> many(c, "audio_features", 100, catalog::audioFeatures))
                        .closed(FORBIDDEN),
                Route.get("/v1/audio-analysis/{id}", this::analysis).closed(FORBIDDEN),
                Route.get("/v1/markets", c -> Reply.catalog(markets(), "markets"))
                        .closed(FORBIDDEN));
    }

    private static Reply one(Call c, Function<String, byte[]> lookup) {
        byte[] b = lookup.apply(c.id("id"));
        if (b == null) {
            throw ApiError.notFound();
        }
        return Reply.catalog(b, c.ctx.path());
    }

    private static Reply many(Call c, String key, int max, Function<String, byte[]> lookup) {
        List<String> ids = c.ids("ids", max);
        List<byte[]> items = new ArrayList<>(ids.size());
        for (String id : ids) {
            items.add(lookup.apply(id));
        }
        return Reply.catalogParts(
                Paging.arrayParts(key, items), c.ctx.path() + "?" + c.ctx.queryString());
    }

    private Reply artistAlbums(Call c) {
        Artist artist = world.artist(c.id("id")).orElseThrow(ApiError::notFound);
        int limit = c.dev ? c.limit(5, 10) : c.limit(20, 50);
        int offset = c.offset();
        Set<String> groups = groups(c.query("include_groups"));
        List<Album> own = world.artistAlbums(artist.id());
        List<Album> selected = new ArrayList<>();
        List<String> selectedGroups = new ArrayList<>();
        for (Album a : own) {
            if (groups.contains(a.albumType().apiName())) {
                selected.add(a);
                selectedGroups.add(a.albumType().apiName());
            }
        }
        if (groups.contains("appears_on")) {
            Set<String> seen = new LinkedHashSet<>();
            own.forEach(a -> seen.add(a.id()));
            for (Track t : world.artistTracks(artist.id())) {
                if (seen.add(t.albumId())) {
                    selected.add(world.album(t.albumId()).orElseThrow());
                    selectedGroups.add("appears_on");
                }
            }
        }
        List<byte[]> page = new ArrayList<>();
        for (int i = offset; i < Math.min(selected.size(), offset + limit); i++) {
            page.add(catalog.discographyAlbum(selected.get(i), selectedGroups.get(i)));
        }
        String extra =
                c.query("include_groups") == null
                        ? ""
                        : "include_groups=" + c.query("include_groups");
        return Reply.catalog(
                Paging.offsetPage(c.pagePath(), extra, offset, limit, selected.size(), page),
                c.ctx.path() + "?" + c.ctx.queryString());
    }

    private static Set<String> groups(String param) {
        Set<String> all = Set.of("album", "single", "compilation", "appears_on");
        if (param == null) {
            return all;
        }
        Set<String> groups = new LinkedHashSet<>();
        for (String g : param.split(",")) {
            String s = g.strip();
            if (!all.contains(s)) {
                throw ApiError.badRequest("Invalid include_groups value: " + s);
            }
            groups.add(s);
        }
        return groups;
    }

    private Reply topTracks(Call c) {
        Artist artist = world.artist(c.id("id")).orElseThrow(ApiError::notFound);
        List<byte[]> items = derived.topTracks(artist.id()).stream().map(catalog::track).toList();
        return Reply.catalog(Paging.array("tracks", items), c.ctx.path());
    }

    private Reply related(Call c) {
        Artist artist = world.artist(c.id("id")).orElseThrow(ApiError::notFound);
        List<byte[]> items =
                derived.related(artist).stream().map(a -> catalog.artist(a.id())).toList();
        return Reply.catalog(Paging.array("artists", items), c.ctx.path());
    }

    private Reply albumTracks(Call c) {
        String id = c.id("id");
        world.album(id).orElseThrow(ApiError::notFound);
        int limit = c.limit(20, 50);
        int offset = c.offset();
        List<Track> tracks = world.albumTracks(id);
        List<byte[]> page = new ArrayList<>();
        for (int i = offset; i < Math.min(tracks.size(), offset + limit); i++) {
            page.add(catalog.simplifiedTrack(tracks.get(i).id()));
        }
        return Reply.catalog(
                Paging.offsetPage(c.pagePath(), "", offset, limit, tracks.size(), page),
                c.ctx.path() + "?" + c.ctx.queryString());
    }

    private Reply analysis(Call c) {
        Track t = world.track(c.id("id")).orElseThrow(ApiError::notFound);
        if (t.features() == null) {
            throw ApiError.notFound();
        }
        return Reply.catalog(AudioAnalysis.of(t), c.ctx.path());
    }

    private static byte[] markets() {
        return new JsonOut(300)
                .raw("{\"markets\":")
                .raw(CatalogJson.marketsJson())
                .raw("}")
                .toBytes();
    }
}
