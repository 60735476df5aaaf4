package dev.spotrec.datasets;

import java.time.Instant;

/**
 * One entry of a playlist.
 *
 * @param trackId the track
 * @param addedAt when it was added
 * @param addedBy the user who added it
 */
public record PlaylistItem(String trackId, Instant addedAt, String addedBy) {
    /** Validates the arguments. */
    public PlaylistItem {
        Require.base62Id("playlistItem.trackId", trackId);
        if (addedAt == null) {
            throw new IllegalArgumentException("playlistItem.addedAt must not be null");
        }
        Require.userId("playlistItem.addedBy", addedBy);
    }
}
