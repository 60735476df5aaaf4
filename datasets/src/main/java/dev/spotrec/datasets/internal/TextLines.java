package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.DatasetFormatException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a text file line by line with strict decoding: a byte sequence that is not valid in the
 * file's charset is a {@link DatasetFormatException} naming the line, not a silent U+FFFD.
 */
final class TextLines {
  private TextLines() {}

  /** A line and its 1-based number. */
  record Line(Path file, long number, String text) {
    DatasetFormatException error(String problem) {
      return DatasetFormatException.atLine(file, number, problem);
    }
  }

  /** Calls {@code action} for each line (without its terminator); returns the number of lines. */
  static long forEach(Path file, Charset charset, Consumer<Line> action) {
    try (StrictLineReader in = new StrictLineReader(file, Files.newInputStream(file), charset)) {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        action.accept(new Line(file, in.line(), text));
      }
      return in.line();
    } catch (NoSuchFileException e) {
      throw DatasetFormatException.inFile(file, "file is missing", e);
    } catch (IOException e) {
      throw DatasetFormatException.inFile(file, "cannot read: " + e.getMessage(), e);
    }
  }
}
