package dev.spotrec.warehouse.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of 22-character base62 ids, for de-duplicating tens of millions of lookups (the MPD import
 * asks once per playlist item whether it has seen the track).
 *
 * <p>Idea: an id whose base62 value fits in 128 bits (every real Spotify id: it encodes a 128-bit
 * gid) is stored as two longs in one open-addressing table (linear probing, load at most 1/2), so a
 * lookup reads one slot pair, usually one cache line, and allocates nothing; a {@link HashSet} of
 * strings follows three or four pointers per lookup. Ids that do not fit, and any other string, go
 * to a fallback {@code HashSet}, so the set is exact for every input. Expected O(1) per operation;
 * 32 bytes of table per id.
 */
public final class Base62IdSet {
    private static final long EMPTY = -1L;
    private static final byte[] DIGIT = new byte[128];

    static {
        java.util.Arrays.fill(DIGIT, (byte) -1);
        for (int i = 0; i < 10; i++) {
            DIGIT['0' + i] = (byte) i;
        }
        for (int i = 0; i < 26; i++) {
            DIGIT['A' + i] = (byte) (10 + i);
            DIGIT['a' + i] = (byte) (36 + i);
        }
    }

    private final Set<String> other = new HashSet<>();
    private long[] slots;
    private int size;
    private int mask;

    /** An empty set. */
    public Base62IdSet() {
        allocate(1 << 16);
    }

    /** Adds {@code id}; returns whether it was new. */
    public boolean add(String id) {
        if (id.length() != 22) {
            return other.add(id);
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 22; i++) {
            char c = id.charAt(i);
            int d = c < 128 ? DIGIT[c] : -1;
            // (hi, lo) * 62 + d must stay below 2^128, and hi must never be the EMPTY marker
            if (d < 0 || Long.compareUnsigned(hi, 0x0421_0842_1084_2107L) > 0) {
                return other.add(id);
            }
            long carry = Math.unsignedMultiplyHigh(lo, 62);
            lo = lo * 62;
            hi = hi * 62 + carry;
            long sum = lo + d;
            if (Long.compareUnsigned(sum, lo) < 0) {
                hi++;
            }
            lo = sum;
        }
        if (hi == EMPTY) {
            return other.add(id);
        }
        return addPair(hi, lo);
    }

    /** How many distinct ids were added. */
    public int size() {
        return size + other.size();
    }

    private boolean addPair(long hi, long lo) {
        int i = slot(hi, lo);
        while (true) {
            long h = slots[2 * i];
            if (h == EMPTY) {
                slots[2 * i] = hi;
                slots[2 * i + 1] = lo;
                if (++size > (mask + 1) / 2) {
                    grow();
                }
                return true;
            }
            if (h == hi && slots[2 * i + 1] == lo) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private int slot(long hi, long lo) {
        long x = hi * 0x9E37_79B9_7F4A_7C15L ^ lo;
        x ^= x >>> 31;
        x *= 0xBF58_476D_1CE4_E5B9L;
        x ^= x >>> 29;
        return (int) x & mask;
    }

    private void grow() {
        long[] old = slots;
        allocate((mask + 1) * 2);
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                addPair(old[i], old[i + 1]);
            }
        }
    }

    private void allocate(int capacity) {
        slots = new long[2 * capacity];
        java.util.Arrays.fill(slots, EMPTY);
        mask = capacity - 1;
    }
}
