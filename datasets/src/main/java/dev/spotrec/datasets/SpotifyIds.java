package dev.spotrec.datasets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Spotify-style identifiers: 22 base62 characters encoding 128 bits, as in
 * {@code spotify:track:6dOtVTDdiauQNBQEDOtlAB}.
 *
 * <p>Datasets that carry no Spotify ids (HetRec, generated worlds, MPD playlists) get stable ids
 * derived from a namespace and a key, so that the same input always yields the same id.
 */
public final class SpotifyIds {
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int LENGTH = 22;
  private static final byte BASE62 = 1;
  private static final byte USER = 2;
  /** Character classes of ASCII, so that validating an id costs one table lookup a character. */
  private static final byte[] CLASS = new byte[128];

  static {
    for (int i = 0; i < ALPHABET.length(); i++) {
      CLASS[ALPHABET.charAt(i)] = BASE62 | USER;
    }
    CLASS['.'] = USER;
    CLASS['_'] = USER;
    CLASS['-'] = USER;
  }

  private SpotifyIds() {}

  /** Whether {@code id} is 22 characters of {@code [0-9A-Za-z]}. */
  public static boolean isBase62Id(String id) {
    if (id == null || id.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = id.charAt(i);
      if (c >= 128 || (CLASS[c] & BASE62) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code id} is usable as a user id: 1 to 64 characters of {@code [A-Za-z0-9._-]}. */
  public static boolean isUserId(String id) {
    if (id == null || id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c >= 128 || (CLASS[c] & USER) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A stable id for entry {@code index} of a numbered namespace. Distinct indices of one namespace
   * always give distinct ids, because the high 64 bits are a bijective mix of the index.
   */
  public static String derive(long namespace, long index) {
    long hi = mix(index ^ mix(namespace));
    long lo = mix(hi + 0x632BE59BD9B4E019L * (namespace | 1));
    return encode(hi, lo);
  }

  /** A stable id for a string key in a named namespace (SHA-256, truncated to 128 bits). */
  public static String derive(String namespace, String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(namespace.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      byte[] d = sha.digest(key.getBytes(StandardCharsets.UTF_8));
      long hi = 0;
      long lo = 0;
      for (int i = 0; i < 8; i++) {
        hi = (hi << 8) | (d[i] & 0xFF);
        lo = (lo << 8) | (d[i + 8] & 0xFF);
      }
      return encode(hi, lo);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The id part of a {@code spotify:KIND:ID} URI, or the input when it is already a bare id. */
  public static String fromUri(String uriOrId) {
    int colon = uriOrId.lastIndexOf(':');
    return colon < 0 ? uriOrId : uriOrId.substring(colon + 1);
  }

  /** Stafford's variant 13 of the SplitMix64 finaliser: a bijection on 64-bit values. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Encodes the unsigned 128-bit value hi:lo in exactly 22 base62 digits (62^22 > 2^128). */
  private static String encode(long hi, long lo) {
    char[] out = new char[LENGTH];
    // The number as four 32-bit limbs, most significant first; each step divides it by 62.
    long a = hi >>> 32;
    long b = hi & 0xFFFFFFFFL;
    long c = lo >>> 32;
    long d = lo & 0xFFFFFFFFL;
    for (int i = LENGTH - 1; i >= 0; i--) {
      long r = a % 62;
      a /= 62;
      long cur = (r << 32) | b;
      b = cur / 62;
      cur = ((cur % 62) << 32) | c;
      c = cur / 62;
      cur = ((cur % 62) << 32) | d;
      d = cur / 62;
      out[i] = ALPHABET.charAt((int) (cur % 62));
    }
    return new String(out);
  }
}
