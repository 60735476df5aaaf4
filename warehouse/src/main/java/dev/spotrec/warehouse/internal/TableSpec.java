package dev.spotrec.warehouse.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One warehouse table as the bulk writer sees it: its key and value columns (the schema adds {@code
 * first_seen} and {@code last_fetched}), its staging table, and how a batch merges into it.
 *
 * @param name table name
 * @param keys key columns: the primary key of an entity table, or (parent, position) of a list
 * @param values the other data columns
 * @param mode how staged rows merge
 * @param stage name of the staging (temporary) table
 * @param parent for a {@link Mode#LIST} table, how its parent is found; null otherwise
 */
public record TableSpec(
        String name,
        List<String> keys,
        List<String> values,
        Mode mode,
        String stage,
        Parent parent) {

    /** How a batch merges staged rows. */
    public enum Mode {
        /** Insert new keys, update existing ones in place ({@code ON CONFLICT DO UPDATE}). */
        UPSERT,
        /** Insert new keys, leave existing ones alone ({@code ON CONFLICT DO NOTHING}). */
        INSERT_MISSING,
        /**
         * A parent's ordered list: staged rows replace the list of each staged parent (rows at the
         * same position are updated in place, positions beyond the new list are deleted).
         */
        LIST
    }

    /**
     * The parent of a list table.
     *
     * @param keys the columns of this table that name the parent (a prefix of the keys)
     * @param table the table whose rows tell that a parent may already have a list
     * @param tableKeys the matching columns of {@code table}
     */
    public record Parent(List<String> keys, String table, List<String> tableKeys) {
        /** Copies the lists. */
        public Parent {
            keys = List.copyOf(keys);
            tableKeys = List.copyOf(tableKeys);
        }

        /** Name of the staging table holding the parents whose lists a batch replaces. */
        public String stage(String childStage) {
            return childStage + "_parents";
        }
    }

    /** Copies the lists. */
    public TableSpec {
        keys = List.copyOf(keys);
        values = List.copyOf(values);
        if ((mode == Mode.LIST) != (parent != null)) {
            throw new IllegalArgumentException(name + ": a LIST table needs a parent, others none");
        }
    }

    static TableSpec upsert(String name, List<String> keys, List<String> values) {
        return new TableSpec(name, keys, values, Mode.UPSERT, "stage_" + name, null);
    }

    static TableSpec list(String name, List<String> keys, List<String> values, Parent parent) {
        return new TableSpec(name, keys, values, Mode.LIST, "stage_" + name, parent);
    }

    static TableSpec insertMissing(String name, List<String> keys, List<String> values) {
        return new TableSpec(
                name, keys, values, Mode.INSERT_MISSING, "stage_" + name + "_new", null);
    }

    /** Keys then values: the staged columns, without the trailing {@code seq}. */
    public List<String> columns() {
        List<String> all = new ArrayList<>(keys);
        all.addAll(values);
        return all;
    }
}
