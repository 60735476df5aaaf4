package dev.spotrec.warehouse.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a query's rows to a Parquet file with DuckDB's built-in writer (bundled in the JDBC
 * driver; no extension download). On DuckDB the query runs in place ({@code COPY (query) TO}); on
 * PostgreSQL its rows stream through a cursor into a table of an in-memory DuckDB (which spills to
 * a temporary directory when large), written from there.
 */
public final class ParquetExporter {
    private static final int FETCH = 10_000;

    private ParquetExporter() {}

    /** Runs {@code sql} on DuckDB connection {@code duck} into {@code file}; returns rows. */
    public static long copyFromDuckDb(Connection duck, String sql, Path file) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("COPY (" + sql + ") TO " + literal(file) + " (FORMAT parquet)");
            try (ResultSet rs =
                    s.executeQuery("SELECT count(*) FROM read_parquet(" + literal(file) + ")")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Streams {@code sql} from a JDBC connection (a PostgreSQL cursor) into {@code file}. */
    public static long copyFromJdbc(Connection source, String sql, Path file, Path tempDir)
            throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement ds = duck.createStatement();
                Statement ss = source.createStatement()) {
            ds.execute("SET temp_directory = " + literal(tempDir));
            ss.setFetchSize(FETCH);
            try (ResultSet rs = ss.executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                ds.execute(createTable(md));
                long n = 0;
                try (DuckDBAppender ap =
                        duck.unwrap(DuckDBConnection.class).createAppender("export")) {
                    while (rs.next()) {
                        ap.beginRow();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            appendValue(ap, rs, i, md.getColumnType(i));
                        }
                        ap.endRow();
                        n++;
                    }
                }
                ds.execute("COPY export TO " + literal(file) + " (FORMAT parquet)");
                return n;
            }
        }
    }

    private static String createTable(ResultSetMetaData md) throws SQLException {
        StringBuilder sb = new StringBuilder("CREATE TABLE export (");
        for (int i = 1; i <= md.getColumnCount(); i++) {
            sb.append(i == 1 ? "" : ", ")
                    .append('"')
                    .append(md.getColumnLabel(i).replace("\"", ""))
                    .append("\" ")
                    .append(duckType(md.getColumnType(i)));
        }
        return sb.append(')').toString();
    }

    private static String duckType(int jdbcType) {
        return switch (jdbcType) {
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "INTEGER";
            case Types.BIGINT -> "BIGINT";
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> "DOUBLE";
            case Types.BOOLEAN, Types.BIT -> "BOOLEAN";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMPTZ";
            default -> "VARCHAR";
        };
    }

    private static void appendValue(DuckDBAppender ap, ResultSet rs, int i, int type)
            throws SQLException {
        switch (type) {
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                int v = rs.getInt(i);
                if (rs.wasNull()) ap.appendNull();
                else ap.append(v);
            }
            case Types.BIGINT -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) ap.appendNull();
                else ap.append(v);
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> {
                double v = rs.getDouble(i);
                if (rs.wasNull()) ap.appendNull();
                else ap.append(v);
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean v = rs.getBoolean(i);
                if (rs.wasNull()) ap.appendNull();
                else ap.append(v);
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
                if (v == null) {
                    ap.appendNull();
                } else {
                    ap.appendEpochMicros(v.toEpochSecond() * 1_000_000L + v.getNano() / 1000);
                }
            }
            default -> {
                String v = rs.getString(i);
                if (v == null) ap.appendNull();
                else ap.append(v);
            }
        }
    }

    /** A single-quoted SQL string literal of a path. */
    static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
