package dev.spotrec.warehouse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Row counts per table, as {@code spotrec warehouse stats} prints them.
 *
 * @param warehouse the warehouse URL, password hidden
 * @param schemaVersion the applied schema version
 * @param rows rows per table, in schema order
 */
public record WarehouseStats(String warehouse, int schemaVersion, Map<String, Long> rows) {
    /** Copies the map, keeping its order. */
    public WarehouseStats {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** Rows of {@code table}; throws for an unknown table. */
    public long rows(String table) {
        Long n = rows.get(table);
        if (n == null) {
            throw new IllegalArgumentException("no table '" + table + "' in " + rows.keySet());
        }
        return n;
    }
}
