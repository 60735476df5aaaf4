package dev.spotrec.warehouse;

import static dev.spotrec.warehouse.Fixtures.T0;
import static dev.spotrec.warehouse.Fixtures.album;
import static dev.spotrec.warehouse.Fixtures.artist;
import static dev.spotrec.warehouse.Fixtures.track;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh, empty warehouse per test, on the engine a subclass chooses; helpers for asserts. */
abstract class WarehouseFixture {
    protected final MutableClock clock = new MutableClock(T0);
    protected Warehouse wh;

    /** A URL of a fresh, empty warehouse. */
    protected abstract WarehouseUrl freshUrl() throws Exception;

    protected WarehouseUrl url;

    @BeforeEach
    void openWarehouse() throws Exception {
        url = freshUrl();
        wh = Warehouse.builder(url).clock(clock).open();
    }

    @AfterEach
    void closeWarehouse() {
        if (wh != null) {
            wh.close();
        }
    }

    protected Warehouse reopen(boolean readOnly) {
        wh.close();
        wh = Warehouse.builder(url).clock(clock).readOnly(readOnly).open();
        return wh;
    }

    /** Reopens the warehouse so that every batch fails right after merging {@code table}. */
    protected void reopenCrashingAfter(String table) {
        wh.close();
        wh =
                Warehouse.builder(url)
                        .clock(clock)
                        .afterMerge(
                                merged -> {
                                    if (merged.equals(table)) {
                                        throw new IllegalStateException(
                                                "injected crash after merging " + table);
                                    }
                                })
                        .open();
    }

    protected long count(String sql) throws SQLException {
        try (Statement s = wh.connection().createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    protected List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = wh.connection().createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof java.sql.Timestamp || v instanceof OffsetDateTime) {
                        v = rs.getObject(i, OffsetDateTime.class).toInstant();
                    }
                    row.add(v);
                }
                out.add(row);
            }
        }
        return out;
    }

    /** n artists, albums and tracks (track i on album i by artist i), half with features. */
    static void catalog(Batch b, int n) {
        for (int i = 1; i <= n; i++) {
            b.artist(artist(i, "Artist " + i, "genre" + i));
        }
        for (int i = 1; i <= n; i++) {
            b.album(album(i, i));
        }
        for (int i = 1; i <= n; i++) {
            b.track(track(i, i, i, i % 2 == 0));
        }
    }
}
