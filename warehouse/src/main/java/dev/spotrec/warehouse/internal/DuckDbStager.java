package dev.spotrec.warehouse.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Stages rows through DuckDB's Appender, which fills columnar chunks in Java and hands each full
 * chunk (2,048 rows) to DuckDB without parsing SQL. Measured cost in duckdb_jdbc 2.0.0.1: about 2
 * µs of CPU per six-column row with two 22-character ids, since every string longer than 12 bytes
 * crosses JNI on its own. One appender per staging table, opened on first use.
 */
final class DuckDbStager implements Stager {
    private final DuckDBConnection conn;
    private final Map<String, AppenderRow> appenders = new HashMap<>();

    DuckDbStager(DuckDBConnection conn) {
        this.conn = conn;
    }

    @Override
    public Row row(String stage, int columns) throws SQLException {
        AppenderRow row = appenders.get(stage);
        if (row == null) {
            row = new AppenderRow(conn.createAppender("temp", "main", stage));
            appenders.put(stage, row);
        }
        row.appender.beginRow();
        return row;
    }

    @Override
    public boolean packsItems() {
        return true;
    }

    @Override
    public void flush() throws SQLException {
        for (AppenderRow r : appenders.values()) {
            r.appender.flush();
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (AppenderRow r : appenders.values()) {
            try {
                r.appender.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        appenders.clear();
        if (first != null) {
            throw first;
        }
    }

    private record AppenderRow(DuckDBAppender appender) implements Row {
        @Override
        public Row str(String v) throws SQLException {
            if (v == null) {
                appender.appendNull();
            } else {
                appender.append(v);
            }
            return this;
        }

        @Override
        public Row i32(int v) throws SQLException {
            appender.append(v);
            return this;
        }

        @Override
        public Row i32(Integer v) throws SQLException {
            if (v == null) {
                appender.appendNull();
            } else {
                appender.append(v.intValue());
            }
            return this;
        }

        @Override
        public Row i64(long v) throws SQLException {
            appender.append(v);
            return this;
        }

        @Override
        public Row i64(Long v) throws SQLException {
            if (v == null) {
                appender.appendNull();
            } else {
                appender.append(v.longValue());
            }
            return this;
        }

        @Override
        public Row f64(double v) throws SQLException {
            appender.append(v);
            return this;
        }

        @Override
        public Row bool(boolean v) throws SQLException {
            appender.append(v);
            return this;
        }

        @Override
        public Row ts(Instant v) throws SQLException {
            if (v == null) {
                appender.appendNull();
            } else {
                appender.appendEpochMicros(
                        Math.addExact(
                                Math.multiplyExact(v.getEpochSecond(), 1_000_000L),
                                v.getNano() / 1000));
            }
            return this;
        }

        @Override
        public Row i64s(long[] v, int n) throws SQLException {
            if (v == null) {
                appender.appendNull();
            } else {
                appender.append(v.length == n ? v : Arrays.copyOf(v, n));
            }
            return this;
        }

        @Override
        public void end() throws SQLException {
            appender.endRow();
        }
    }
}
