package dev.spotrec.spotify.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Null-safe, copy-free views used by the compact constructors of the model records. */
final class Nulls {
    private Nulls() {}

    /**
     * An unmodifiable view of {@code list}, or the empty list when it is absent. Wrapping avoids
     * copying.
     */
    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** An unmodifiable view of {@code map}, or the empty map when it is absent. */
    static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(map);
    }
}
