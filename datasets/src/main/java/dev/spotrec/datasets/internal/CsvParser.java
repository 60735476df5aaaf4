package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.DatasetFormatException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV parser: comma-separated fields, optionally in double quotes, with {@code ""} for
 * a quote inside quotes and line breaks allowed inside quotes. Accepts CRLF or LF line ends.
 * Strict: a stray quote, text after a closing quote, or end of file inside quotes is a {@link
 * DatasetFormatException} naming the line. One pass, O(characters).
 */
final class CsvParser {
  private final Path file;
  private final Reader in;
  private long line = 1;
  private long recordLine;
  private int pushedBack = -2;

  CsvParser(Path file, Reader in) {
    this.file = file;
    this.in = in;
  }

  /** The line on which the last returned record started. */
  long recordLine() {
    return recordLine;
  }

  /** The next record, or null at end of file. Blank lines are skipped. */
  List<String> next() {
    int c = read();
    while (c == '\n') {
      c = read();
    }
    if (c == -1) {
      return null;
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      if (c == '"' && field.isEmpty()) {
        c = quoted(field);
      } else {
        while (c != ',' && c != '\n' && c != -1) {
          if (c == '"') {
            throw error(line, "unexpected '\"' inside an unquoted field (field "
                + (fields.size() + 1) + ")");
          }
          field.append((char) c);
          c = read();
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (c == ',') {
        c = read();
        continue;
      }
      return fields;
    }
  }

  /** Reads a quoted field after its opening quote; returns the character after the closing one. */
  private int quoted(StringBuilder field) {
    long start = line;
    while (true) {
      int c = read();
      if (c == -1) {
        throw error(start, "file ends inside a quoted field that starts here (truncated?)");
      }
      if (c == '"') {
        int next = read();
        if (next == '"') {
          field.append('"');
          continue;
        }
        if (next != ',' && next != '\n' && next != -1) {
          throw error(line, "text after the closing quote of a field: '" + (char) next + "'");
        }
        return next;
      }
      field.append((char) c);
    }
  }

  /** The next character with CR, LF and CRLF all turned into one LF, counting lines. */
  private int read() {
    int c;
    if (pushedBack != -2) {
      c = pushedBack;
      pushedBack = -2;
    } else {
      c = readRaw();
    }
    if (c == '\r') {
      int n = readRaw();
      if (n != '\n') {
        pushedBack = n;
      }
      c = '\n';
    }
    if (c == '\n') {
      line++;
    }
    return c;
  }

  private int readRaw() {
    try {
      return in.read();
    } catch (IOException e) {
      throw DatasetFormatException.inFile(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private DatasetFormatException error(long at, String problem) {
    return DatasetFormatException.atLine(file, at, problem);
  }
}
