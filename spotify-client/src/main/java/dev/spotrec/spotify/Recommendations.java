package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.Call;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.internal.Json;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JavaType;

/** Spotify's recommendations and genre seeds (closed to new apps since 27 November 2024). */
public final class Recommendations {

    private static final JavaType RESULT =
            Json.type(dev.spotrec.spotify.model.Recommendations.class);
    private static final JavaType GENRES = Json.listOf(String.class);

    private final Api api;

    Recommendations(Api api) {
        this.api = api;
    }

    /** {@return tracks recommended for the query's seeds} @param query seeds and tunables */
    public dev.spotrec.spotify.model.Recommendations get(RecommendationQuery query) {
        if (query == null) {
            throw new IllegalArgumentException(
                    "query must not be null: use RecommendationQuery.ofTracks(...)");
        }
        Call call =
                api.call(Endpoint.RECOMMENDATIONS)
                        .query("limit", query.limit())
                        .market()
                        .query("seed_artists", join(query.seedArtists()))
                        .query("seed_genres", join(query.seedGenres()))
                        .query("seed_tracks", join(query.seedTracks()));
        for (Map.Entry<String, Double> tunable : query.tunables().entrySet()) {
            double v = tunable.getValue();
            call.query(
                    tunable.getKey(),
                    v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
        }
        return call.fetch(RESULT);
    }

    /** {@return the genre names usable as seeds} */
    public List<String> genreSeeds() {
        return api.call(Endpoint.GENRE_SEEDS).fetchField("genres", GENRES);
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }
}
