package dev.spotrec.spotify.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Recommended tracks for a set of seeds (closed to new apps since 27 November 2024).
 *
 * @param seeds the seeds and how many tracks each yielded
 * @param tracks the recommended tracks
 */
public record Recommendations(List<Seed> seeds, List<Track> tracks) {

    /** Normalises absent collections to empty ones. */
    public Recommendations {
        seeds = Nulls.list(seeds);
        tracks = Nulls.list(tracks);
    }

    /**
     * One recommendation seed (Spotify spells these fields in camelCase).
     *
     * @param id the seed's id or genre
     * @param type {@code artist}, {@code track} or {@code genre}
     * @param href Web API link, or {@code null} for a genre
     * @param initialPoolSize candidate tracks before filtering
     * @param afterFilteringSize candidates after filtering
     * @param afterRelinkingSize candidates after relinking
     */
    public record Seed(
            String id,
            String type,
            String href,
            @JsonProperty("initialPoolSize") Integer initialPoolSize,
            @JsonProperty("afterFilteringSize") Integer afterFilteringSize,
            @JsonProperty("afterRelinkingSize") Integer afterRelinkingSize) {}
}
