package dev.spotrec.datasets;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A track (a recording) on an album.
 *
 * @param id 22-character base62 id
 * @param name title, including any version suffix such as {@code " - Remastered 2011"}
 * @param albumId the album it appears on
 * @param artistIds the performing artists, primary first; never empty
 * @param isrc International Standard Recording Code; null when the source has none
 * @param durationMs duration in milliseconds; 0 when the source does not know it
 * @param explicit whether it has explicit lyrics
 * @param popularity Spotify popularity, 0 to 100
 * @param trackNumber 1-based position on its disc
 * @param discNumber 1-based disc number
 * @param features audio features; null when the source has none
 */
public record Track(
    String id,
    String name,
    String albumId,
    List<String> artistIds,
    String isrc,
    int durationMs,
    boolean explicit,
    int popularity,
    int trackNumber,
    int discNumber,
    AudioFeatures features) {
  private static final Pattern ISRC = Pattern.compile("[A-Z]{2}[A-Z0-9]{3}\\d{7}");

  /** Validates and copies the arguments. */
  public Track {
    Require.base62Id("track.id", id);
    Require.text("track.name", name);
    Require.base62Id("track.albumId", albumId);
    artistIds = Require.ids("track.artistIds", artistIds, true);
    if (isrc != null && !ISRC.matcher(isrc).matches()) {
      throw new IllegalArgumentException("track.isrc must be 12 characters CCXXXYYNNNNN, got "
          + Require.quote(isrc));
    }
    Require.range("track.durationMs", durationMs, 0, Integer.MAX_VALUE);
    Require.range("track.popularity", popularity, 0, 100);
    Require.range("track.trackNumber", trackNumber, 1, Integer.MAX_VALUE);
    Require.range("track.discNumber", discNumber, 1, Integer.MAX_VALUE);
  }

  /** The primary (first) artist's id. */
  public String primaryArtistId() {
    return artistIds.getFirst();
  }

  /** The Spotify URI, {@code spotify:track:ID}. */
  public String uri() {
    return "spotify:track:" + id;
  }
}
