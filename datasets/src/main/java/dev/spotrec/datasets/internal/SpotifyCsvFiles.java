package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.AudioFeatures;
import dev.spotrec.datasets.DatasetFormatException;
import dev.spotrec.datasets.SpotifyCsvRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads Spotify playlist CSV files into {@link SpotifyCsvRow}s; columns are found by name. */
public final class SpotifyCsvFiles {
  private static final String[] REQUIRED = {
    "track_id", "track_name", "track_artist", "track_popularity", "duration_ms", "track_album_id",
    "track_album_name", "track_album_release_date", "playlist_id", "playlist_name",
    "playlist_genre", "playlist_subgenre"
  };
  private static final String[] FEATURES = {
    "danceability", "energy", "valence", "tempo", "acousticness", "instrumentalness", "liveness",
    "speechiness", "loudness", "key", "mode"
  };

  private SpotifyCsvFiles() {}

  /** The file itself, or a directory's {@code *.csv} files by name. */
  public static List<Path> files(Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw DatasetFormatException.inFile(path, "no such CSV file or directory", null);
    }
    try (Stream<Path> list = Files.list(path)) {
      List<Path> files = list.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted()
          .toList();
      if (files.isEmpty()) {
        throw DatasetFormatException.inFile(path, "no *.csv files in the directory", null);
      }
      return files;
    } catch (IOException e) {
      throw DatasetFormatException.inFile(path, "cannot list: " + e.getMessage(), e);
    }
  }

  /** Streams every row of every file; returns the number of rows. */
  public static long forEachRow(Path path, Consumer<? super SpotifyCsvRow> action) {
    long rows = 0;
    for (Path file : files(path)) {
      rows += readFile(file, action);
    }
    return rows;
  }

  private static long readFile(Path file, Consumer<? super SpotifyCsvRow> action) {
    try (StrictLineReader in =
        new StrictLineReader(file, Files.newInputStream(file), StandardCharsets.UTF_8)) {
      CsvParser csv = new CsvParser(file, in);
      List<String> header = csv.next();
      if (header == null) {
        throw DatasetFormatException.inFile(file, "file is empty; expected a header line", null);
      }
      Columns columns = new Columns(file, header);
      long rows = 0;
      for (List<String> record = csv.next(); record != null; record = csv.next()) {
        action.accept(columns.row(record, csv.recordLine()));
        rows++;
      }
      return rows;
    } catch (java.nio.file.NoSuchFileException e) {
      throw DatasetFormatException.inFile(file, "file is missing", e);
    } catch (IOException e) {
      throw DatasetFormatException.inFile(file, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Column positions from the header, and typed access with errors naming column and line. */
  private static final class Columns {
    private final Path file;
    private final int width;
    private final Map<String, Integer> index = new HashMap<>();

    Columns(Path file, List<String> header) {
      this.file = file;
      this.width = header.size();
      for (int i = 0; i < header.size(); i++) {
        index.put(header.get(i).strip().replace("\uFEFF", ""), i);
      }
      List<String> missing = new ArrayList<>();
      Stream.concat(Arrays.stream(REQUIRED), Arrays.stream(FEATURES))
          .filter(c -> !index.containsKey(c)).forEach(missing::add);
      if (!missing.isEmpty()) {
        throw DatasetFormatException.atLine(file, 1, "header lacks the columns " + missing
            + " (is this the Spotify playlist CSV?)");
      }
    }

    SpotifyCsvRow row(List<String> r, long line) {
      if (r.size() != width) {
        throw DatasetFormatException.atLine(file, line, "expected " + width + " fields as in the "
            + "header, got " + r.size() + (r.size() < width ? " (truncated line?)" : ""));
      }
      try {
        List<String> artists = Arrays.stream(get(r, "track_artist").split(", "))
            .map(String::strip).filter(s -> !s.isEmpty()).toList();
        String duration = get(r, "duration_ms");
        return new SpotifyCsvRow(get(r, "track_id"), get(r, "track_name"), artists,
            integer(r, "track_popularity", line),
            duration.isEmpty() ? 0 : integer(r, "duration_ms", line),
            get(r, "track_album_id"), get(r, "track_album_name"),
            get(r, "track_album_release_date"), get(r, "playlist_id"), get(r, "playlist_name"),
            get(r, "playlist_genre"), get(r, "playlist_subgenre"), features(r, line));
      } catch (IllegalArgumentException e) {
        throw DatasetFormatException.atLine(file, line, e.getMessage(), e);
      }
    }

    private AudioFeatures features(List<String> r, long line) {
      boolean allEmpty = Arrays.stream(FEATURES).allMatch(c -> get(r, c).isEmpty());
      if (allEmpty) {
        return null;
      }
      double[] v = new double[9];
      for (int i = 0; i < 9; i++) {
        v[i] = decimal(r, FEATURES[i], line);
      }
      return new AudioFeatures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
          integer(r, "key", line), integer(r, "mode", line));
    }

    private String get(List<String> r, String column) {
      return r.get(index.get(column));
    }

    private int integer(List<String> r, String column, long line) {
      String v = get(r, column);
      try {
        return Integer.parseInt(v.strip());
      } catch (NumberFormatException e) {
        throw DatasetFormatException.atLine(file, line,
            "column '" + column + "' must be an integer, got '" + v + "'");
      }
    }

    private double decimal(List<String> r, String column, long line) {
      String v = get(r, column);
      try {
        return Double.parseDouble(v.strip());
      } catch (NumberFormatException e) {
        throw DatasetFormatException.atLine(file, line,
            "column '" + column + "' must be a number, got '" + v + "'");
      }
    }
  }
}
