package dev.spotrec.datasets;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An album, single or compilation.
 *
 * @param id 22-character base62 id
 * @param name title
 * @param albumType album, single or compilation
 * @param releaseDate {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, as Spotify gives it;
 *     null when the source has none (the MPD)
 * @param artistIds the album artists, primary first; never empty
 * @param label record label; may be null when unknown
 * @param popularity Spotify popularity, 0 to 100
 */
public record Album(
    String id,
    String name,
    AlbumType albumType,
    String releaseDate,
    List<String> artistIds,
    String label,
    int popularity) {
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** Validates and copies the arguments. */
  public Album {
    Require.base62Id("album.id", id);
    Require.text("album.name", name);
    if (albumType == null) {
      throw new IllegalArgumentException("album.albumType must not be null");
    }
    if (releaseDate != null && !validDate(releaseDate)) {
      throw new IllegalArgumentException(
          "album.releaseDate must be yyyy, yyyy-MM or yyyy-MM-dd, got " + Require.quote(releaseDate));
    }
    artistIds = Require.ids("album.artistIds", artistIds, true);
    Require.range("album.popularity", popularity, 0, 100);
  }

  private static boolean validDate(String d) {
    if (!DATE.matcher(d).matches()) {
      return false;
    }
    try {
      switch (d.length()) {
        case 7 -> YearMonth.parse(d);
        case 10 -> LocalDate.parse(d);
        default -> { }
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Spotify's {@code release_date_precision}: {@code year}, {@code month} or {@code day}; null
   * without a release date.
   */
  public String releaseDatePrecision() {
    if (releaseDate == null) {
      return null;
    }
    return switch (releaseDate.length()) {
      case 4 -> "year";
      case 7 -> "month";
      default -> "day";
    };
  }

  /** The Spotify URI, {@code spotify:album:ID}. */
  public String uri() {
    return "spotify:album:" + id;
  }
}
