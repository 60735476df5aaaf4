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
    /** The user every MPD playlist is stored under: the dataset has no owners. */
    public static final String OWNER = "mpd";

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

    /**
     * The playlist as the world model stores it, owned by {@link #OWNER}, with {@code items} (the
     * caller's choice: records, or none where the items are written as columns).
     */
    public Playlist toPlaylist(List<PlaylistItem> items) {
        return new Playlist(
                SpotifyIds.derive("mpd-playlist", Long.toString(pid)),
                OWNER,
                name,
                description == null ? "" : description,
                true,
                collaborative,
                numFollowers,
                items);
    }
}
