package dev.spotrec.emulator.internal;

import static dev.spotrec.emulator.internal.Route.Closure.NOT_FOUND;

import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.AudioFeatures;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /recommendations} and its genre seeds; closed to development mode (404, 27 Nov 2024).
 *
 * <p>Idea: each seed (artist, track or genre) opens a pool of tracks by artists of the seed's
 * primary genre; candidates pass the {@code min_*}/{@code max_*} bounds on audio features and
 * popularity, and are ranked by popularity minus 100 times the distance to the {@code target_*}
 * values. O(pool size log pool size) per call.
 */
final class RecommendationRoutes {
    private static final List<String> TUNABLE =
            List.of(
                    "acousticness",
                    "danceability",
                    "energy",
                    "instrumentalness",
                    "liveness",
                    "loudness",
                    "speechiness",
                    "tempo",
                    "valence",
                    "popularity");

    private final World world;
    private final Catalog catalog;
    private final Derived derived;

    RecommendationRoutes(World world, Catalog catalog, Derived derived) {
        this.world = world;
        this.catalog = catalog;
        this.derived = derived;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/v1/recommendations", this::recommend).closed(NOT_FOUND),
                Route.get("/v1/recommendations/available-genre-seeds", this::genres)
                        .closed(NOT_FOUND));
    }

    private Reply genres(Call c) {
        JsonOut o = new JsonOut(1024).raw("{\"genres\":[");
        List<String> genres = derived.genres();
        for (int i = 0; i < genres.size(); i++) {
            o.raw(i == 0 ? "" : ",").str(genres.get(i));
        }
        return Reply.catalog(o.raw("]}").toBytes(), "genre-seeds");
    }

    private record Seed(String type, String id, String genre) {}

    private Reply recommend(Call c) {
        int limit = c.limit(20, 100);
        List<Seed> seeds = seeds(c);
        Set<String> seedTracks = new LinkedHashSet<>();
        seeds.stream().filter(s -> s.type().equals("TRACK")).forEach(s -> seedTracks.add(s.id()));
        List<Track> picked = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(seedTracks);
        JsonOut seedsJson = new JsonOut(512).raw("[");
        for (int i = 0; i < seeds.size(); i++) {
            Seed s = seeds.get(i);
            List<Track> pool = pool(s.genre());
            List<Track> passing = pool.stream().filter(t -> passes(c, t)).toList();
            passing.stream().filter(t -> seen.add(t.id())).forEach(picked::add);
            seedsJson
                    .raw(i == 0 ? "" : ",")
                    .raw("{\"afterFilteringSize\":")
                    .num(passing.size())
                    .raw(",\"afterRelinkingSize\":")
                    .num(passing.size());
            if (!s.type().equals("GENRE")) {
                seedsJson
                        .raw(",\"href\":")
                        .str(
                                catalog.urls()
                                        .api(
                                                s.type().equals("ARTIST") ? "artists" : "tracks",
                                                s.id()));
            }
            seedsJson
                    .raw(",\"id\":")
                    .str(s.id())
                    .raw(",\"initialPoolSize\":")
                    .num(pool.size())
                    .raw(",\"type\":")
                    .str(s.type())
                    .raw("}");
        }
        picked.sort(Comparator.comparingDouble((Track t) -> -score(c, t)).thenComparing(Track::id));
        JsonOut o = new JsonOut(2048 * Math.min(limit, picked.size()) + 1024);
        o.raw("{\"seeds\":").raw(seedsJson.raw("]").toBytes()).raw(",\"tracks\":[");
        for (int i = 0; i < Math.min(limit, picked.size()); i++) {
            o.raw(i == 0 ? "" : ",").raw(catalog.track(picked.get(i).id()));
        }
        return Reply.json(o.raw("]}").toBytes());
    }

    private List<Seed> seeds(Call c) {
        List<Seed> seeds = new ArrayList<>();
        for (String id : split(c.query("seed_artists"))) {
            Artist a = world.artist(validId(id)).orElse(null);
            seeds.add(
                    new Seed(
                            "ARTIST",
                            id,
                            a == null || a.genres().isEmpty() ? null : a.genres().getFirst()));
        }
        for (String id : split(c.query("seed_tracks"))) {
            Track t = world.track(validId(id)).orElse(null);
            Artist a = t == null ? null : world.artist(t.primaryArtistId()).orElse(null);
            seeds.add(
                    new Seed(
                            "TRACK",
                            id,
                            a == null || a.genres().isEmpty() ? null : a.genres().getFirst()));
        }
        for (String g : split(c.query("seed_genres"))) {
            seeds.add(new Seed("GENRE", g, g));
        }
        if (seeds.isEmpty()) {
            throw ApiError.badRequest("At least one seed must be provided");
        }
        if (seeds.size() > 5) {
            throw ApiError.badRequest("Too many seeds, the maximum is 5");
        }
        return seeds;
    }

    private static String validId(String id) {
        if (!SpotifyIds.isBase62Id(id)) {
            throw ApiError.badRequest(Messages.INVALID_ID);
        }
        return id;
    }

    private static List<String> split(String v) {
        List<String> list = new ArrayList<>();
        if (v != null) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    list.add(s.strip());
                }
            }
        }
        return list;
    }

    private List<Track> pool(String genre) {
        List<Track> pool = new ArrayList<>();
        if (genre != null) {
            for (Artist a : derived.genreArtists(genre).stream().limit(50).toList()) {
                pool.addAll(world.artistTracks(a.id()));
            }
        }
        return pool;
    }

    private static double value(Track t, String attribute) {
        AudioFeatures f = t.features();
        return switch (attribute) {
            case "popularity" -> t.popularity();
            case "acousticness" -> f.acousticness();
            case "danceability" -> f.danceability();
            case "energy" -> f.energy();
            case "instrumentalness" -> f.instrumentalness();
            case "liveness" -> f.liveness();
            case "loudness" -> f.loudness();
            case "speechiness" -> f.speechiness();
            case "tempo" -> f.tempo();
            default -> f.valence();
        };
    }

    private static boolean passes(Call c, Track t) {
        if (t.features() == null) {
            return false;
        }
        for (String a : TUNABLE) {
            Double min = number(c, "min_" + a);
            Double max = number(c, "max_" + a);
            double v = value(t, a);
            if ((min != null && v < min) || (max != null && v > max)) {
                return false;
            }
        }
        return true;
    }

    private static double score(Call c, Track t) {
        double score = t.popularity();
        for (String a : TUNABLE) {
            Double target = number(c, "target_" + a);
            if (target != null) {
                double scale =
                        a.equals("tempo")
                                ? 200
                                : a.equals("loudness") ? 60 : a.equals("popularity") ? 100 : 1;
                score -= 100 * Math.abs(value(t, a) - target) / scale;
            }
        }
        return score;
    }

    private static Double number(Call c, String name) {
        String v = c.query(name);
        if (v == null) {
            return null;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Invalid value for " + name);
        }
    }
}
