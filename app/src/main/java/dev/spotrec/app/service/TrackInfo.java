package dev.spotrec.app.service;

import java.util.List;

/**
 * A track as the warehouse knows it.
 *
 * @param trackId the Spotify track id
 * @param name its name
 * @param artists the artists' names, primary first
 * @param album the album's name, or null when unknown
 * @param albumId the album's id, or null when unknown
 */
public record TrackInfo(
        String trackId, String name, List<String> artists, String album, String albumId) {
    /** Validates and copies. */
    public TrackInfo {
        if (trackId == null || name == null) {
            throw new IllegalArgumentException("TrackInfo: trackId and name must not be null");
        }
        artists = List.copyOf(artists);
    }
}
