package dev.spotrec.datasets;

import dev.spotrec.datasets.internal.SpotifyCsvFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the Spotify playlist CSV (2024) dataset: files such as {@code
 * high_popularity_spotify_data.csv} whose columns (in any order, found by header name) give a
 * track of a playlist with its album, popularity, audio features and the playlist's genre and
 * sub-genre. Parsing follows RFC 4180 (quoted fields, doubled quotes) with strict UTF-8. {@code
 * Worlds.load("spotify-csv:PATH")} gives the data as a {@link World}.
 */
public final class SpotifyPlaylistCsv {
  private SpotifyPlaylistCsv() {}

  /**
   * The CSV files of {@code path}: the file itself, or a directory's {@code *.csv} by name.
   *
   * @throws DatasetFormatException when the path is missing or holds no CSV file
   */
  public static List<Path> files(Path path) {
    return SpotifyCsvFiles.files(path);
  }

  /**
   * Streams every row of every file in order.
   *
   * @return the number of rows (4,831 for the published two files)
   * @throws DatasetFormatException naming the file, line and problem of a bad row
   */
  public static long forEachRow(Path path, Consumer<? super SpotifyCsvRow> action) {
    return SpotifyCsvFiles.forEachRow(path, action);
  }
}
