package dev.spotrec.warehouse;

import dev.spotrec.datasets.AudioFeatures;
import dev.spotrec.warehouse.internal.Dialect;
import dev.spotrec.warehouse.internal.ReadSql;
import dev.spotrec.warehouse.internal.Tables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The read side of a {@link Warehouse}: streaming cursors on their own connection with a fetch
 * size, so no read loads a whole table into objects; counts; frontier and run look-ups.
 */
final class WarehouseReads {
    static final int FETCH_SIZE = 10_000;

    private final Warehouse wh;
    private final Connection conn;
    private final Dialect dialect;
    private final WarehouseUrl url;

    WarehouseReads(Warehouse wh, Connection conn, Dialect dialect, WarehouseUrl url) {
        this.wh = wh;
        this.conn = conn;
        this.dialect = dialect;
        this.url = url;
    }

    WarehouseStats stats() {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement s = conn.createStatement()) {
            for (String table : Tables.ALL) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw wh.wrap(e, "counting rows");
        }
        return new WarehouseStats(url.toString(), wh.schemaVersion(), rows);
    }

    InteractionCursor interactions(InteractionMatrix m) {
        Connection reader = null;
        try {
            reader = dialect.openReader(conn, url);
            Statement s = reader.createStatement();
            s.setFetchSize(FETCH_SIZE);
            ResultSet rs = s.executeQuery(ReadSql.interactions(m, dialect));
            return new InteractionCursor(wh, reader, s, rs);
        } catch (SQLException e) {
            closeQuietly(reader);
            throw wh.wrap(e, "reading the " + m.exportName() + " matrix");
        }
    }

    long forEachTrack(Consumer<TrackAttributes> action) {
        return stream(
                ReadSql.tracks(dialect),
                "reading track attributes",
                rs -> {
                    double dance = rs.getDouble(9);
                    AudioFeatures f =
                            rs.wasNull()
                                    ? null
                                    : new AudioFeatures(
                                            dance,
                                            rs.getDouble(10),
                                            rs.getDouble(11),
                                            rs.getDouble(12),
                                            rs.getDouble(13),
                                            rs.getDouble(14),
                                            rs.getDouble(15),
                                            rs.getDouble(16),
                                            rs.getDouble(17),
                                            rs.getInt(18),
                                            rs.getInt(19));
                    action.accept(
                            new TrackAttributes(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getInt(5),
                                    rs.getBoolean(6),
                                    integer(rs, 7),
                                    rs.getString(8),
                                    f));
                });
    }

    long forEachArtist(Consumer<ArtistAttributes> action) {
        return stream(
                ReadSql.artists(dialect),
                "reading artist attributes",
                rs -> {
                    String genres = rs.getString(5);
                    long followers = rs.getLong(4);
                    Long f = rs.wasNull() ? null : followers;
                    action.accept(
                            new ArtistAttributes(
                                    rs.getString(1),
                                    rs.getString(2),
                                    integer(rs, 3),
                                    f,
                                    genres == null ? List.of() : List.of(genres.split("\u001f"))));
                });
    }

    List<ExportedFile> export(Path dir, List<String> names) {
        return new WarehouseExport(wh, conn, dialect, url).export(dir, names);
    }

    QueryResult query(String sql, int maxRows) {
        return new AdHocQuery(wh, conn, dialect, url).run(sql, maxRows);
    }

    long importedFileSize(String source, String path) {
        String sql = "SELECT size_bytes FROM imported_files WHERE source = ? AND path = ?";
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setString(1, source);
            p.setString(2, path);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw wh.wrap(e, "looking up imported file " + path);
        }
    }

    List<FrontierEntry> frontier(FrontierStatus status, int limit) {
        String sql =
                "SELECT entity_type, entity_id, status, depth, attempts, reason, run_id "
                        + "FROM crawl_frontier WHERE status = ? ORDER BY depth, "
                        + dialect.orderKey("entity_type")
                        + ", "
                        + dialect.orderKey("entity_id")
                        + " LIMIT "
                        + Math.max(0, limit);
        List<FrontierEntry> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setString(1, status.name());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long run = rs.getLong(7);
                    Long runId = rs.wasNull() ? null : run;
                    out.add(
                            new FrontierEntry(
                                    rs.getString(1),
                                    rs.getString(2),
                                    FrontierStatus.valueOf(rs.getString(3)),
                                    rs.getInt(4),
                                    rs.getInt(5),
                                    rs.getString(6),
                                    runId));
                }
            }
        } catch (SQLException e) {
            throw wh.wrap(e, "reading the crawl frontier");
        }
        return out;
    }

    long frontierCount(FrontierStatus status) {
        try (PreparedStatement p =
                conn.prepareStatement("SELECT count(*) FROM crawl_frontier WHERE status = ?")) {
            p.setString(1, status.name());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw wh.wrap(e, "counting the crawl frontier");
        }
    }

    List<CrawlRun> crawlRuns() {
        String sql =
                "SELECT run_id, started_at, finished_at, status, mode, api_url, requests, "
                        + "entities, summary FROM crawl_runs ORDER BY run_id";
        List<CrawlRun> out = new ArrayList<>();
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                OffsetDateTime end = rs.getObject(3, OffsetDateTime.class);
                out.add(
                        new CrawlRun(
                                rs.getLong(1),
                                rs.getObject(2, OffsetDateTime.class).toInstant(),
                                end == null ? null : end.toInstant(),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getLong(7),
                                rs.getLong(8),
                                rs.getString(9)));
            }
        } catch (SQLException e) {
            throw wh.wrap(e, "reading crawl runs");
        }
        return out;
    }

    private long stream(String sql, String doing, RowAction action) {
        try (Connection reader = dialect.openReader(conn, url);
                Statement s = reader.createStatement()) {
            s.setFetchSize(FETCH_SIZE);
            long n = 0;
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    action.accept(rs);
                    n++;
                }
            }
            if (!reader.getAutoCommit()) {
                reader.rollback();
            }
            return n;
        } catch (SQLException e) {
            throw wh.wrap(e, doing);
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // reporting the original failure
            }
        }
    }

    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }
}
