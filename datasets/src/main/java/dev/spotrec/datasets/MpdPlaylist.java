package dev.spotrec.datasets;

import java.util.List;

/**
 * One playlist of the Million Playlist Dataset JSON format, with the MPD's fields in file order.
 *
 * @param name {@code name}
 * @param collaborative {@code collaborative} (the MPD writes it as the string "true"/"false")
 * @param pid {@code pid}, the playlist number
 * @param modifiedAt {@code modified_at}, seconds since the epoch
 * @param numTracks {@code num_tracks}
 * @param numAlbums {@code num_albums}
 * @param numFollowers {@code num_followers}
 * @param tracks {@code tracks}, by position
 * @param numEdits {@code num_edits}
 * @param durationMs {@code duration_ms}, the sum over the tracks
 * @param numArtists {@code num_artists}
 * @param description {@code description}, present on some playlists; null otherwise
 */
public record MpdPlaylist(
        String name,
        boolean collaborative,
        long pid,
        long modifiedAt,
        int numTracks,
        int numAlbums,
        int numFollowers,
        List<MpdTrack> tracks,
        int numEdits,
        long durationMs,
        int numArtists,
        String description) {
    /** Validates and copies the arguments. */
    public MpdPlaylist {
        Require.text("mpd playlist name", name);
        Require.nonNegative("mpd playlist pid", pid);
        if (tracks == null) {
            throw new IllegalArgumentException("mpd playlist tracks must not be null");
        }
        tracks = List.copyOf(tracks);
        Require.nonNegative("mpd playlist num_followers", numFollowers);
    }
}
