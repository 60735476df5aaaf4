package dev.spotrec.warehouse;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Importers into an embedded DuckDB file. */
class DuckDbImportTest extends ImportContract {
    @TempDir Path dir;

    @Override
    protected WarehouseUrl freshUrl() {
        return WarehouseUrl.parse("duckdb:" + dir.resolve("wh.duckdb"));
    }
}
