package dev.spotrec.datasets.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer with just enough JSON (RFC 8259) to write MPD slices fast: strings
 * are escaped ({@code "}, {@code \}, control characters) and encoded once, so a track's constant
 * part can be cached as bytes and copied into every playlist that holds it. O(bytes) per write.
 */
public final class JsonBytes {
  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private byte[] buf;
  private int size;

  public JsonBytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  public int size() {
    return size;
  }

  public void reset() {
    size = 0;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  public void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, size);
  }

  public JsonBytes raw(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, size, bytes.length);
    size += bytes.length;
    return this;
  }

  /** Appends ASCII text as is (field names, punctuation). */
  public JsonBytes ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[size++] = (byte) s.charAt(i);
    }
    return this;
  }

  public JsonBytes number(long v) {
    return ascii(Long.toString(v));
  }

  /** Appends a quoted, escaped JSON string in UTF-8. */
  public JsonBytes string(String s) {
    ensure(s.length() * 3 + 2);
    buf[size++] = '"';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c == '"' || c == '\\') {
          ensure(s.length() * 3 + 8);
          buf[size++] = '\\';
          buf[size++] = (byte) c;
        } else if (c < 0x20) {
          escape(c, s.length());
        } else {
          buf[size++] = (byte) c;
        }
      } else if (c < 0x800) {
        buf[size++] = (byte) (0xC0 | (c >> 6));
        buf[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf[size++] = (byte) (0xF0 | (cp >> 18));
        buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[size++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        escape(c, s.length());
      } else {
        buf[size++] = (byte) (0xE0 | (c >> 12));
        buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    buf[size++] = '"';
    return this;
  }

  private void escape(char c, int len) {
    ensure(len * 3 + 8);
    buf[size++] = '\\';
    buf[size++] = 'u';
    buf[size++] = HEX[(c >> 12) & 0xF];
    buf[size++] = HEX[(c >> 8) & 0xF];
    buf[size++] = HEX[(c >> 4) & 0xF];
    buf[size++] = HEX[c & 0xF];
  }

  private void ensure(int extra) {
    if (size + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
    }
  }
}
