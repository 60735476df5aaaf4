package dev.spotrec.warehouse;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse contract on an embedded DuckDB file in a temporary directory. */
class DuckDbWarehouseTest extends WarehouseContract {
    @TempDir Path dir;

    @Override
    protected WarehouseUrl freshUrl() {
        return WarehouseUrl.parse("duckdb:" + dir.resolve("wh.duckdb"));
    }
}
