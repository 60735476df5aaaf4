package dev.spotrec.datasets.internal;

import java.util.SplittableRandom;

/**
 * Derives one independent random stream per (purpose, entity index) from the world seed, so that
 * an entity's attributes do not depend on the order in which other entities were generated. The
 * derivation is the SplitMix64 finaliser (Steele, Lea and Flood 2014) applied twice.
 */
final class Seeds {
  static final long ARTIST = 1;
  static final long ARTIST_LAYOUT = 2;
  static final long TRACK = 3;
  static final long ALBUM = 4;
  static final long USER = 5;
  static final long OWNERS = 6;
  static final long PLAYLIST = 7;
  static final long FOLLOWS = 8;
  static final long TOP = 9;

  private final long seed;

  Seeds(long seed) {
    this.seed = seed;
  }

  SplittableRandom rng(long purpose, long index) {
    return new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + purpose) + index));
  }

  /** The namespace for ids of one kind in this world. */
  long idSpace(long kind) {
    return mix(seed ^ (kind * 0xD1B54A32D192ED03L));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
