package dev.spotrec.warehouse;

import dev.spotrec.datasets.AudioFeatures;

/**
 * A track's attributes for content-based models, as streamed by {@link Warehouse#forEachTrack}.
 *
 * @param id track id
 * @param name title
 * @param albumId album id
 * @param primaryArtistId first artist; null when the warehouse has none for it
 * @param durationMs duration
 * @param explicit explicit lyrics
 * @param popularity popularity 0-100; null when unknown
 * @param releaseDate the album's release date ({@code yyyy[-MM[-dd]]}); null when unknown
 * @param features audio features; null when the warehouse has none
 */
public record TrackAttributes(
        String id,
        String name,
        String albumId,
        String primaryArtistId,
        int durationMs,
        boolean explicit,
        Integer popularity,
        String releaseDate,
        AudioFeatures features) {}
