package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.DatasetFormatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Splits a byte stream into physical lines first and decodes each line strictly, so that a byte
 * sequence invalid in the charset is reported with its exact line and byte offset (a plain
 * InputStreamReader decodes ahead in 8 KiB blocks and loses the position). As a {@link Reader} it
 * yields the decoded text with every line end (LF or CRLF) turned into one LF.
 */
final class StrictLineReader extends Reader {
  private final Path file;
  private final InputStream in;
  private final CharsetDecoder decoder;
  private byte[] bytes = new byte[256];
  private long line;
  private long offset;
  private String current;
  private int pos;

  StrictLineReader(Path file, InputStream in, Charset charset) {
    this.file = file;
    this.in = new BufferedInputStream(in, 1 << 16);
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The 1-based number of the line last returned or being read. */
  long line() {
    return line;
  }

  /** The next line without its terminator, or null at end of input. */
  String readLine() {
    int n = 0;
    int b;
    long start = offset;
    try {
      while ((b = in.read()) != -1 && b != '\n') {
        if (n == bytes.length) {
          bytes = Arrays.copyOf(bytes, n * 2);
        }
        bytes[n++] = (byte) b;
      }
    } catch (IOException e) {
      throw DatasetFormatException.inFile(file, "cannot read: " + e.getMessage(), e);
    }
    if (b == -1 && n == 0) {
      return null;
    }
    offset += n + (b == '\n' ? 1 : 0);
    line++;
    int len = n > 0 && bytes[n - 1] == '\r' ? n - 1 : n;
    try {
      return decoder.reset().decode(ByteBuffer.wrap(bytes, 0, len)).toString();
    } catch (CharacterCodingException e) {
      long bad = start + firstBadByte(len);
      throw DatasetFormatException.atOffset(file, line, bad, "bytes that are not valid "
          + decoder.charset().name() + " (wrong encoding?)", e);
    }
  }

  private int firstBadByte(int len) {
    CharBuffer out = CharBuffer.allocate(len + 1);
    ByteBuffer src = ByteBuffer.wrap(bytes, 0, len);
    decoder.reset().decode(src, out, true);
    return src.position();
  }

  @Override
  public int read() {
    if (current == null || pos > current.length()) {
      current = readLine();
      pos = 0;
      if (current == null) {
        return -1;
      }
    }
    return pos < current.length() ? current.charAt(pos++) : lineEnd();
  }

  private int lineEnd() {
    pos++;
    return '\n';
  }

  @Override
  public int read(char[] cbuf, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (current == null || pos > current.length()) {
      current = readLine();
      pos = 0;
      if (current == null) {
        return -1;
      }
    }
    int count = 0;
    while (count < len && pos < current.length()) {
      cbuf[off + count++] = current.charAt(pos++);
    }
    if (count < len && pos == current.length()) {
      cbuf[off + count++] = '\n';
      pos++;
    }
    return count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
