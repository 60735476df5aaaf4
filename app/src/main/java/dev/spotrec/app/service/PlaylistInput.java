package dev.spotrec.app.service;

import java.util.List;

/**
 * A playlist to continue.
 *
 * @param playlistId the Spotify playlist id, or null for an unsaved list
 * @param name the playlist's name, or null
 * @param ownerId the owner's Spotify user id, or null
 * @param trackIds the playlist's track ids, in order
 */
public record PlaylistInput(String playlistId, String name, String ownerId, List<String> trackIds) {
    /** Validates and copies the track ids. */
    public PlaylistInput {
        if (trackIds == null) {
            throw new IllegalArgumentException("PlaylistInput: trackIds must not be null");
        }
        trackIds = List.copyOf(trackIds);
    }
}
