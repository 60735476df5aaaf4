package dev.spotrec.warehouse.internal;

import java.sql.SQLException;
import java.time.Instant;

/**
 * Streams rows into staging tables by the engine's bulk path (DuckDB's Appender, PostgreSQL's
 * {@code COPY FROM STDIN}). Staged rows are not yet in the warehouse: a batch merges them in one
 * transaction. Values of one row are given in the staging table's column order.
 */
public interface Stager extends AutoCloseable {
    /** Starts a row of {@code stage}. */
    Row row(String stage, int columns) throws SQLException;

    /**
     * Whether playlist items should be staged packed, one row per playlist ({@link
     * PackedPlaylistItems}); true where a row's fixed cost dominates (DuckDB's Appender).
     */
    default boolean packsItems() {
        return false;
    }

    /** Sends everything buffered to the staging tables. */
    void flush() throws SQLException;

    /** Drops buffered rows and releases resources; staged rows are removed by the caller. */
    @Override
    void close() throws SQLException;

    /** One row being written. */
    interface Row {
        Row str(String v) throws SQLException;

        Row i32(int v) throws SQLException;

        Row i32(Integer v) throws SQLException;

        Row i64(long v) throws SQLException;

        Row i64(Long v) throws SQLException;

        Row f64(double v) throws SQLException;

        Row bool(boolean v) throws SQLException;

        Row ts(Instant v) throws SQLException;

        /** The first {@code n} values of {@code v} as one {@code BIGINT[]} value; null for null. */
        Row i64s(long[] v, int n) throws SQLException;

        void end() throws SQLException;
    }
}
