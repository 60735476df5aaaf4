package dev.spotrec.warehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The result of an ad-hoc read-only query.
 *
 * @param columns column labels
 * @param rows rows of values: String, Long, Double, Boolean, BigDecimal, or ISO-8601 text for dates
 *     and times; null for SQL NULL
 * @param truncated whether more rows were available than the limit
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
    /** Copies the lists (values may be null). */
    public QueryResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }
}
