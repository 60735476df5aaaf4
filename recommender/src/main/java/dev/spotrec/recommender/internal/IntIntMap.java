package dev.spotrec.recommender.internal;

import java.util.Arrays;

/**
 * A small open-addressing int-to-int map (also used as an int set) for per-request bookkeeping:
 * seed songs, chosen songs, items per artist. No boxing; keys must be >= 0.
 */
public final class IntIntMap {

    private int[] keys;
    private int[] values;
    private int size;

    /** Creates a map sized for about {@code expected} keys. */
    public IntIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
        keys = new int[cap];
        values = new int[cap];
        Arrays.fill(keys, -1);
    }

    /**
     * Adds {@code delta} to the value of {@code key} (absent keys start at 0); returns the new
     * value.
     */
    public int addTo(int key, int delta) {
        int slot = slot(key);
        if (keys[slot] < 0) {
            keys[slot] = key;
            values[slot] = delta;
            if (++size * 2 > keys.length) {
                grow();
            }
            return delta;
        }
        values[slot] += delta;
        return values[slot];
    }

    /** Returns the value of {@code key}, or 0 when absent. */
    public int get(int key) {
        int slot = slot(key);
        return keys[slot] < 0 ? 0 : values[slot];
    }

    /** Returns whether {@code key} is present. */
    public boolean contains(int key) {
        return keys[slot(key)] >= 0;
    }

    /** Returns the number of keys. */
    public int size() {
        return size;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B9) >>> 7 & mask;
        while (keys[slot] >= 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] >= 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
