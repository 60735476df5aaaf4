package dev.spotrec.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawl tables on an embedded DuckDB file, and the migration of a version-2 warehouse. */
class DuckDbCrawlTablesTest extends CrawlTablesContract {
    @TempDir Path dir;

    @Override
    protected WarehouseUrl freshUrl() {
        return WarehouseUrl.parse("duckdb:" + dir.resolve("wh.duckdb"));
    }

    @Test
    void migratesAVersionTwoWarehouseKeepingItsRows() throws Exception {
        wh.write(b -> b.user(Fixtures.user("u1")));
        wh.close();
        wh = null;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("wh.duckdb"));
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE user_saved_tracks");
            s.execute("DELETE FROM schema_migrations WHERE version = 3");
        }
        wh = Warehouse.builder(url).clock(clock).open();
        assertThat(wh.schemaVersion()).isEqualTo(3).isEqualTo(Warehouse.latestSchemaVersion());
        assertThat(wh.stats().rows("users")).isEqualTo(1);
        assertThat(wh.stats().rows("user_saved_tracks")).isZero();
    }
}
