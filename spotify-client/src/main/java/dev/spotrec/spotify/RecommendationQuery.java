package dev.spotrec.spotify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seeds and tunable attributes of a recommendations request: one to five seeds in total, 1-100
 * tracks, and optional {@code min_}, {@code max_} or {@code target_} values of the audio attributes
 * (e.g. {@code target_energy=0.8}).
 *
 * @param seedArtists artist ids
 * @param seedGenres genre names from {@link Recommendations#genreSeeds()}
 * @param seedTracks track ids
 * @param limit number of tracks, 1-100
 * @param tunables attribute bounds and targets keyed by parameter name
 */
public record RecommendationQuery(
        List<String> seedArtists,
        List<String> seedGenres,
        List<String> seedTracks,
        int limit,
        Map<String, Double> tunables) {

    /** The attributes that take {@code min_}, {@code max_} and {@code target_} values. */
    public static final Set<String> ATTRIBUTES =
            Set.of(
                    "acousticness",
                    "danceability",
                    "duration_ms",
                    "energy",
                    "instrumentalness",
                    "key",
                    "liveness",
                    "loudness",
                    "mode",
                    "popularity",
                    "speechiness",
                    "tempo",
                    "time_signature",
                    "valence");

    /** Validates the seeds, limit and tunables; ids may be URIs or URLs. */
    public RecommendationQuery {
        seedArtists = ids(seedArtists, SpotifyType.ARTIST);
        seedTracks = ids(seedTracks, SpotifyType.TRACK);
        seedGenres = seedGenres == null ? List.of() : List.copyOf(seedGenres);
        int seeds = seedArtists.size() + seedGenres.size() + seedTracks.size();
        if (seeds < 1 || seeds > 5) {
            throw new IllegalArgumentException(
                    "recommendations need 1-5 seeds in total, got " + seeds);
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be 1-100, got " + limit);
        }
        tunables = tunables == null ? Map.of() : Map.copyOf(tunables);
        for (String name : tunables.keySet()) {
            int cut = name.indexOf('_');
            String prefix = cut < 0 ? "" : name.substring(0, cut);
            if (!Set.of("min", "max", "target").contains(prefix)
                    || !ATTRIBUTES.contains(name.substring(cut + 1))) {
                throw new IllegalArgumentException(
                        "unknown tunable \""
                                + name
                                + "\": use min_, max_ or target_ with one of "
                                + ATTRIBUTES);
            }
        }
    }

    /**
     * {@return a query seeded with up to five tracks, asking for 100 tracks} @param trackIds ids,
     * URIs or URLs
     */
    public static RecommendationQuery ofTracks(String... trackIds) {
        return new RecommendationQuery(List.of(), List.of(), List.of(trackIds), 100, Map.of());
    }

    /**
     * {@return this query with one more tunable}
     *
     * @param name e.g. {@code target_energy}
     * @param value the value
     */
    public RecommendationQuery with(String name, double value) {
        Map<String, Double> more = new LinkedHashMap<>(tunables);
        more.put(name, value);
        return new RecommendationQuery(seedArtists, seedGenres, seedTracks, limit, more);
    }

    private static List<String> ids(List<String> inputs, SpotifyType type) {
        return inputs == null
                ? List.of()
                : inputs.stream().map(id -> SpotifyUri.id(id, type)).toList();
    }
}
