package dev.spotrec.datasets;

import java.util.List;

/**
 * One track entry of a Million Playlist Dataset playlist, with the MPD's fields.
 *
 * @param pos 0-based position in the playlist
 * @param artistName {@code artist_name}
 * @param trackUri {@code track_uri}, {@code spotify:track:ID}
 * @param artistUri {@code artist_uri}, {@code spotify:artist:ID}
 * @param trackName {@code track_name}
 * @param albumUri {@code album_uri}, {@code spotify:album:ID}
 * @param durationMs {@code duration_ms}
 * @param albumName {@code album_name}
 */
public record MpdTrack(
        int pos,
        String artistName,
        String trackUri,
        String artistUri,
        String trackName,
        String albumUri,
        long durationMs,
        String albumName) {
    /** Validates the arguments. */
    public MpdTrack {
        Require.range("mpd track pos", pos, 0, Integer.MAX_VALUE);
        Require.text("mpd track artist_name", artistName);
        Require.text("mpd track track_uri", trackUri);
        Require.text("mpd track artist_uri", artistUri);
        Require.text("mpd track track_name", trackName);
        Require.text("mpd track album_uri", albumUri);
        Require.nonNegative("mpd track duration_ms", durationMs);
        Require.text("mpd track album_name", albumName);
    }

    /** The track's artist as the MPD knows it: id and name only. */
    public Artist artist() {
        return new Artist(SpotifyIds.fromUri(artistUri), artistName, List.of(), 0, 0);
    }

    /** The track's album as the MPD knows it: id, name and the track's artist. */
    public Album album() {
        return new Album(
                SpotifyIds.fromUri(albumUri),
                albumName,
                AlbumType.ALBUM,
                null,
                List.of(SpotifyIds.fromUri(artistUri)),
                null,
                0);
    }

    /** The track as the MPD knows it (a duration of 0 ms is stored as 1 ms, the least allowed). */
    public Track track() {
        int duration = (int) Math.max(1, Math.min(Integer.MAX_VALUE, durationMs));
        return new Track(
                SpotifyIds.fromUri(trackUri),
                trackName,
                SpotifyIds.fromUri(albumUri),
                List.of(SpotifyIds.fromUri(artistUri)),
                null,
                duration,
                false,
                0,
                1,
                1,
                null);
    }
}
