package dev.spotrec.datasets.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A tab-separated file with a header line, as HetRec ships them: the header must match, every
 * row must have the header's number of fields, and numeric fields must parse.
 */
final class TabFile {
  private TabFile() {}

  /** One data row. */
  record Row(TextLines.Line line, String[] fields, String[] header) {
    String text(int column) {
      return fields[column];
    }

    int integer(int column) {
      String v = fields[column];
      try {
        return Integer.parseInt(v.strip());
      } catch (NumberFormatException e) {
        throw line.error("column '" + header[column] + "' must be an integer, got '" + v + "'");
      }
    }

    long longValue(int column) {
      String v = fields[column];
      try {
        return Long.parseLong(v.strip());
      } catch (NumberFormatException e) {
        throw line.error("column '" + header[column] + "' must be an integer, got '" + v + "'");
      }
    }
  }

  /** Reads the data rows of {@code file}; returns how many there were. */
  static long forEach(Path file, Charset charset, String[] header, Consumer<Row> action) {
    long[] rows = {0};
    long lines = TextLines.forEach(file, charset, line -> {
      String[] fields = line.text().split("\t", -1);
      if (line.number() == 1) {
        if (!java.util.Arrays.equals(fields, header)) {
          throw line.error("expected the header '" + String.join("\\t", header) + "', got '"
              + line.text().replace("\t", "\\t") + "'");
        }
        return;
      }
      if (fields.length != header.length) {
        throw line.error("expected " + header.length + " tab-separated fields ("
            + String.join(", ", header) + "), got " + fields.length
            + (fields.length < header.length ? " (truncated line?)" : ""));
      }
      rows[0]++;
      action.accept(new Row(line, fields, header));
    });
    if (lines == 0) {
      throw dev.spotrec.datasets.DatasetFormatException.inFile(file,
          "file is empty; expected the header '" + String.join("\\t", header) + "'", null);
    }
    return rows[0];
  }
}
