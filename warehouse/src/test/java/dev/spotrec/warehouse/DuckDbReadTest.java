package dev.spotrec.warehouse;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Streaming reads and export on an embedded DuckDB file. */
class DuckDbReadTest extends ReadContract {
    @TempDir Path dir;

    @Override
    protected WarehouseUrl freshUrl() {
        return WarehouseUrl.parse("duckdb:" + dir.resolve("wh.duckdb"));
    }
}
