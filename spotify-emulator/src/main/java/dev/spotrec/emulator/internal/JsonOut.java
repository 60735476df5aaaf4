package dev.spotrec.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer for writing JSON envelopes around precomputed object bytes. The hot
 * responses (batches, pages) are mostly {@link System#arraycopy} of cached track, album and artist
 * JSON, so a batch of 50 tracks costs one allocation of the final size plus copying.
 */
final class JsonOut {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private byte[] buf;
    private int len;

    JsonOut(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    JsonOut raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        return this;
    }

    /** Appends ASCII text as is (field names, punctuation). */
    JsonOut raw(String ascii) {
        int n = ascii.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    JsonOut num(long value) {
        return raw(Long.toString(value));
    }

    JsonOut bool(boolean value) {
        return raw(value ? "true" : "false");
    }

    /** Appends a JSON string literal, or {@code null}. */
    JsonOut str(String value) {
        if (value == null) {
            return raw("null");
        }
        ensure(value.length() + 2);
        buf[len++] = '"';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                ensure(2);
                buf[len++] = '\\';
                buf[len++] = (byte) c;
            } else if (c < 0x20) {
                ensure(6);
                buf[len++] = '\\';
                buf[len++] = 'u';
                buf[len++] = '0';
                buf[len++] = '0';
                buf[len++] = HEX[c >> 4];
                buf[len++] = HEX[c & 15];
            } else if (c < 0x80) {
                ensure(1);
                buf[len++] = (byte) c;
            } else {
                int end = i + 1;
                if (Character.isHighSurrogate(c) && end < value.length()) {
                    end++;
                }
                raw(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        ensure(1);
        buf[len++] = '"';
        return this;
    }

    /** Appends {@code "name":}. */
    JsonOut name(String name) {
        return str(name).raw(":");
    }

    int length() {
        return len;
    }

    byte[] toBytes() {
        return len == buf.length ? buf : Arrays.copyOf(buf, len);
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }
}
