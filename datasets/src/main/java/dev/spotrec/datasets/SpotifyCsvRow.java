package dev.spotrec.datasets;

import java.util.List;

/**
 * One row of the Spotify playlist CSV (2024): a track in a playlist, with its audio features.
 *
 * @param trackId {@code track_id}
 * @param trackName {@code track_name}
 * @param artistNames {@code track_artist} split on ", " (so "Tyler, The Creator" becomes two)
 * @param trackPopularity {@code track_popularity}, 0 to 100
 * @param durationMs {@code duration_ms}; 0 when the row has none
 * @param albumId {@code track_album_id}
 * @param albumName {@code track_album_name}
 * @param albumReleaseDate {@code track_album_release_date}: yyyy, yyyy-MM or yyyy-MM-dd
 * @param playlistId {@code playlist_id}
 * @param playlistName {@code playlist_name}
 * @param playlistGenre {@code playlist_genre}
 * @param playlistSubgenre {@code playlist_subgenre}
 * @param features the audio-feature columns; null when the row has none
 */
public record SpotifyCsvRow(
    String trackId,
    String trackName,
    List<String> artistNames,
    int trackPopularity,
    int durationMs,
    String albumId,
    String albumName,
    String albumReleaseDate,
    String playlistId,
    String playlistName,
    String playlistGenre,
    String playlistSubgenre,
    AudioFeatures features) {
  /** Validates and copies the arguments. */
  public SpotifyCsvRow {
    Require.base62Id("track_id", trackId);
    Require.text("track_name", trackName);
    artistNames = Require.strings("track_artist", artistNames);
    if (artistNames.isEmpty()) {
      throw new IllegalArgumentException("track_artist must name at least one artist");
    }
    Require.range("track_popularity", trackPopularity, 0, 100);
    Require.range("duration_ms", durationMs, 0, Integer.MAX_VALUE);
    Require.base62Id("track_album_id", albumId);
    Require.text("track_album_name", albumName);
    Require.text("track_album_release_date", albumReleaseDate);
    Require.base62Id("playlist_id", playlistId);
    Require.text("playlist_name", playlistName);
    Require.text("playlist_genre", playlistGenre);
    Require.text("playlist_subgenre", playlistSubgenre);
  }
}
