package dev.spotrec.app.data;

import dev.spotrec.warehouse.QueryResult;
import dev.spotrec.warehouse.Warehouse;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the rows of a read-only query (for the app's readers of the warehouse) through {@link
 * Warehouse#query} in pages, so a large table never sits in memory at once.
 *
 * <p>Design: keyset pagination. The inner query names a unique text column {@code k}; each page is
 * {@code SELECT * FROM (inner) q WHERE q.k > last ORDER BY q.k LIMIT page}. The same SQL runs on
 * DuckDB and PostgreSQL. Cost: O(pages x scan) in the database, O(page) rows in memory.
 */
public final class PagedQuery {
    static final int PAGE = 50_000;

    private PagedQuery() {}

    /**
     * Runs {@code inner} (whose first column is the unique key {@code k}) and hands every row to
     * {@code action}, in key order; returns how many rows.
     */
    public static long forEach(Warehouse wh, String inner, Consumer<List<Object>> action) {
        String last = null;
        long n = 0;
        while (true) {
            String sql =
                    "SELECT * FROM ("
                            + inner
                            + ") q"
                            + (last == null ? "" : " WHERE q.k > " + literal(last))
                            + " ORDER BY q.k LIMIT "
                            + PAGE;
            QueryResult page = wh.query(sql, PAGE);
            for (List<Object> row : page.rows()) {
                action.accept(row);
            }
            n += page.rows().size();
            if (page.rows().size() < PAGE) {
                return n;
            }
            last = (String) page.rows().get(page.rows().size() - 1).get(0);
        }
    }

    public static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    public static String text(List<Object> row, int column) {
        Object v = row.get(column);
        return v == null ? null : v.toString();
    }
}
