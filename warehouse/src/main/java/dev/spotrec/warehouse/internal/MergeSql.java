package dev.spotrec.warehouse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The set-based SQL that merges a staging table into its table. The text is the same on DuckDB and
 * PostgreSQL (both speak {@code INSERT ... ON CONFLICT} and {@code UPDATE ... FROM}); each
 * statement that writes a timestamp takes it as parameters, so a batch has one fetch time.
 *
 * <p>Cost per batch of s staged rows into a table of n rows: an upsert is s index probes, O(s log
 * n). A list whose parents are all new is a plain append, O(s); replacing existing lists joins the
 * staged rows with the table, O(n + s) on DuckDB (a hash join over a column scan) and O(s log n) on
 * PostgreSQL (index scans).
 */
public final class MergeSql {
    private MergeSql() {}

    /** Creates the staging table (and, for a list, its parents table) when missing. */
    public static List<String> createStage(TableSpec t) {
        List<String> sql = new ArrayList<>();
        sql.add(createAs(t.stage(), t.columns(), t.name()));
        if (t.parent() != null) {
            sql.add(createAs(t.parent().stage(t.stage()), t.parent().keys(), t.name()));
        }
        return sql;
    }

    /** Drops the staging tables of {@code t}; the next batch creates them again. */
    public static List<String> clearStage(TableSpec t) {
        // Dropped, not deleted from: deleted rows would stay in a temporary table (DuckDB never
        // checkpoints it, PostgreSQL never vacuums it), so every later batch would scan them.
        List<String> sql = new ArrayList<>();
        sql.add("DROP TABLE IF EXISTS " + t.stage());
        if (t.parent() != null) {
            sql.add("DROP TABLE IF EXISTS " + t.parent().stage(t.stage()));
        }
        return sql;
    }

    /**
     * Keeps only the last staged write of each key (by {@code seq}); needed only when a batch wrote
     * a key twice.
     */
    public static List<String> dedupe(TableSpec t) {
        if (t.parent() == null) {
            return List.of(keepLatest(t.stage(), t.keys()));
        }
        String parents = t.parent().stage(t.stage());
        return List.of(
                "DELETE FROM "
                        + t.stage()
                        + " WHERE seq < (SELECT max(p.seq) FROM "
                        + parents
                        + " p WHERE "
                        + match("p", t.stage(), t.parent().keys())
                        + ")",
                keepLatest(parents, t.parent().keys()));
    }

    /** Whether any staged parent of list {@code t} may already have rows; one row if so. */
    public static String anyExistingParent(TableSpec t) {
        TableSpec.Parent p = t.parent();
        StringBuilder on = new StringBuilder();
        for (int i = 0; i < p.keys().size(); i++) {
            on.append(i == 0 ? "" : " AND ")
                    .append("e.")
                    .append(p.tableKeys().get(i))
                    .append(" = s.")
                    .append(p.keys().get(i));
        }
        return "SELECT 1 FROM "
                + p.stage(t.stage())
                + " s WHERE EXISTS (SELECT 1 FROM "
                + p.table()
                + " e WHERE "
                + on
                + ") LIMIT 1";
    }

    /** Upsert or insert-missing: one statement; parameters first_seen, last_fetched. */
    public static String upsert(TableSpec t) {
        String insert =
                insertSelect(t, "s")
                        + " FROM "
                        + t.stage()
                        + " s ON CONFLICT ("
                        + String.join(", ", t.keys())
                        + ") DO ";
        if (t.mode() == TableSpec.Mode.INSERT_MISSING) {
            return insert + "NOTHING";
        }
        List<String> sets = new ArrayList<>();
        for (String v : t.values()) {
            sets.add(v + " = excluded." + v);
        }
        sets.add("last_fetched = excluded.last_fetched");
        return insert + "UPDATE SET " + String.join(", ", sets);
    }

    /** Appends a list whose parents are all new; parameters first_seen, last_fetched. */
    public static String appendList(TableSpec t) {
        return appendList(t, t.stage());
    }

    /** Appends the rows of {@code source} (a table or a subquery shaped like the stage). */
    static String appendList(TableSpec t, String source) {
        return insertSelect(t, "s") + " FROM " + source + " s";
    }

    /**
     * Replaces the lists of staged parents: update rows at staged positions (parameter
     * last_fetched), delete positions no longer staged, insert new positions (parameters
     * first_seen, last_fetched).
     */
    public static List<String> replaceList(TableSpec t) {
        String sets =
                t.values().stream().map(v -> v + " = s." + v).collect(Collectors.joining(", "));
        String update =
                "UPDATE "
                        + t.name()
                        + " SET "
                        + sets
                        + ", last_fetched = ? FROM "
                        + t.stage()
                        + " s WHERE "
                        + match(t.name(), "s", t.keys());
        String parents = t.parent().stage(t.stage());
        String delete =
                "DELETE FROM "
                        + t.name()
                        + " WHERE EXISTS (SELECT 1 FROM "
                        + parents
                        + " p WHERE "
                        + match("p", t.name(), t.parent().keys())
                        + ") AND NOT EXISTS "
                        + "(SELECT 1 FROM "
                        + t.stage()
                        + " s WHERE "
                        + match("s", t.name(), t.keys())
                        + ")";
        String insert =
                insertSelect(t, "s")
                        + " FROM "
                        + t.stage()
                        + " s WHERE NOT EXISTS "
                        + "(SELECT 1 FROM "
                        + t.name()
                        + " WHERE "
                        + match(t.name(), "s", t.keys())
                        + ")";
        return List.of(update, delete, insert);
    }

    private static String insertSelect(TableSpec t, String alias) {
        List<String> cols = t.columns();
        String select = cols.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
        return "INSERT INTO "
                + t.name()
                + " ("
                + String.join(", ", cols)
                + ", first_seen, last_fetched) SELECT "
                + select
                + ", ?, ?";
    }

    private static String createAs(String stage, List<String> columns, String from) {
        return "CREATE TEMPORARY TABLE IF NOT EXISTS "
                + stage
                + " AS SELECT "
                + String.join(", ", columns)
                + ", CAST(NULL AS BIGINT) AS seq FROM "
                + from
                + " LIMIT 0";
    }

    private static String keepLatest(String stage, List<String> keys) {
        return "DELETE FROM "
                + stage
                + " WHERE EXISTS (SELECT 1 FROM "
                + stage
                + " d WHERE "
                + match("d", stage, keys)
                + " AND d.seq > "
                + stage
                + ".seq)";
    }

    private static String match(String left, String right, List<String> columns) {
        return columns.stream()
                .map(c -> left + "." + c + " = " + right + "." + c)
                .collect(Collectors.joining(" AND "));
    }
}
