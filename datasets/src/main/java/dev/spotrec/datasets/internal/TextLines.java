package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.DatasetFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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
    long number = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
      while (true) {
        String text;
        try {
          text = in.readLine();
        } catch (CharacterCodingException e) {
          throw DatasetFormatException.atLine(file, number + 1,
              "bytes that are not valid " + charset.name() + " (wrong encoding?)", e);
        }
        if (text == null) {
          return number;
        }
        number++;
        action.accept(new Line(file, number, text));
      }
    } catch (NoSuchFileException e) {
      throw DatasetFormatException.inFile(file, "file is missing", e);
    } catch (IOException e) {
      throw DatasetFormatException.inFile(file, "cannot read: " + e.getMessage(), e);
    }
  }
}
