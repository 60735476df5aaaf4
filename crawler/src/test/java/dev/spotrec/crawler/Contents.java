package dev.spotrec.crawler;

import dev.spotrec.warehouse.QueryResult;
import dev.spotrec.warehouse.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A warehouse's crawled content as sorted text, without timestamps and crawl bookkeeping. */
final class Contents {
    private static final Set<String> BOOKKEEPING =
            Set.of("crawl_frontier", "crawl_runs", "imported_files", "schema_migrations");

    private Contents() {}

    /** Every data table's rows, sorted, one line a row, per table. */
    static String dump(String url) {
        StringBuilder out = new StringBuilder();
        try (Warehouse wh = open(url)) {
            for (String table : Warehouse.exportableTables()) {
                if (BOOKKEEPING.contains(table)) {
                    continue;
                }
                out.append("== ").append(table).append('\n');
                QueryResult r = wh.query("SELECT * FROM " + table, 10_000_000);
                List<String> lines = new ArrayList<>();
                for (List<Object> row : r.rows()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < row.size(); i++) {
                        String col = r.columns().get(i);
                        if (!col.equals("first_seen") && !col.equals("last_fetched")) {
                            line.append(col).append('=').append(row.get(i)).append(' ');
                        }
                    }
                    lines.add(line.toString());
                }
                lines.sort(null);
                lines.forEach(l -> out.append(l).append('\n'));
            }
        }
        return out.toString();
    }

    /** Rows of one query on the warehouse. */
    static List<List<Object>> rows(String url, String sql) {
        try (Warehouse wh = open(url)) {
            return wh.query(sql, 10_000_000).rows();
        }
    }

    private static Warehouse open(String url) {
        return url.startsWith("duckdb:") ? Warehouse.openReadOnly(url) : Warehouse.open(url);
    }
}
