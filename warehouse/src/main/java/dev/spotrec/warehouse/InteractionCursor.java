package dev.spotrec.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A forward-only cursor over interaction triples, backed by a database cursor that fetches a few
 * thousand rows at a time. Close it (try-with-resources) to release its connection.
 *
 * <pre>{@code
 * try (InteractionCursor c = warehouse.interactions(InteractionMatrix.PLAYLIST_TRACK)) {
 *     while (c.next()) {
 *         index.add(c.row(), c.column(), c.weight());
 *     }
 * }
 * }</pre>
 */
public final class InteractionCursor implements AutoCloseable {
    private final Warehouse warehouse;
    private final Connection conn;
    private final Statement statement;
    private final ResultSet rs;
    private String row;
    private String column;
    private double weight;

    InteractionCursor(Warehouse warehouse, Connection conn, Statement statement, ResultSet rs) {
        this.warehouse = warehouse;
        this.conn = conn;
        this.statement = statement;
        this.rs = rs;
    }

    /** Moves to the next triple; false after the last. */
    public boolean next() {
        try {
            if (!rs.next()) {
                return false;
            }
            row = rs.getString(1);
            column = rs.getString(2);
            weight = rs.getDouble(3);
            return true;
        } catch (SQLException e) {
            throw warehouse.wrap(e, "reading interactions");
        }
    }

    /** The current row id (playlist or user). */
    public String row() {
        return row;
    }

    /** The current column id (track, artist or playlist). */
    public String column() {
        return column;
    }

    /** The current weight. */
    public double weight() {
        return weight;
    }

    /** Closes the database cursor and its connection. */
    @Override
    public void close() {
        try (conn;
                statement;
                rs) {
            if (!conn.getAutoCommit()) {
                conn.rollback();
            }
        } catch (SQLException e) {
            throw warehouse.wrap(e, "closing an interaction cursor");
        }
    }
}
