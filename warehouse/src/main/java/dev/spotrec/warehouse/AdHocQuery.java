package dev.spotrec.warehouse;

import dev.spotrec.warehouse.internal.Dialect;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One ad-hoc read-only statement for {@code spotrec warehouse sql}. Read-only is enforced by the
 * engine (a read-only DuckDB file, a read-only PostgreSQL transaction); a text with more than one
 * statement is refused, so nothing can end that transaction first.
 */
final class AdHocQuery {
    private final Warehouse wh;
    private final Connection conn;
    private final Dialect dialect;
    private final WarehouseUrl url;

    AdHocQuery(Warehouse wh, Connection conn, Dialect dialect, WarehouseUrl url) {
        this.wh = wh;
        this.conn = conn;
        this.dialect = dialect;
        this.url = url;
    }

    QueryResult run(String sql, int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be >= 0, got " + maxRows);
        }
        String text = single(sql);
        if (dialect == Dialect.DUCKDB && !wh.isReadOnly()) {
            throw WarehouseException.badInput(
                    "ad-hoc SQL on "
                            + url
                            + " needs the warehouse "
                            + "opened read-only (Warehouse.openReadOnly)",
                    null);
        }
        try (Connection reader = dialect.openReader(conn, url);
                Statement s = reader.createStatement()) {
            s.setFetchSize(Math.min(Math.max(maxRows + 1, 1), 10_000));
            try (ResultSet rs = s.executeQuery(text)) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnLabel(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (rs.next()) {
                    if (rows.size() == maxRows) {
                        truncated = true;
                        break;
                    }
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(value(rs, i, md.getColumnType(i)));
                    }
                    rows.add(row);
                }
                if (!reader.getAutoCommit()) {
                    reader.rollback();
                }
                return new QueryResult(columns, rows, truncated);
            }
        } catch (SQLException e) {
            String state = String.valueOf(e.getSQLState());
            String m = String.valueOf(e.getMessage());
            if (state.startsWith("42")
                    || state.equals("25006")
                    || m.contains("Parser Error")
                    || m.contains("Catalog Error")
                    || m.contains("Binder Error")
                    || m.contains("read-only")) {
                throw WarehouseException.badInput(
                        "query on " + url + " failed: " + m.lines().findFirst().orElse(m), e);
            }
            throw wh.wrap(e, "running a query");
        }
    }

    private static String single(String sql) {
        if (sql == null || sql.isBlank()) {
            throw WarehouseException.badInput("the SQL query is empty", null);
        }
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.contains(";")) {
            throw WarehouseException.badInput(
                    "give one SQL statement without ';' inside, got: " + s, null);
        }
        return s;
    }

    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        Object v =
                switch (type) {
                    case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT ->
                            rs.getLong(i);
                    case Types.DOUBLE, Types.FLOAT, Types.REAL -> rs.getDouble(i);
                    case Types.NUMERIC, Types.DECIMAL -> rs.getBigDecimal(i);
                    case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
                    case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                        OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                        yield t == null ? null : t.toInstant().toString();
                    }
                    default -> rs.getString(i);
                };
        if (rs.wasNull()) {
            return null;
        }
        return v instanceof BigDecimal b ? b.stripTrailingZeros() : v;
    }
}
