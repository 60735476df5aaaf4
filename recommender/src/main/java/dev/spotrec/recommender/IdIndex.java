package dev.spotrec.recommender;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dense id index: maps string keys (Spotify ids, dataset ids) to 0..n-1 and back.
 *
 * <p>Design: one open-addressing hash table of {@code int} ids with linear probing, keyed by the
 * string's hash; the keys themselves live once in a {@code String[]} indexed by id. That costs
 * about 8 bytes per key beyond the strings (versus ~48 for a boxed {@code
 * HashMap<String,Integer>}), and lookups are O(1) expected. Instances are immutable and
 * thread-safe; build them with {@link #builder()}.
 */
public final class IdIndex {

    private static final IdIndex EMPTY = builder().build();

    private final String[] keys;
    private final int[] table;
    private final int size;

    private IdIndex(String[] keys, int[] table, int size) {
        this.keys = keys;
        this.table = table;
        this.size = size;
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the empty index. */
    public static IdIndex empty() {
        return EMPTY;
    }

    /** Returns an index over the given keys, in order; duplicates are rejected. */
    public static IdIndex of(String... keys) {
        Builder builder = builder();
        for (String key : keys) {
            int before = builder.size();
            if (builder.add(key) != before) {
                throw new RecommenderException(
                        "IdIndex.of: duplicate key '" + key + "'; pass each key once");
            }
        }
        return builder.build();
    }

    /** Returns the id of {@code key}, or -1 when the key is unknown (or null). */
    public int id(String key) {
        return key == null ? -1 : find(keys, table, key);
    }

    /** Returns the key of {@code id}. */
    public String key(int id) {
        Objects.checkIndex(id, size);
        return keys[id];
    }

    /** Returns the number of keys. */
    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "IdIndex[size=" + size + "]";
    }

    private static int find(String[] keys, int[] table, String key) {
        int mask = table.length - 1;
        for (int slot = mix(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int id = table[slot];
            if (id < 0) {
                return -1;
            }
            if (keys[id].equals(key)) {
                return id;
            }
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Assigns ids to keys in first-seen order. Not thread-safe. */
    public static final class Builder {
        private String[] keys = new String[16];
        private int[] table = emptyTable(32);
        private int size;

        private Builder() {}

        /** Returns the id of {@code key}, adding it when new. */
        public int add(String key) {
            if (key == null || key.isEmpty()) {
                throw new RecommenderException(
                        "IdIndex key must be a non-empty string, got "
                                + (key == null ? "null" : "''"));
            }
            int mask = table.length - 1;
            int slot = mix(key.hashCode()) & mask;
            for (; table[slot] >= 0; slot = (slot + 1) & mask) {
                if (keys[table[slot]].equals(key)) {
                    return table[slot];
                }
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size] = key;
            table[slot] = size;
            size++;
            if (size * 2 > table.length) {
                rehash();
            }
            return size - 1;
        }

        /** Returns the id of {@code key}, or -1 when it has not been added. */
        public int id(String key) {
            return key == null ? -1 : find(keys, table, key);
        }

        /** Returns the number of keys added so far. */
        public int size() {
            return size;
        }

        /** Returns the immutable index; the builder must not be used afterwards. */
        public IdIndex build() {
            return new IdIndex(Arrays.copyOf(keys, size), table, size);
        }

        private void rehash() {
            int[] bigger = emptyTable(table.length * 2);
            int mask = bigger.length - 1;
            for (int id = 0; id < size; id++) {
                int slot = mix(keys[id].hashCode()) & mask;
                while (bigger[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[slot] = id;
            }
            table = bigger;
        }

        private static int[] emptyTable(int capacity) {
            int[] t = new int[capacity];
            Arrays.fill(t, -1);
            return t;
        }
    }
}
